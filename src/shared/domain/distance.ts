// How far apart two visual keys look, in half-edits. PURE.
//
// A weighted optimal-string-alignment distance: inserting, deleting or substituting a character, or
// swapping two neighbours, costs 2; substituting a weak look-alike (c/e, m/n… see confusables.ts) or
// writing a letter as a weak look-alike pair (m as nn, d as dl… see pairCost) costs 1; writing m as rn,
// w as vv or d as cl costs nothing. (0/o, 1/l/i and Unicode confusables are equal in visual keys.)
// Bounded: strings are cut at MAX_KEY characters, only cells near the diagonal are computed (an
// alignment within the cap cannot stray further), and a computation stops as soon as two rows are above
// `cap`: at most MAX_KEY × (target length) cells, usually a band of a few cells a row.

import { SUBSTITUTION } from './confusables';

/** Longest key compared (labels are at most 63 characters; a run of labels is cut here). */
export const MAX_KEY = 160;
const ROW = MAX_KEY + 1;
const UNIT = 2;
/** A cell outside the band: beyond any cap. */
const FAR = 1 << 20;
const WEAK = 1;

// Three reusable rows (i-2, i-1, i): the distance runs millions of times in a benchmark; no allocation.
const r0 = new Int32Array(ROW);
const r1 = new Int32Array(ROW);
const r2 = new Int32Array(ROW);
const A = new Int32Array(MAX_KEY);
const B = new Int32Array(MAX_KEY);

const L = 108;
/** The letters a pair may be read as (m w d h b k): only cells with one of these try pairCost. */
const PAIRED = (() => {
  const t = new Uint8Array(128);
  for (const c of 'mwdhbk') t[c.charCodeAt(0)] = 1;
  return t;
})();

/**
 * Cost of reading the pair x0 x1 as the letter y, else -1: rn→m, vv→w, cl→d free; the weaker pairs
 * typosquatting tools use half an edit: nn/rr→m, dl→d, lh→h, lb→b, lk/lc→k (ik is lk in a visual key).
 */
function pairCost(x0: number, x1: number, y: number): number {
  switch (y) {
    case 109: // m
      if (x0 === 114 && x1 === 110) return 0; // rn
      return (x0 === 110 || x0 === 114) && x1 === x0 ? WEAK : -1; // nn, rr
    case 119: // w
      return x0 === 118 && x1 === 118 ? 0 : -1; // vv
    case 100: // d
      if (x0 === 99 && x1 === L) return 0; // cl
      return x0 === 100 && x1 === L ? WEAK : -1; // dl
    case 104: // h
    case 98: // b
      return x0 === L && x1 === y ? WEAK : -1; // lh, lb
    case 107: // k
      return x0 === L && (x1 === 107 || x1 === 99) ? WEAK : -1; // lk, lc
    default:
      return -1;
  }
}

/** How many rn, vv and cl pairs the first n characters of s hold (each may read as one letter for free). */
function freePairs(s: string, n: number): number {
  let count = 0;
  for (let i = 1; i < n; i++) {
    const x = s.charCodeAt(i - 1);
    const y = s.charCodeAt(i);
    if ((x === 114 && y === 110) || (x === 118 && y === 118) || (x === 99 && y === L)) {
      count++;
      i++;
    }
  }
  return count;
}

/**
 * The cost of turning `a` into `b` by substitutions alone (equal lengths), or cap + 1 when above `cap` or
 * the lengths differ: never below keyDistance, so a pass here is a pass there (a quick first try).
 */
export function substitutionCost(a: string, b: string, cap: number): number {
  if (a.length !== b.length) return cap + 1;
  let cost = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    cost += x < 128 && y < 128 ? SUBSTITUTION[x * 128 + y] : UNIT;
    if (cost > cap) return cap + 1;
  }
  return cost;
}

/**
 * Distance between keys `a` and `b` in half-edits, or cap + 1 as soon as it must exceed `cap`.
 * `contained`: `b` must match some substring of `a` (the rest of `a` is free): a name inside a longer one.
 */
export function keyDistance(a: string, b: string, cap: number, contained = false): number {
  const n = Math.min(a.length, MAX_KEY);
  const m = Math.min(b.length, MAX_KEY);
  const over = cap + 1;
  // Every step off the diagonal costs at least a half-edit, except a pair read as one letter for free
  // (rn, vv, cl): an alignment within the cap stays within `band` of the diagonal.
  const band = contained ? MAX_KEY : cap + freePairs(a, n) + freePairs(b, m);
  if (Math.abs(n - m) > band && !contained) return over;
  // The characters as numbers, once (the loop reads each several times).
  for (let i = 0; i < n; i++) A[i] = a.charCodeAt(i);
  for (let j = 0; j < m; j++) B[j] = b.charCodeAt(j);
  let prev2 = r0;
  let prev = r1;
  let cur = r2;
  for (let j = 0; j <= m; j++) prev[j] = j * UNIT;
  let prevMin = 0;
  for (let i = 1; i <= n; i++) {
    const ai = A[i - 1];
    const aBefore = i > 1 ? A[i - 2] : -1;
    const aPaired = PAIRED[ai & 127] === 1;
    const lo = Math.max(1, i - band);
    const hi = Math.min(m, i + band);
    cur[0] = contained ? 0 : i * UNIT;
    // Cells just outside the band are read by the next two rows: mark them out of reach.
    if (lo > 1) cur[lo - 1] = FAR;
    if (lo > 2) cur[lo - 2] = FAR;
    let rowMin = lo === 1 ? cur[0] : FAR;
    for (let j = lo; j <= hi; j++) {
      const bj = B[j - 1];
      const bBefore = j > 1 ? B[j - 2] : -2;
      let d = prev[j - 1] + (ai === bj ? 0 : ai < 128 && bj < 128 ? SUBSTITUTION[ai * 128 + bj] : UNIT);
      const del = prev[j] + UNIT;
      if (del < d) d = del;
      const ins = cur[j - 1] + UNIT;
      if (ins < d) d = ins;
      if (ai === bBefore && aBefore === bj && ai !== bj) {
        const tr = prev2[j - 2] + UNIT;
        if (tr < d) d = tr;
      }
      if (aBefore >= 0 && PAIRED[bj & 127] === 1) {
        const pc = pairCost(aBefore, ai, bj);
        if (pc >= 0 && prev2[j - 1] + pc < d) d = prev2[j - 1] + pc;
      }
      if (bBefore >= 0 && aPaired) {
        const pc = pairCost(bBefore, bj, ai);
        if (pc >= 0 && prev[j - 2] + pc < d) d = prev[j - 2] + pc;
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (hi < m) cur[hi + 1] = FAR;
    if (hi + 1 < m) cur[hi + 2] = FAR;
    // A cell reads from the two rows above (swaps and pairs skip a row): both must be over the cap.
    if (!contained && rowMin > cap && prevMin > cap) return over;
    prevMin = rowMin;
    if (contained && cur[m] <= cap) return cur[m];
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[m];
  return d > cap ? over : d;
}
