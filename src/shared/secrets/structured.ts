// Secrets recognised by structure rather than by a token prefix: PEM/OpenSSH/PGP private key blocks,
// GCP service-account key files, and the JSON header of a JWT. PURE; each check is linear in the text.

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url → one char per byte (Latin-1), or null when not valid base64url. */
export function base64UrlToBinary(s: string): string | null {
  if (s.length % 4 === 1) return null;
  let out = '';
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const v = B64URL.indexOf(s[i]);
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}

/** A JWT header: base64url of a JSON object with a string "alg". */
export function isJwtHeader(segment: string): boolean {
  const json = base64UrlToBinary(segment);
  if (json === null || !json.startsWith('{')) return false;
  try {
    const v: unknown = JSON.parse(json);
    return typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>).alg === 'string';
  } catch {
    return false;
  }
}

// PEM / OpenSSH / PGP private key headers. The body check (≥ 40 base64 chars before the next "-----",
// within 400 chars) skips prose and documentation that only quote the header line.
const PEM_RE = /-----BEGIN (?:(?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_BODY_RE = /[A-Za-z0-9+/]{40}/;
const PEM_IN_JSON_RE = /"private_key\\?"\s{0,20}:\s{0,20}\\?"$/;
// GCP service-account key files (also when JSON-escaped inside another string).
const GCP_TYPE_RE = /\\?"type\\?"\s{0,20}:\s{0,20}\\?"service_account\\?"/g;
const GCP_KEY_RE = /\\?"private_key\\?"\s{0,20}:\s{0,20}\\?"/g;
const GCP_WINDOW = 10_000; // a key file is ~2.3 KB; fields may come in any order

/** "type": "service_account" with a "private_key" field within GCP_WINDOW chars (one per key file). */
export function countServiceAccounts(text: string): number {
  if (!text.includes('service_account') || !text.includes('private_key')) return 0;
  const keys = Array.from(text.matchAll(GCP_KEY_RE), (m) => m.index);
  let count = 0;
  let k = 0;
  for (const m of text.matchAll(GCP_TYPE_RE)) {
    while (k < keys.length && keys[k] < m.index - GCP_WINDOW) k++;
    if (k < keys.length && keys[k] <= m.index + GCP_WINDOW) count++;
  }
  return count;
}

/** Private key BEGIN lines followed by a key body; inside a service-account file they count as that file. */
export function countPrivateKeys(text: string, insideServiceAccount: boolean): number {
  if (!text.includes('-----BEGIN ')) return 0;
  let count = 0;
  for (const m of text.matchAll(PEM_RE)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 400);
    const stop = after.indexOf('-----');
    const body = stop < 0 ? after : after.slice(0, stop);
    if (!PEM_BODY_RE.test(body)) continue;
    // The "private_key" of a service-account file is reported as that file, not twice.
    if (insideServiceAccount && PEM_IN_JSON_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    count++;
  }
  return count;
}

