// Have I Been Pwned "Pwned Passwords" range check with k-anonymity (haveibeenpwned.com/API/v3). PURE apart
// from WebCrypto (globalThis.crypto.subtle, present in Node 20 and browsers); the network call is
// the caller's `fetcher`, so this module never touches the network itself.
//
// Privacy: SHA-1 is computed locally; only the first 5 hex chars (20 bits, one of 1,048,576 buckets
// shared by ~500 real hashes) leave the device. The remaining 35 chars are compared locally.
// `Add-Padding: true` makes every response 800–1,000 lines so its size does not reveal the bucket;
// padded lines have count 0 and are ignored. The check is opt-in (settings `breachCheck`).

export const HIBP_BASE_URL = 'https://api.pwnedpasswords.com';

const PREFIX_RE = /^[0-9A-F]{5}$/;
const SUFFIX_RE = /^[0-9A-F]{35}$/;
const LINE_RE = /^([0-9A-Fa-f]{35}):(\d{1,20})$/;
/** A range response is ~30–40 kB; ignore anything past 1 MB rather than scanning an endless body. */
const MAX_RESPONSE_CHARS = 1_000_000;

export type BreachResult = { status: 'breached'; count: number } | { status: 'clean' } | { status: 'unavailable' };

function toHex(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex.toUpperCase();
}

/** Uppercase hex SHA-1 of the UTF-8 bytes of `text`. */
export async function sha1Hex(text: string): Promise<string> {
  const data = new TextEncoder().encode(text);
  return toHex(await globalThis.crypto.subtle.digest('SHA-1', data));
}

/**
 * The request for one range. Throws RangeError unless `prefix5` is exactly 5 hex chars, so a bug
 * upstream can never send more of the hash. `baseUrl` (scheme + host, optional path) is for tests.
 */
export function rangeRequest(
  prefix5: string,
  baseUrl: string = HIBP_BASE_URL,
): { url: string; headers: Record<string, string> } {
  const prefix = typeof prefix5 === 'string' ? prefix5.toUpperCase() : '';
  if (!PREFIX_RE.test(prefix)) throw new RangeError('HIBP range prefix must be exactly 5 hex characters');
  const base = baseUrl.replace(/\/+$/, '');
  return { url: `${base}/range/${prefix}`, headers: { 'Add-Padding': 'true' } };
}

/**
 * Count for `suffix35` in a range response ("SUFFIX:COUNT" lines, CRLF or LF). Lines with count 0
 * (padding) and lines that are not of that form are ignored. 0 when absent or when the suffix is
 * not 35 hex chars.
 */
export function breachCount(responseText: string, suffix35: string): number {
  if (typeof responseText !== 'string' || typeof suffix35 !== 'string') return 0;
  const wanted = suffix35.trim().toUpperCase();
  if (!SUFFIX_RE.test(wanted)) return 0;
  for (const raw of responseText.slice(0, MAX_RESPONSE_CHARS).split('\n')) {
    const m = LINE_RE.exec(raw.trim());
    if (!m || m[1]!.toUpperCase() !== wanted) continue;
    const count = Math.min(Number(m[2]), Number.MAX_SAFE_INTEGER);
    if (count > 0) return count;
  }
  return 0;
}

/** Whether the body holds at least one real (non-padding) line; if not, it is not a range response. */
function hasRealLine(responseText: string): boolean {
  for (const raw of responseText.slice(0, MAX_RESPONSE_CHARS).split('\n')) {
    const m = LINE_RE.exec(raw.trim());
    if (m && Number(m[2]) > 0) return true;
  }
  return false;
}

/**
 * Checks one password. Never throws and never rejects. Returns 'unavailable' when: the password is
 * empty (nothing is sent), hashing fails, the fetcher throws or returns a non-string, or the body has
 * no real "SUFFIX:COUNT" line (every one of the 16^5 ranges holds hundreds of real hashes, so such a
 * body is an error page or a captive portal, not a "clean" answer).
 */
export async function checkBreached(
  password: string,
  fetcher: (url: string, headers: Record<string, string>) => Promise<string>,
  baseUrl?: string,
): Promise<BreachResult> {
  try {
    if (typeof password !== 'string' || password.length === 0) return { status: 'unavailable' };
    const hash = await sha1Hex(password);
    const { url, headers } = rangeRequest(hash.slice(0, 5), baseUrl ?? HIBP_BASE_URL);
    const body = await fetcher(url, headers);
    if (typeof body !== 'string' || !hasRealLine(body)) return { status: 'unavailable' };
    const count = breachCount(body, hash.slice(5));
    return count > 0 ? { status: 'breached', count } : { status: 'clean' };
  } catch {
    return { status: 'unavailable' };
  }
}
