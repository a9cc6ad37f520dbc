// Linear time on any input: every 1 MB text of the adversarial corpus (runs of every separator, near-miss
// prefixes, one 1 MB token, seeded mixes) and generated mixes scan in well under the bound, also on a busy
// 2-core machine; a big paste scanned in slices never takes long for one slice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCAN_SLICE_CHARS, SECRET_SCAN_MAX_CHARS, SecretScan, scanForSecrets } from '../../../src/shared/secrets';
import {
  ADVERSARIAL_SEPARATORS,
  BENCH_SAMPLE_CHARS,
  NEAR_MISS_PREFIXES,
  adversarialPastes,
  benchScanAdversarial,
  fillWith,
} from '../../../src/shared/secrets/bench';

const BOUND_MS = 150; // goal ≤ 30 (bench: paste_scan_adversarial_1mb_ms); the margin is for a loaded CI machine
const verbose = Boolean(process.env.SECRETS_PERF_VERBOSE);

/** Best of two timed runs, in ms (one run can lose the CPU to another process). */
function bestOf2(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('adversarial corpus', () => {
  const corpus = adversarialPastes();

  it('covers runs of every separator, near-miss prefixes, 1 MB of "@", ".", "-", "xn--" and one 1 MB token', () => {
    const labels = corpus.map((p) => p.label);
    for (const sep of ADVERSARIAL_SEPARATORS) expect(labels).toContain(`run of ${JSON.stringify(sep)}`);
    for (const p of NEAR_MISS_PREFIXES) expect(labels).toContain(`${p} repeated`);
    for (const p of ['ey-', 'eyJ', 'sk-proj-', 'sk-ant-', 'glpat-', 'xoxb-', 'AKIA', 'ghp_', 'xn--']) expect(NEAR_MISS_PREFIXES).toContain(p);
    expect(labels).toContain('one 1 MB token');
    for (const p of corpus.slice(0, 5)) expect(p.make().length).toBe(BENCH_SAMPLE_CHARS);
  });

  it.each(corpus.map((p) => [p.label, p.make] as const))(`%s: 1 MB scans in < ${BOUND_MS} ms`, (label, make) => {
    const text = make();
    const ms = bestOf2(() => scanForSecrets(text));
    if (verbose && ms > 20) console.log(`${label}: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it(`generated mixes of prefixes, separators and bodies, repeated to 1 MB, scan in < ${BOUND_MS} ms (40 cases)`, () => {
    const unit = fc.oneof(
      fc.constantFrom(...NEAR_MISS_PREFIXES, ...ADVERSARIAL_SEPARATORS),
      fc.string({ unit: fc.constantFrom(...'Ab0-_.=+/@ '), minLength: 1, maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 30 }), (units) => {
        const text = fillWith(units.join(''));
        const ms = bestOf2(() => scanForSecrets(text));
        if (ms >= BOUND_MS) throw new Error(`${ms.toFixed(1)} ms for ${JSON.stringify(units.join('').slice(0, 200))}`);
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it('no slice of a 2 MB paste takes 50 ms (the mixes and the slowest shapes)', () => {
    const picks = adversarialPastes(SECRET_SCAN_MAX_CHARS).filter((p) => /mix|JWT|PEM|repeated$/.test(p.label) && !p.label.startsWith('run of'));
    let worst = { ms: 0, label: '' };
    for (const { label, make } of picks.filter((_, i) => i % 3 === 0)) {
      const text = make();
      // Each slice timed twice (two scans), the better kept: the longest of those is the longest block.
      const times: number[][] = [[], []];
      for (const run of times) {
        const scan = new SecretScan(text);
        while (!scan.done) {
          const t0 = performance.now();
          scan.step(SCAN_SLICE_CHARS);
          run.push(performance.now() - t0);
        }
      }
      const ms = Math.max(...times[0].map((t, i) => Math.min(t, times[1][i])));
      if (ms > worst.ms) worst = { ms, label };
    }
    if (verbose) console.log(`longest slice: ${worst.ms.toFixed(2)} ms (${worst.label})`);
    expect(worst.ms).toBeLessThan(50);
  });

  it('benchScanAdversarial reports the worst median and its text', () => {
    const some = corpus.filter((p) => /^(ey- repeated|one 1 MB token|mix of prefixes and bodies #5)$/.test(p.label));
    expect(some).toHaveLength(3);
    const { paste_scan_adversarial_1mb_ms: ms, worst } = benchScanAdversarial(some);
    if (verbose) console.log(`paste_scan_adversarial_1mb_ms: ${ms} (${worst})`);
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(some.map((p) => p.label)).toContain(worst);
  });
});
