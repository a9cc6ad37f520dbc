// Characters and letter groups that read alike, and the keys names are compared by. PURE.
//
// Three levels, each a coarser view of one label:
//   skeleton  – TR39-style: accents stripped, every confusable character mapped to the
//               ASCII it imitates (confusables-data.ts, generated from Unicode's confusables and ICU);
//   visualKey – the skeleton with hyphens removed and the ASCII characters that read alike folded: 0→o,
//               1/i→l. Two names with the same visual key look the same (c0nt0só, noʀthwindtʀadėrs). The
//               letter pairs that look like one letter (rn/m, vv/w, cl/d) are not folded here, since folding
//               them breaks on an edit next to them (clntoso is a one-letter typo of contoso, not "dntoso"):
//               the distance (distance.ts) matches them at no cost instead;
//   looseKey  – the visual key with those pairs and the weaker look-alikes folded too (c/e, b/d, g/q, m/n/r,
//               nn/rr→m, dl→d, lh→h, lb→b, lk/lc→k and the leetspeak digits 3 4 5 7 8). Only an index
//               key: the distance charges the weak ones half an edit each.
// The weak pairs are glyph pairs typosquatting tools substitute (e0nt0s0.com for contoso.com).

import { CONFUSABLE_PAIRS } from './confusables-data';

/** Confusable code point → the ASCII letters or digits it imitates (1–3 characters). */
export const CONFUSABLES: ReadonlyMap<number, string> = (() => {
  const map = new Map<number, string>();
  for (const entry of CONFUSABLE_PAIRS.split(' ')) {
    if (!entry) continue;
    const cp = entry.codePointAt(0) ?? 0;
    map.set(cp, entry.slice(cp > 0xffff ? 2 : 1));
  }
  return map;
})();

const MARK = /^\p{M}$/u;
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: "not ASCII"
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * TR39-style skeleton of one Unicode name or label: accents dropped, every confusable character mapped
 * to its ASCII prototype. The table already holds each accented character without its accents, so no
 * NFD is needed (labels arrive composed: IDNA and NFKC compose them); a combining mark left over is
 * dropped. ASCII is left alone (digit-for-letter swaps are folded by visualKey), so the skeleton of an
 * ASCII name is the name itself.
 */
export function skeleton(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      out += s[i];
      continue;
    }
    const cp = s.codePointAt(i) ?? c;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    const mapped = CONFUSABLES.get(cp);
    if (mapped !== undefined) out += mapped;
    else if (!MARK.test(ch)) out += ch;
  }
  return out;
}

/** Skeleton, hyphens removed, ASCII look-alikes folded (0→o, 1/i→l). */
export function visualKey(label: string): string {
  const s = skeleton(label);
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 45) {
      changed = true; // -
      continue;
    }
    const f = c === 48 ? 111 : c === 49 || c === 105 ? 108 : c; // 0 → o; 1, i → l
    if (f !== c) changed = true;
    out += String.fromCharCode(f);
  }
  return changed ? out : s;
}

/** Character code → its loose representative (weak look-alikes folded), for ASCII. */
const LOOSE_CHAR = (() => {
  const t = new Uint16Array(128).map((_, i) => i);
  for (const [from, to] of ['ec', '3c', 'db', '8b', 'qg', 'mn', 'rn', '4a', '5s', '7t']) t[from.charCodeAt(0)] = to.charCodeAt(0);
  return t;
})();
/**
 * The representative of the pair c d read as one letter, or 0. The pair is read after its letters are
 * folded (so e0l, whose e reads as c, is the cl that reads as d): mm/nn/rr/rn… → m, vv → w, cl → d,
 * dl → d, lh → h, lb → b, lk/lc → k. Without `all`, only a letter written twice (nn, rr).
 */
function loosePair(c: number, d: number, all: boolean): number {
  if (!all) return d === c && (c === 110 || c === 114) ? 110 : 0;
  const x = c < 128 ? LOOSE_CHAR[c] : c;
  const y = d < 128 ? LOOSE_CHAR[d] : d;
  if (x === 110 && y === 110) return 110; // two of m n r → m → n
  if (x === 118 && y === 118) return 119; // vv → w
  if (y === 108 && (x === 99 || x === 98)) return 98; // cl, dl → d → b
  if (x === 108) {
    if (y === 104) return 104; // lh → h
    if (y === 98) return 98; // lb → b
    if (y === 107 || y === 99) return 107; // lk, lc → k
  }
  return 0;
}

/**
 * A visual key with the weak look-alikes folded as well: the key of the look-alike index. With `pairs`,
 * rn, vv, cl… are read as one letter first (nn and rr always are); an index holds both readings.
 */
export function looseKey(visual: string, pairs = true): string {
  let out = '';
  const n = visual.length;
  for (let i = 0; i < n; i++) {
    const c = visual.charCodeAt(i);
    const pair = i + 1 < n ? loosePair(c, visual.charCodeAt(i + 1), pairs) : 0;
    if (pair) i++;
    out += String.fromCharCode(pair || (c < 128 ? LOOSE_CHAR[c] : c));
  }
  return out;
}

/** Pairs of characters (in visual keys) that read alike in some fonts: half an edit. */
const WEAK_PAIRS = ['ce', 'e3', 'bd', 'b8', 'gq', 'mn', 'nr', 'a4', 's5', 't7'];

/** Substitution cost in half-edits between two ASCII codes (0 same, 1 weak look-alike, 2 other). */
export const SUBSTITUTION: Uint8Array = (() => {
  const t = new Uint8Array(128 * 128).fill(2);
  for (let i = 0; i < 128; i++) t[i * 129] = 0;
  for (const [a, b] of WEAK_PAIRS) {
    const x = a.charCodeAt(0);
    const y = b.charCodeAt(0);
    t[x * 128 + y] = 1;
    t[y * 128 + x] = 1;
  }
  return t;
})();
