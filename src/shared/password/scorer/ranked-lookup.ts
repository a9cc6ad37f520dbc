// The zxcvbn-ts ranked dictionaries as sharded Maps built on first use. PURE.

/**
 * word → rank (1-based, the last occurrence wins), answered from Maps behind the plain-object shape
 * zxcvbn-ts reads (`rankedDict[word]`, nothing else when Levenshtein matching is off, as here).
 *
 * Why: the library builds each ranked dictionary as a plain object, and 236,000 property insertions
 * (every key internalised, integer-like keys such as "123456" going to the elements store) took
 * 300–330 ms in Node here and most of the frame's start-up in Chromium. The same ranks in Maps take
 * ~80 ms, and a lookup through this proxy costs the same as a property read (scores of 8–64-char
 * passwords: median 22 vs 26 ms, p95 53 vs 56–72). A side effect: "constructor" or "toString" no longer
 * "match" Object.prototype's methods.
 *
 * Sharded by first character, built on first use: one pass files every word under its first UTF-16
 * unit (~15 ms for all lists), and a shard's Map is built the first time a word starting with that
 * character is looked up. A first score only touches the characters in the password (and their l33t
 * readings), so the first verdict does not wait for all 236,000 entries; `buildNextShard()` builds the
 * rest in small steps afterwards (strength.ts runs it between requests).
 *
 * test/shared/password/scorer.test.ts checks the scores are identical to the library's own dictionaries
 * on a password set, so a zxcvbn-ts upgrade that reads the dictionaries differently fails there.
 */
export interface RankedLookup {
  lookup: Record<string, number>;
  maxWordSize: number;
  /** Builds one shard not built yet; false when every shard is built. */
  buildNextShard(): boolean;
}

/** `text`: one list's words joined by '\n', in rank order (scripts/lib/zxcvbn-word-lists.mjs). */
export function rankedLookup(text: string): RankedLookup {
  // Word i spans text[starts[i], starts[i + 1] - 1). One scan files it under its first UTF-16 unit
  // (-1: an empty word) without making a string of it yet.
  let count = text ? 1 : 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  const starts = new Int32Array(count + 1);
  const pending = new Map<number, number[]>(); // first unit → word indexes, ascending
  let maxWordSize = 0;
  for (let i = 0, start = 0; i < count; i += 1) {
    const end = i === count - 1 ? text.length : text.indexOf('\n', start);
    starts[i] = start;
    if (end - start > maxWordSize) maxWordSize = end - start;
    const first = end > start ? text.charCodeAt(start) : -1;
    const bucket = pending.get(first);
    if (bucket) bucket.push(i);
    else pending.set(first, [i]);
    start = end + 1;
  }
  starts[count] = text.length + 1;
  const shards = new Map<number, Map<string, number>>();
  const build = (first: number): Map<string, number> => {
    const ranks = new Map<string, number>();
    // Ascending, so the last occurrence of a word wins, as in zxcvbn-ts' buildRankedDictionary.
    for (const i of pending.get(first) ?? []) ranks.set(text.slice(starts[i]!, starts[i + 1]! - 1), i + 1);
    pending.delete(first);
    shards.set(first, ranks);
    return ranks;
  };
  const shardOf = (word: string): Map<string, number> => {
    const first = word.length ? word.charCodeAt(0) : -1;
    return shards.get(first) ?? build(first);
  };
  const lookup = new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => (typeof key === 'string' ? shardOf(key).get(key) : undefined),
    has: (_target, key) => typeof key === 'string' && shardOf(key).has(key),
  });
  return {
    lookup,
    maxWordSize,
    buildNextShard() {
      const next = pending.keys().next();
      if (next.done) return false;
      build(next.value);
      return pending.size > 0;
    },
  };
}
