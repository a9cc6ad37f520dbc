// Secrets recognised by structure rather than by a token prefix: PEM/OpenSSH/PGP private key blocks,
// GCP service-account key files, and the JSON header of a JWT. PURE; each check is linear in the text.
import { eachMatch, regionOf, type Cursor, type Region } from './region';

/** base64url character → its 6-bit value; -1 for anything else. */
const B64URL_VALUE = new Int8Array(128).fill(-1);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'].entries()) B64URL_VALUE[c.charCodeAt(0)] = i;

/** base64url → one char per byte (Latin-1), or null when not valid base64url. */
export function base64UrlToBinary(s: string): string | null {
  if (s.length % 4 === 1) return null;
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? B64URL_VALUE[c] : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) out += String.fromCharCode(...bytes.slice(i, i + 4096));
  return out;
}

/** A JWT header: base64url of a JSON object with a string "alg". */
export function isJwtHeader(segment: string): boolean {
  const json = base64UrlToBinary(segment);
  if (json === null || !json.startsWith('{') || !json.includes('"alg"')) return false;
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
// 40 base64 characters, tried only where a run of them starts (so a run is read once, not up to 40 times:
// 1 MB of headers over 39-character runs took 75 ms).
const PEM_BODY_RE = /(?:^|[^A-Za-z0-9+/])[A-Za-z0-9+/]{40}/;
const PEM_IN_JSON_RE = /"private_key\\?"\s{0,20}:\s{0,20}\\?"$/;
// GCP service-account key files (also when JSON-escaped inside another string: the optional backslashes).
// Each starts with its literal '"type' / '"private_key', so the engine can skip ahead to it.
const GCP_TYPE_RE = /"type\\?"\s{0,20}:\s{0,20}\\?"service_account\\?"/g;
const GCP_KEY_RE = /"private_key\\?"\s{0,20}:\s{0,20}\\?"/g;
const GCP_WINDOW = 10_000; // a key file is ~2.3 KB; fields may come in any order

/**
 * Service-account key files whose "type": "service_account" starts in the region, with a "private_key"
 * field within GCP_WINDOW characters (one per key file).
 */
export function serviceAccountsIn(r: Region, cursor: Cursor): number {
  if (!r.text.includes('service_account') || !r.text.includes('private_key')) return 0;
  const keys = Array.from(r.text.matchAll(GCP_KEY_RE), (m) => m.index);
  let count = 0;
  let k = 0;
  eachMatch(GCP_TYPE_RE, r, cursor, (m) => {
    while (k < keys.length && keys[k] < m.index - GCP_WINDOW) k++;
    if (k < keys.length && keys[k] <= m.index + GCP_WINDOW) count++;
  });
  return count;
}

/**
 * Private key BEGIN lines starting in the region and followed by a key body: `plain` ones, and those `inJson`
 * (the value of a "private_key" field), which inside a service-account file count as that file instead.
 */
export function privateKeysIn(r: Region, cursor: Cursor): { plain: number; inJson: number } {
  const found = { plain: 0, inJson: 0 };
  if (!r.text.includes('-----BEGIN ')) return found;
  const { text } = r;
  eachMatch(PEM_RE, r, cursor, (m) => {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 400);
    const stop = after.indexOf('-----');
    const body = stop < 0 ? after : after.slice(0, stop);
    if (!PEM_BODY_RE.test(body)) return;
    if (PEM_IN_JSON_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) found.inJson++;
    else found.plain++;
  });
  return found;
}

/** "type": "service_account" with a "private_key" field within GCP_WINDOW chars, in the whole text. */
export function countServiceAccounts(text: string): number {
  return serviceAccountsIn(regionOf(text, 0, text.length), new Map());
}

/** Private key BEGIN lines followed by a key body; inside a service-account file they count as that file. */
export function countPrivateKeys(text: string, insideServiceAccount: boolean): number {
  const { plain, inJson } = privateKeysIn(regionOf(text, 0, text.length), new Map());
  return plain + (insideServiceAccount ? 0 : inJson);
}
