// The bench's paired statistics (bench/stats.mjs): the ratio is the median of each pair's ratio, so pairs run
// at different speeds (both sides of a pair alike) do not widen its interval, and a true cost still shows.
import { describe, expect, it } from 'vitest';
import { pairedFigures, verdict } from '../../bench/stats.mjs';

type Figure = { value: number; low: number; high: number };
const figures = pairedFigures as (a: number[], b: number[]) => { n: number; ratio: Figure; added: Figure };

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
