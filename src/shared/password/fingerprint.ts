// Salted, truncated password fingerprints for the opt-in reuse watch (settings `reuseWatch`), after
// Google's Password Alert (37 bits, github.com/google/password-alert) and Push Security (20 bits). PURE apart from
// WebCrypto (globalThis.crypto, present in Node 20 and browsers).
//
// fingerprint = first FINGERPRINT_BITS bits of HMAC-SHA-256(key, SHA-256(publicSalt || UTF-8(password))), as
// lower-case hex: two stages, see "Two stages" below. Salt and key are ≥ 16 random bytes made once per install
// and never leave the device.
//
// ── Why 36 bits (9 hex chars) ──────────────────────────────────────────────────────────────────────
// False positives ("reused" shown for a password that is not):
//   an unrelated password matches one stored fingerprint with probability 2^-36 ≈ 1.46 × 10^-11.
//   Each check compares against at most 11 stored values (the Notion one + MAX_OTHERS = 10 others in
//   reuse-store.ts): 11 × 2^-36 ≈ 1.6 × 10^-10 per check.
//   A heavy user with 100 checks a day for a year: 36,500 × 1.6 × 10^-10 ≈ 5.8 × 10^-6.
//   A fleet of 100,000 such users: (100,000 × 100 × 365 × 11) / 2^36 ≈ 0.58 false alerts per year in
//   the WHOLE fleet (Password Alert's own estimate, with 37 bits: (20000·300·120000·0.2)/2^37 ≈ 1/yr).
// Ambiguity (why a stolen fingerprint does not give the password back):
//   each fingerprint value is shared by |space| / 2^36 passwords. Brute-forcing with the salt, an
//   attacker who finds a match has found one of ~72^8 / 2^36 ≈ 10,500 8-char candidates (72 symbols),
//   ~72^10 / 2^36 ≈ 5.4 × 10^7 10-char ones, and ~10^17 candidates of the 15 chars our policy asks
//   for — the stored value cannot tell them apart, and each would have to be tried online.
//   Fewer bits would raise the false-alert rate 2× per bit; more bits would shrink the candidate
//   sets 2× per bit. 36 keeps false alerts negligible and is hex-aligned.
//   Honest limit: a password from a SMALL space (a common-password list, < ~10^10 guesses) is still
//   pinned down — 10^10 / 2^36 ≈ 0.15 expected look-alikes, so the real one stands out. That is true
//   of any stored verifier; such passwords already get a "weak" verdict and breach checks.
//
// ── Why a fast hash (SHA-256) is acceptable here ───────────────────────────────────────────────────
//  - Truncation, not hash cost, is what protects a strong password (above): there is no full-length
//    hash to crack, only a 36-bit tag that thousands-to-billions of passwords share.
//  - The per-install salt defeats precomputed tables and forces an attacker to work per install.
//  - The fingerprints sit in the extension's local storage on the same device; someone who can read
//    that already controls the browser profile (saved passwords, cookies, the live page).
//  - The check runs on the page when a password is submitted (and may run on blur): SHA-256 is
//    ~45 µs, PBKDF2-SHA256 at OWASP's 600,000 rounds ~118 ms on a fast CPU and several times that on
//    low-end laptops (measured in Node 20 on 2 vCPUs, 2026-11) — a visible stall on every login. Password Alert and Push made
//    the same choice (fast hash + truncation).

/** Number of SHA-256 bits kept. A multiple of 4 so the fingerprint is whole hex digits. */
export const FINGERPRINT_BITS = 36;
/** Hex chars in a fingerprint (FINGERPRINT_BITS / 4). */
export const FINGERPRINT_HEX_CHARS = FINGERPRINT_BITS / 4;
export const SALT_BYTES = 16;

const FP_RE = /* @__PURE__ */ new RegExp(`^[0-9a-f]{${FINGERPRINT_HEX_CHARS}}$`);

/** `SALT_BYTES` (16) random bytes from the platform CSPRNG. */
export function newSalt(): Uint8Array {
  const salt = new Uint8Array(SALT_BYTES);
  globalThis.crypto.getRandomValues(salt);
  return salt;
}

export function isFingerprint(value: unknown): value is string {
  return typeof value === 'string' && FP_RE.test(value);
}

/** Salt ↔ base64, for ReuseState.salt. */
export function saltToBase64(salt: Uint8Array): string {
  let bin = '';
  for (const b of salt) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** Decodes a stored salt; undefined when it is not base64 or shorter than 16 bytes. */
export function saltFromBase64(b64: string): Uint8Array | undefined {
  if (typeof b64 !== 'string') return undefined;
  let bin: string;
  try {
    bin = atob(b64);
  } catch {
    return undefined;
  }
  if (bin.length < SALT_BYTES) return undefined;
  const out = new Uint8Array(bin.length);
  for (let k = 0; k < bin.length; k += 1) out[k] = bin.charCodeAt(k);
  return out;
}

// ── Two stages, so the key that makes a fingerprint never reaches a content script ──────────────────
// Stage 1, where the password is typed (the secret frame on Notion; the reuse-watch content script on
// other sites): pre = SHA-256(publicSalt || UTF-8(password)), 256 bits. The public salt is made once per
// install and is readable by the extension's content scripts; `pre` is never stored, and travels only
// over the extension's own messaging to the background.
// Stage 2, in the background only: fingerprint = first FINGERPRINT_BITS bits of HMAC-SHA-256(key, pre).
// The key lives in the extension origin's IndexedDB (platform/secret-store.ts), which no content script
// and no web page can read; so a content script (or a compromised renderer) that reads everything it
// can reach holds no fingerprint and no key to test guesses against offline. SECURITY.md has the figures.

export const PRE_HASH_HEX_CHARS = 64;
const PRE_RE = /^[0-9a-f]{64}$/;

export function isPreHash(value: unknown): value is string {
  return typeof value === 'string' && PRE_RE.test(value);
}

const hex = (bytes: Uint8Array, chars: number) => {
  let out = '';
  for (let k = 0; k < Math.ceil(chars / 2); k += 1) out += bytes[k]!.toString(16).padStart(2, '0');
  return out.slice(0, chars);
};

/**
 * Stage 1: SHA-256(publicSalt || UTF-8(password)) as 64 hex chars. The password is used exactly as typed (no
 * trimming or Unicode normalisation): reuse means the same string was sent to two sites. Rejects a salt under
 * 16 bytes.
 */
export async function preHash(password: string, publicSalt: Uint8Array): Promise<string> {
  if (!(publicSalt instanceof Uint8Array) || publicSalt.length < SALT_BYTES) throw new RangeError(`salt must be at least ${SALT_BYTES} bytes`);
  const pw = new TextEncoder().encode(typeof password === 'string' ? password : '');
  const data = new Uint8Array(publicSalt.length + pw.length);
  data.set(publicSalt, 0);
  data.set(pw, publicSalt.length);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data));
  data.fill(0);
  pw.fill(0);
  return hex(digest, PRE_HASH_HEX_CHARS);
}

/** Stage 2 (background): first FINGERPRINT_BITS bits of HMAC-SHA-256(key, pre), as hex. */
export async function keyedFingerprint(pre: string, key: Uint8Array): Promise<string> {
  if (!isPreHash(pre)) throw new TypeError('not a pre-hash');
  if (!(key instanceof Uint8Array) || key.length < SALT_BYTES) throw new RangeError(`key must be at least ${SALT_BYTES} bytes`);
  const k = await globalThis.crypto.subtle.importKey('raw', new Uint8Array(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', k, new TextEncoder().encode(pre)));
  return hex(mac, FINGERPRINT_HEX_CHARS);
}
