// Paired statistics for the benches that compare the browser with and without SRM Coach: medians and
// 95 % bootstrap intervals over interleaved pairs. A goal counts as met only when the interval's upper end
// meets it (one lucky median on a loaded 2-core machine proves nothing).

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The lower of the two middle samples (always a sample itself): the single-side figures' median. */
export const lowerMedian = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
/** The p-th percentile, by nearest rank. */
export const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/** Deterministic PRNG (mulberry32): the same runs give the same interval. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `stat(indices)` over `n` pairs: its value on all pairs and the 2.5th/97.5th percentiles of it over
 * `resamples` bootstrap resamples of the pairs (with replacement, pairs kept together).
 */
export function bootstrap(n, stat, { resamples = 4000, seed = 16 } = {}) {
  const all = Array.from({ length: n }, (_, i) => i);
  const rand = rng(seed);
  const vals = [];
  for (let r = 0; r < resamples; r++) {
    const idx = all.map(() => Math.floor(rand() * n));
    vals.push(stat(idx));
  }
  vals.sort((a, b) => a - b);
  const at = (p) => vals[Math.min(vals.length - 1, Math.max(0, Math.round(p * (vals.length - 1))))];
  return { value: stat(all), low: at(0.025), high: at(0.975) };
}

/**
 * Median of the paired ratios (with / without, each pair run back to back) and median of the paired
 * differences, each with its interval. Paired, not a ratio of the two sides' medians: pages run at
 * different speeds over a run on a busy 2-core machine, and a pair shares its moment, so that spread
 * cancels in each pair's ratio, as it does in the paired difference. On the same 41 rounds (3 Dec) the
 * ratio's interval went from [0.942–1.098] to [0.972–1.042]; what is left is each page's own noise (a
 * pair's ratio spreads ±11 %), which the overhead's host control shows beside it.
 */
export function pairedFigures(withMs, withoutMs) {
  const n = Math.min(withMs.length, withoutMs.length);
  const pick = (xs, idx) => idx.map((i) => xs[i]);
  const ratios = withMs.slice(0, n).map((a, i) => a / withoutMs[i]);
  const ratio = bootstrap(n, (idx) => median(pick(ratios, idx)));
  const diffs = withMs.slice(0, n).map((a, i) => a - withoutMs[i]);
  const added = bootstrap(n, (idx) => median(pick(diffs, idx)));
  return { n, ratio, added, with: median(withMs), without: median(withoutMs) };
}

/**
 * Paired figures for script time adjusted for how fast the machine ran each page, as Hodges–Lehmann
 * medians (below) of the pairs' log-ratios and differences. Each side of a pair is `{ script, work }`: the
 * page's main-thread script time and its own layout + style time in the same runs. On this 2-core VM a page's whole main thread runs up to ±20 % faster or slower than the next page's
 * (the host's load: thread CPU time moves with it, so it is not preemption), and script and layout move
 * together (correlation 0.9). Script per millisecond of the page's own layout and style work takes that out:
 * each pair's ratio is (script / work) with ÷ (script / work) without, and the added time is the with
 * script minus the without script scaled to the with page's speed. It rests on SRM Coach adding no layout or
 * style work of its own there (it changes nothing in the page while it has nothing to say), so `work` is
 * the page's alone on both sides. Layout it did force would count in `work`, not `script`, and the figure
 * would hide it: the bench prints `work`'s own ratio with a ⚠ when it is above 1, and SRM Coach's profiled
 * time (bench/attribute.mjs) counts forced layout under the function that forced it.
 */
export function adjustedFigures(withRuns, withoutRuns, { resamples = 4000 } = {}) {
  const n = Math.min(withRuns.length, withoutRuns.length);
  // A missing metric reads 0: say so rather than bootstrap infinities.
  if ([...withRuns, ...withoutRuns].some((r) => !(r.work > 0) || !(r.script > 0))) throw new Error('adjustedFigures: a run without script or layout time');
  const boot = (stat) => bootstrap(n, stat, { resamples });
  const pick = (xs, idx) => idx.map((i) => xs[i]);
  const logRatios = Array.from({ length: n }, (_, i) => Math.log((withRuns[i].script / withRuns[i].work) / (withoutRuns[i].script / withoutRuns[i].work)));
  const diffs = Array.from({ length: n }, (_, i) => withRuns[i].script - withoutRuns[i].script * (withRuns[i].work / withoutRuns[i].work));
  const workRatios = Array.from({ length: n }, (_, i) => withRuns[i].work / withoutRuns[i].work);
  const exp = (f) => ({ value: Math.exp(f.value), low: Math.exp(f.low), high: Math.exp(f.high) });
  return {
    n,
    ratio: exp(boot((idx) => hodgesLehmann(pick(logRatios, idx)))),
    added: boot((idx) => hodgesLehmann(pick(diffs, idx))),
    // The plain median of the pairs, printed beside: it jumps between the two pairs nearest the middle.
    ratioMedian: exp(boot((idx) => median(pick(logRatios, idx)))),
    // The check on what the adjustment rests on: the pages' own layout and style work, with ÷ without.
    work: boot((idx) => median(pick(workRatios, idx))),
    with: median(withRuns.slice(0, n).map((r) => r.script)),
    without: median(withoutRuns.slice(0, n).map((r) => r.script)),
  };
}

/**
 * The Hodges–Lehmann estimate: the median of the averages of every two pairs (each pair with itself too),
 * the median that goes with Wilcoxon's signed-rank test. One odd pair moves it no more than it moves the
 * plain median, but it does not jump between the two pairs nearest the middle: with 41 pairs on this
 * machine its interval is about two thirds of the plain median's.
 */
export function hodgesLehmann(xs) {
  const walsh = [];
  for (let i = 0; i < xs.length; i++) for (let j = i; j < xs.length; j++) walsh.push((xs[i] + xs[j]) / 2);
  return median(walsh);
}

/** ✔ when the interval's upper end meets the goal (≤), ✘ otherwise. */
export const verdict = (high, goal) => (high <= goal ? '✔' : '✘');

/**
 * Runs `measure(side, i)` for `pairs` pairs, alternating which side goes first, and returns the two
 * series in pair order.
 */
export async function interleaved(pairs, measure) {
  const a = [];
  const b = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      a.push(await measure('with', i));
      b.push(await measure('without', i));
    } else {
      b.push(await measure('without', i));
      a.push(await measure('with', i));
    }
  }
  return { with: a, without: b };
}

/**
 * Runs `measure(side, i)` for every side in each of `rounds` rounds, the order rotated each round (for three
 * sides: ABC, BCA, CAB, …), so each side runs first, middle and last equally often. Returns each side's
 * series in round order.
 */
export async function rotated(rounds, sides, measure) {
  const out = Object.fromEntries(sides.map((s) => [s, []]));
  for (let i = 0; i < rounds; i++) {
    for (let k = 0; k < sides.length; k++) {
      const side = sides[(i + k) % sides.length];
      out[side].push(await measure(side, i));
    }
  }
  return out;
}
