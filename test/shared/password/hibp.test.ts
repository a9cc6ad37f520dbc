import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { breachCount, checkBreached, rangeRequest, sha1Hex } from '../../../src/shared/password/hibp';

// SHA-1("password") = 5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8
const PW_PREFIX = '5BAA6';
const PW_SUFFIX = '1E4C9B93F3F0682250B6CF8331B7EE68FD8';

/** A response in the documented format: CRLF lines "SUFFIX:COUNT", real entries plus count-0 padding. */
function paddedResponse(extra: string[] = []): string {
  const lines = [
    '003D68EB55068C33ACE09247EE4C639306B:3',
    '012C192B2F16F82EA0EB9EF18D9D539B0DD:1',
    '01330C689E5D64F660D6947A93AD634EF8F:0', // padding
    '0198748F3315F40B1A102BF18EEA0194CD9:1',
    '1E2AAA439972480CEC7F16C795BBB429372:0', // padding
    ...extra,
    '1E3687A61BFCE35F69B7408158101C8E414:1',
    'FFF2B2D4E6A39C5B9B8B4B1A3C0FBB1B1C2:0', // padding
    'FFFFB2D4E6A39C5B9B8B4B1A3C0FBB1B1C2:12',
  ];
  // ~900 padded lines like the real thing
  for (let k = 0; k < 900; k += 1) lines.push(`${k.toString(16).toUpperCase().padStart(35, 'A')}:0`);
  return lines.join('\r\n') + '\r\n';
}

describe('sha1Hex', () => {
  it.each(['', 'password', 'pässwörd 🔑', 'x'.repeat(10_000)])('matches node:crypto for %j (uppercase)', async (s) => {
    expect(await sha1Hex(s)).toBe(createHash('sha1').update(s, 'utf8').digest('hex').toUpperCase());
  });
  it('known vector', async () => {
    expect(await sha1Hex('password')).toBe(PW_PREFIX + PW_SUFFIX);
  });
});

describe('rangeRequest', () => {
  it('builds the range URL with Add-Padding', () => {
    expect(rangeRequest('5baa6')).toEqual({
      url: 'https://api.pwnedpasswords.com/range/5BAA6',
      headers: { 'Add-Padding': 'true' },
    });
  });
  it('accepts a base URL override (with or without trailing slash)', () => {
    expect(rangeRequest('ABCDE', 'http://127.0.0.1:8080/').url).toBe('http://127.0.0.1:8080/range/ABCDE');
    expect(rangeRequest('ABCDE', 'http://127.0.0.1:8080/hibp').url).toBe('http://127.0.0.1:8080/hibp/range/ABCDE');
  });
  it.each(['', '5BAA', '5BAA61', '5BAAG', PW_PREFIX + PW_SUFFIX, ' 5BAA6', 42 as unknown as string])(
    'refuses anything but exactly 5 hex chars: %j',
    (p) => {
      expect(() => rangeRequest(p)).toThrow(RangeError);
    },
  );
});

describe('breachCount', () => {
  it.each([
    { name: 'present in a padded CRLF response', text: paddedResponse([`${PW_SUFFIX}:9545824`]), suffix: PW_SUFFIX, want: 9545824 },
    { name: 'lower-case suffix asked', text: paddedResponse([`${PW_SUFFIX}:7`]), suffix: PW_SUFFIX.toLowerCase(), want: 7 },
    { name: 'LF line endings', text: paddedResponse([`${PW_SUFFIX}:5`]).replace(/\r\n/g, '\n'), suffix: PW_SUFFIX, want: 5 },
    { name: 'absent', text: paddedResponse(), suffix: PW_SUFFIX, want: 0 },
    { name: 'present only as padding (count 0)', text: paddedResponse([`${PW_SUFFIX}:0`]), suffix: PW_SUFFIX, want: 0 },
    { name: 'last line without newline', text: `AAA:1\r\n${PW_SUFFIX}:3`, suffix: PW_SUFFIX, want: 3 },
    {
      name: 'junk lines tolerated',
      text: `<html>oops</html>\r\n\r\n${PW_SUFFIX}\r\n${PW_SUFFIX}:abc\r\n:5\r\n  ${PW_SUFFIX}:11  \r\n`,
      suffix: PW_SUFFIX,
      want: 11,
    },
    { name: 'wrong-length suffix in body ignored', text: `${PW_SUFFIX}0:3\r\n`, suffix: PW_SUFFIX, want: 0 },
    { name: 'invalid asked suffix', text: paddedResponse([`${PW_SUFFIX}:3`]), suffix: 'XYZ', want: 0 },
    { name: 'empty body', text: '', suffix: PW_SUFFIX, want: 0 },
  ])('$name → $want', ({ text, suffix, want }) => {
    expect(breachCount(text, suffix)).toBe(want);
  });
});

describe('checkBreached', () => {
  function recorder(body: string | (() => never)) {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    const fetcher = async (url: string, headers: Record<string, string>) => {
      calls.push({ url, headers });
      if (typeof body === 'function') body();
      return body as string;
    };
    return { calls, fetcher };
  }

  it('sends ONLY the 5-char prefix, with Add-Padding, and reports the count', async () => {
    const { calls, fetcher } = recorder(paddedResponse([`${PW_SUFFIX}:9545824`]));
    await expect(checkBreached('password', fetcher)).resolves.toEqual({ status: 'breached', count: 9545824 });
    expect(calls).toHaveLength(1);
    const { url, headers } = calls[0]!;
    expect(url).toMatch(/\/range\/[0-9A-F]{5}$/);
    expect(url).toBe(`https://api.pwnedpasswords.com/range/${PW_PREFIX}`);
    expect(url.split('/range/')[1]).toHaveLength(5);
    expect(url).not.toContain(PW_SUFFIX.slice(0, 6));
    expect(new URL(url).pathname).toBe(`/range/${PW_PREFIX}`);
    expect(new URL(url).search).toBe('');
    expect(headers).toEqual({ 'Add-Padding': 'true' });
  });

  it('clean when the suffix is absent or only padding', async () => {
    await expect(checkBreached('password', recorder(paddedResponse()).fetcher)).resolves.toEqual({ status: 'clean' });
    await expect(checkBreached('password', recorder(paddedResponse([`${PW_SUFFIX}:0`])).fetcher)).resolves.toEqual({ status: 'clean' });
  });

  it('uses the base URL override', async () => {
    const { calls, fetcher } = recorder(paddedResponse());
    await checkBreached('correct horse battery staple', fetcher, 'http://127.0.0.1:9');
    expect(calls[0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:9\/range\/[0-9A-F]{5}$/);
  });

  it.each<{ name: string; fetcher: (u: string, h: Record<string, string>) => Promise<string> }>([
    { name: 'fetcher throws synchronously', fetcher: () => { throw new Error('offline'); } },
    { name: 'fetcher rejects', fetcher: async () => Promise.reject(new TypeError('Failed to fetch')) },
    { name: 'fetcher returns a non-string', fetcher: async () => ({}) as unknown as string },
    { name: 'error page instead of a range', fetcher: async () => '<html>Too many requests</html>' },
    { name: 'only padding lines', fetcher: async () => 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA:0\r\n' },
  ])('unavailable when $name (never throws)', async ({ fetcher }) => {
    await expect(checkBreached('password', fetcher)).resolves.toEqual({ status: 'unavailable' });
  });

  it('unavailable for an empty password, and nothing is sent', async () => {
    const { calls, fetcher } = recorder(paddedResponse());
    await expect(checkBreached('', fetcher)).resolves.toEqual({ status: 'unavailable' });
    expect(calls).toHaveLength(0);
  });
});
