// A region of a paste scanned in one go, and the one way the detectors run a regex over it. PURE.
//
// A big paste is scanned a region at a time (scan.ts, SecretScan). Each detector counts only the matches that
// START inside its region [from, to), but reads SCAN_CONTEXT characters on either side, so a secret across a
// region boundary is seen whole, and `\b` or a lookbehind sees the real character before it. A regex carries on
// from the end of its last match (its `cursor`), exactly as one `matchAll` over the whole text would: region by
// region, the matches are the same as those of a single pass.

/**
 * Characters read beyond each side of a region. More than any detector looks at around a match's start: a JWT
 * spans at most 2 + 2,000 + 1 + 10,000 + 1 + 2,000 characters, a service-account "type" field looks 10,000
 * characters either way for its "private_key", a PEM header 400 ahead for its body.
 */
export const SCAN_CONTEXT = 16_384;

export interface Region {
  /** The source from `offset` on: a slice of the paste reaching SCAN_CONTEXT beyond `from` and `to`. */
  text: string;
  offset: number;
  /** Absolute indices of the region: matches starting in [from, to) are this region's. */
  from: number;
  to: number;
}

/** Where each regex resumes (absolute index after its last match), carried from region to region. */
export type Cursor = Map<RegExp, number>;

/** A region of `source` (the whole string when the region is the whole string: no copy either way). */
export function regionOf(source: string, from: number, to: number): Region {
  const offset = Math.max(0, from - SCAN_CONTEXT);
  const end = Math.min(source.length, to + SCAN_CONTEXT);
  const text = offset === 0 && end === source.length ? source : source.slice(offset, end);
  return { text, offset, from, to };
}

/**
 * Runs the global regex `re` over the region from its cursor, calling `on` with each match that starts in the
 * region (`m.index` relative to `r.text`; add `r.offset` for the absolute index). One left-to-right pass.
 */
export function eachMatch(re: RegExp, r: Region, cursor: Cursor, on: (m: RegExpExecArray) => void): void {
  re.lastIndex = Math.max(cursor.get(re) ?? 0, r.from) - r.offset;
  for (let m = re.exec(r.text); m !== null && m.index + r.offset < r.to; m = re.exec(r.text)) {
    on(m);
    cursor.set(re, r.offset + re.lastIndex);
  }
}
