// Property tests (28,000 generated strings) and megabyte pastes against the clock.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BENCH_SAMPLE_CHARS,
  SECRET_KINDS,
  benchScan,
  buildBenchSample,
  scanForSecrets,
  type SecretFinding,
} from '../../../src/shared/secrets';
import { awsKey, luhnNumber, rnd, HEX } from './fixtures';

/** A cheap assertion for the hot loops (vitest's expect costs ~20 µs a call). */
function check(ok: boolean, what: string, value: unknown): void {
  if (!ok) throw new Error(`${what}: ${JSON.stringify(value)}`);
}

function wellFormed(text: string): void {
  const a: SecretFinding[] = scanForSecrets(text);
  const b = scanForSecrets(text);
  check(isDeepStrictEqual(a, b), 'deterministic', a);
  let last = -1;
  for (const { kind, count } of a) {
    const rank = SECRET_KINDS.indexOf(kind);
    check(rank > last, 'known kind, unique, in severity order', a);
    check(Number.isInteger(count) && count >= 1, 'count ≥ 1', a);
    last = rank;
  }
}

// Fragments that push every pattern near its edges: prefixes, separators, digits, base64 soup.
const FRAGMENTS = [
  'AKIA', 'ASIA', 'ghp_', 'github_pat_', 'glpat-', 'xoxb-', 'xoxp-', 'https://hooks.slack.com/services/T', '/B',
  'sk_live_', 'rk_test_', 'sk-', 'sk-proj-', 'sk-ant-api03-', 'AIza', 'SK', 'SG.', 'npm_', 'eyJ', 'ey', '.',
  '-----BEGIN ', 'RSA PRIVATE KEY-----', 'PRIVATE KEY BLOCK-----', '-----', '"type": "service_account"',
  '"private_key": "', 'AccountKey=', '==', '\\n', '4111', '1111', '5500', '37', ' ', '  ', '-', '\u00a0', '\n', '+', '/',
];
const soupPiece = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+/='), maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'0123456789 -'), maxLength: 30 }),
);
const soup = fc.array(soupPiece, { maxLength: 24 }).map((xs) => xs.join(''));

describe('scanForSecrets properties', () => {
  it('never throws, is deterministic, counts ≥ 1 in severity order (20,000 token soups)', () => {
    fc.assert(fc.property(soup, (s) => wellFormed(s)), { numRuns: 20_000, seed: 1 });
  });

  it('same for 5,000 arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => wellFormed(s)), { numRuns: 5_000, seed: 2 });
  });

  it('finds a key or card set off by spaces in any surrounding text (3,000 cases)', () => {
    const key = awsKey(7);
    const card = luhnNumber('4', 16, 7);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        const found = scanForSecrets(`${a} ${key} ${card} ${b}`);
        check(found.some((x) => x.kind === 'aws-access-key'), 'aws found', found);
        check(found.some((x) => x.kind === 'payment-card'), 'card found', found);
      }),
      { numRuns: 3_000, seed: 3 },
    );
  });
});

const MB = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const PASTES: Array<[string, () => string]> = [
  ['mixed prose + code (bench sample)', () => buildBenchSample()],
  ['random digits', () => rnd('0123456789', MB, 50)],
  ['random hex', () => rnd(HEX, MB, 51)],
  ['random base64', () => rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', MB, 52)],
  ['spaced digits "1 "', () => fill('1 ')],
  ['4-digit groups', () => fill('4111 ')],
  ['repeated PEM headers', () => fill('-----BEGIN RSA PRIVATE KEY-----')],
  ['PEM headers each followed by prose', () => fill(`-----BEGIN PRIVATE KEY----- ${'word '.repeat(100)}`)],
  ['digits interleaved with letters', () => fill('4111111111111111a')],
  ['repeated service-account fields', () => fill('"type": "service_account", "private_key": "')],
  ['dotted ey segments', () => fill(`eyJ${'a'.repeat(1500)}.`)],
  ['repeated token prefixes', () => fill('AKIA ghp_ sk- xoxb-1- SG. AIza npm_ glpat- eyJ. ')],
];

describe('1 MB pastes against the clock', () => {
  it.each(PASTES)('%s scans in < 150 ms (best of 3)', (_label, make) => {
    const text = make();
    expect(text.length).toBe(MB);
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      wellFormed(text.slice(0, 64)); // keep the short path exercised too
      scanForSecrets(text);
      best = Math.min(best, performance.now() - t0);
    }
    if (process.env.SECRETS_PERF_VERBOSE) console.log(`${_label}: ${best.toFixed(2)} ms`);
    expect(best).toBeLessThan(150);
  });

  it('benchScan reports the median over the fixed 1 MB sample', () => {
    expect(buildBenchSample().length).toBe(BENCH_SAMPLE_CHARS);
    expect(buildBenchSample()).toBe(buildBenchSample()); // deterministic
    const { paste_scan_1mb_ms } = benchScan();
    if (process.env.SECRETS_PERF_VERBOSE) console.log(`benchScan: ${paste_scan_1mb_ms} ms`);
    expect(paste_scan_1mb_ms).toBeGreaterThan(0);
    expect(paste_scan_1mb_ms).toBeLessThan(150);
  });

  it('the bench sample contains the planted secrets and no false alarms', () => {
    const kinds = scanForSecrets(buildBenchSample()).map((x) => x.kind);
    expect(kinds).toEqual(['aws-access-key', 'github-token']);
  });
});
