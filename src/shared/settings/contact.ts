// The organisation's security contact (setting `securityContact`): an e-mail address or an https URL of
// a reporting form. Reports from the activity log go there (shared/log/report.ts). PURE.

export type SecurityContact = { kind: 'email'; address: string } | { kind: 'url'; url: string };

const EMAIL = /^[^\s@<>()[\]",;:\\]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

/** The contact `raw` names, or undefined when it is neither a plain address nor an https URL without credentials. */
export function parseSecurityContact(raw: unknown): SecurityContact | undefined {
  if (typeof raw !== 'string') return undefined;
  const v = raw.trim().replace(/^mailto:/i, '');
  if (!v || v.length > 2048) return undefined;
  if (EMAIL.test(v) && v.length <= 254) return { kind: 'email', address: v };
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.')) return undefined;
  return { kind: 'url', url: url.href };
}
