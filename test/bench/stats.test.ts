// The bench's paired statistics (bench/stats.mjs): the ratio is the median of each pair's ratio, so pairs run
// at different speeds (both sides of a pair alike) do not widen its interval, and a true cost still shows.
import { describe, expect, it } from 'vitest';
import { adjustedFigures, hodgesLehmann, pairedFigures, verdict } from '../../bench/stats.mjs';

type Figure = { value: number; low: number; high: number };
const figures = pairedFigures as (a: number[], b: number[]) => { n: number; ratio: Figure; added: Figure };
type Run = { script: number; work: number };
const adjusted = adjustedFigures as (a: Run[], b: Run[], o?: { resamples: number }) => { n: number; ratio: Figure; added: Figure; work: Figure };

describe('pairedFigures', () => {
  // Pairs run at different moments of a busy machine: one pair at 40 ms, the next at 75 (a page's own speed);
  // within a pair both sides ran alike, ±2 %. A fixed pseudo-random sequence, so the test is deterministic.
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const speed = Array.from({ length: 41 }, () => 40 + 40 * rnd());
  const wobble = () => 1 + (rnd() - 0.5) * 0.04;

  it('pairs that differ from each other do not widen the ratio: with = without gives 1, its interval within ±1.5 %', () => {
    const without = speed.map((s) => s * wobble());
    const withMs = speed.map((s) => s * wobble());
    const f = figures(withMs, without);
    expect(f.n).toBe(41);
    expect(f.ratio.value).toBeCloseTo(1, 1);
    // A ratio of the two sides' medians spreads with the pairs (here [0.966–1.011]); the paired one does not.
    expect(f.ratio.low).toBeGreaterThan(0.985);
    expect(f.ratio.high).toBeLessThan(1.015);
  });

  it('a 10 % cost shows in the ratio and the added ms, and its interval leaves the goal unmet', () => {
    const without = speed.map((s) => s * wobble());
    const withMs = speed.map((s) => s * 1.1 * wobble());
    const f = figures(withMs, without);
    expect(f.ratio.value).toBeGreaterThan(1.07);
    expect(f.ratio.low).toBeGreaterThan(1.05);
    expect(verdict(f.ratio.high, 1.02)).toBe('✘');
    expect(f.added.value).toBeGreaterThan(3);
  });
});

describe('adjustedFigures', () => {
  // Each page runs at its own speed (the machine: ±20 % from one page to the next, script and layout alike),
  // with ±1 % of the page's own wobble on top. Deterministic, and made afresh in each test.
  const rounds = (cost: number) => {
    let seed = 11;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const page = (c = 0): Run => {
      const speed = 0.8 + 0.4 * rnd();
      const wobble = 1 + (rnd() - 0.5) * 0.02;
      return { script: (80 * wobble + c) * speed, work: 250 * speed * (1 + (rnd() - 0.5) * 0.02) };
    };
    return Array.from({ length: 41 }, () => [page(cost), page()] as const);
  };
  const figuresOf = (r: ReturnType<typeof rounds>) => adjusted(r.map((x) => x[0]), r.map((x) => x[1]), { resamples: 1000 });

  it('the machine\'s speed divides out: no cost reads 1 within ±1.5 %, where plain script time cannot tell', () => {
    const r = rounds(0);
    const f = figuresOf(r);
    expect(f.ratio.low).toBeGreaterThan(0.985);
    expect(f.ratio.high).toBeLessThan(1.015);
    expect(Math.abs(f.added.value)).toBeLessThan(1);
    expect(f.added.high - f.added.low).toBeLessThan(2.5);
    const plain = figuresOf(r.map(([a, b]) => [{ script: a.script, work: 1 }, { script: b.script, work: 1 }] as const));
    expect(plain.ratio.high - plain.ratio.low).toBeGreaterThan(3 * (f.ratio.high - f.ratio.low));
  });

  it('a 4 ms cost on 80 ms of script shows as 1.05 and about 4 ms added, and fails the 1.02 goal', () => {
    const f = figuresOf(rounds(4));
    expect(f.ratio.value).toBeGreaterThan(1.035);
    expect(f.ratio.value).toBeLessThan(1.065);
    expect(verdict(f.ratio.high, 1.02)).toBe('✘');
    expect(f.added.value).toBeGreaterThan(3);
    expect(f.added.value).toBeLessThan(5.5);
    expect(f.added.high - f.added.low).toBeLessThan(2.5);
  });

  it('a run without layout time (a metric missing) is an error, not an interval of infinities', () => {
    expect(() => adjusted([{ script: 80, work: 0 }], [{ script: 80, work: 250 }])).toThrow(/without script or layout/);
  });
});

describe('hodgesLehmann', () => {
  it('is the median of the pairwise averages: the centre of symmetric data, and one wild pair barely moves it', () => {
    expect(hodgesLehmann([1, 2, 3, 4, 5])).toBe(3);
    expect(hodgesLehmann([1, 2, 3, 4, 500])).toBeLessThan(4);
    // Where the plain median jumps to whichever value is in the middle, it takes all of them into account.
    expect(hodgesLehmann([0, 0, 0, 10, 10])).toBeGreaterThan(0);
  });
});
