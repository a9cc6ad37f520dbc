import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  FINGERPRINT_BITS,
  FINGERPRINT_HEX_CHARS,
  SALT_BYTES,
  isFingerprint,
  isPreHash,
  keyedFingerprint,
  preHash,
  newSalt,
  saltFromBase64,
  saltToBase64,
} from '../../../src/shared/password/fingerprint';

const salt = Uint8Array.from({ length: 16 }, (_, i) => i * 7 + 1);
const salt2 = Uint8Array.from({ length: 16 }, (_, i) => 255 - i);

const key = Uint8Array.from({ length: 16 }, (_, i) => i * 13 + 5);
/** Both stages: the salted pre-hash where the password is typed, then the keyed fingerprint (background). */
const fingerprint = async (pw: string, s: Uint8Array) => keyedFingerprint(await preHash(pw, s), key);

function hex(alg: 'sha1' | 'sha256', s: string): string {
  return createHash(alg).update(s, 'utf8').digest('hex');
}

describe('fingerprint', () => {
  it('bits are between 32 and 40, hex-aligned', () => {
    expect(FINGERPRINT_BITS).toBeGreaterThanOrEqual(32);
    expect(FINGERPRINT_BITS).toBeLessThanOrEqual(40);
    expect(FINGERPRINT_HEX_CHARS * 4).toBe(FINGERPRINT_BITS);
  });

  it('is HMAC-SHA-256(key, SHA-256(salt || utf8(password)) as hex) truncated to FINGERPRINT_BITS', async () => {
    const pw = 'pässwörd 🔑';
    const pre = createHash('sha256').update(salt).update(pw, 'utf8').digest('hex');
    expect(await preHash(pw, salt)).toBe(pre);
    expect(isPreHash(pre)).toBe(true);
    const want = createHmac('sha256', key).update(pre).digest('hex').slice(0, FINGERPRINT_HEX_CHARS);
    expect(await fingerprint(pw, salt)).toBe(want);
  });

  it('the fingerprint depends on the key, and the key must be 16+ bytes', async () => {
    const pre = await preHash('x-password', salt);
    expect(await keyedFingerprint(pre, key)).not.toBe(await keyedFingerprint(pre, salt2));
    await expect(keyedFingerprint(pre, new Uint8Array(8))).rejects.toThrow(RangeError);
    await expect(keyedFingerprint('not a pre-hash', key)).rejects.toThrow(TypeError);
  });

  it.each(['password', 'correct horse battery staple', '', 'Tr0ub4dor&3', '🔑'.repeat(50)])('properties for %j', async (pw) => {
    const a = await fingerprint(pw, salt);
    const b = await fingerprint(pw, salt);
    const c = await fingerprint(pw, salt2);
    expect(a).toBe(b); // same password + salt → same
    expect(c).not.toBe(a); // different salt → different
    expect(a.length * 4).toBe(FINGERPRINT_BITS); // length equals bits
    expect(a).toMatch(/^[0-9a-f]+$/);
    expect(isFingerprint(a)).toBe(true);
    for (const h of [hex('sha1', pw), hex('sha256', pw)]) {
      for (const x of [h, h.slice(0, 10), h.slice(0, FINGERPRINT_HEX_CHARS)]) {
        expect(a).not.toContain(x);
        expect(a.toUpperCase()).not.toContain(x.toUpperCase());
      }
    }
  });

  it('different passwords give different fingerprints (no collisions among 500)', async () => {
    const seen = new Set<string>();
    for (let k = 0; k < 500; k += 1) seen.add(await fingerprint(`pw-${k}`, salt));
    expect(seen.size).toBe(500);
  });

  it('uses the password exactly as typed', async () => {
    expect(await fingerprint('secret ', salt)).not.toBe(await fingerprint('secret', salt));
    expect(await fingerprint('Secret', salt)).not.toBe(await fingerprint('secret', salt));
  });

  it.each([new Uint8Array(15), new Uint8Array(0), 'salt' as unknown as Uint8Array])('rejects a short or bad salt', async (s) => {
    await expect(fingerprint('x', s)).rejects.toThrow(RangeError);
  });
});

describe('salt', () => {
  it('newSalt gives 16+ random bytes', () => {
    const a = newSalt();
    const b = newSalt();
    expect(a).toBeInstanceOf(Uint8Array);
    expect(a.length).toBeGreaterThanOrEqual(16);
    expect(SALT_BYTES).toBeGreaterThanOrEqual(16);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('round-trips through base64 and rejects bad input', () => {
    const s = newSalt();
    expect(saltFromBase64(saltToBase64(s))).toEqual(s);
    expect(saltToBase64(salt)).toBe(Buffer.from(salt).toString('base64'));
    expect(saltFromBase64('not base64!!')).toBeUndefined();
    expect(saltFromBase64(Buffer.from([1, 2, 3]).toString('base64'))).toBeUndefined();
    expect(saltFromBase64(7 as unknown as string)).toBeUndefined();
  });

  it('isFingerprint', () => {
    expect(isFingerprint('0123456789abcdef'.slice(0, FINGERPRINT_HEX_CHARS))).toBe(true);
    expect(isFingerprint('')).toBe(false);
    expect(isFingerprint('Z'.repeat(FINGERPRINT_HEX_CHARS))).toBe(false);
    expect(isFingerprint('a'.repeat(FINGERPRINT_HEX_CHARS + 1))).toBe(false);
    expect(isFingerprint(123)).toBe(false);
  });
});
