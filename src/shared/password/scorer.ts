// Password strength scoring: a thin wrapper over @zxcvbn-ts/core with the common + English packs. PURE
// (no browser APIs), but HEAVY: ~2 MB of word lists (236,000 words). So:
//  - callers load this module with a dynamic `import()` (the secret frame, src/password-frame/);
//  - `createScorer()` itself is cheap: the ZxcvbnFactory is built on the first `score()` call, with the
//    ranked dictionaries as Maps built shard by shard on first use (rankedLookup below; the library's own
//    objects took ~300 ms), and `prepareStep()` finishes them in small steps between requests.
//
// What leaves this module: the score, log10 of the guess estimate, a zxcvbn-ts warning KEY, whether a
// personal word matched, and coarse pattern hints. Never the password, its tokens, or zxcvbn's raw
// `sequence`/`password` fields (the raw result contains both).

import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type { MatchEstimated, Options, OptionsType, ZxcvbnResult } from '@zxcvbn-ts/core';
import { adjacencyGraphs } from '@zxcvbn-ts/language-common';
import { translations } from '@zxcvbn-ts/language-en';
// The packs' word lists, '\n'-joined at build time (scripts/lib/zxcvbn-word-lists.mjs): importing only
// `translations` and `adjacencyGraphs` above keeps the packs' compressed copies out of the bundle.
import wordLists from 'virtual:zxcvbn-word-lists';

/**
 * Only the first 64 UTF-16 units are scored. Why 64:
 *  - zxcvbn-ts' run time grows steeply with length (Node 20, 2 vCPUs, 2026-11: random 200 chars takes ~1.4 s with
 *    the default cap of 256; with 64 and a l33t cap of 10 the worst case is ~45–75 ms);
 *  - 64 random printable chars already score ≥ 10^63 guesses, and a 64-char prefix of a passphrase
 *    is far above score 4's threshold (10^10), so the cut can only under-rate a password whose
 *    first 64 chars are themselves weak ("aaaa…a" + a secret tail) — a conservative error;
 *  - the policy's length rule (15 / 8) is counted separately on the full input (policy.ts).
 * It also bounds the work an attacker-controlled paste (10,000 chars) can cause on the page.
 */
export const SCORER_MAX_LENGTH = 64;

/**
 * Cap on de-l33ted variants the dictionary matcher generates per substring (zxcvbn-ts stops
 * enumerating substitution combinations after this many). The library default (100) is a DoS guard.
 * Measured here (Node 20, 2 vCPU) on random 64-char input: 0 → ~16 ms, 1 → ~30, 3 → ~38,
 * 5 → ~46, 10 → ~75 ms (the default, 100 → ~317 ms). On a l33t test set (p@$$w0rd, P@55w0rd!,
 * n0t10n2026, 4dm1n1str4t0r, 8@$3b@11, w1nt3r2024!, 1l0v3y0u, …) 5 gives exactly the same scores as
 * 10 and 100, while 3 already misses "8@$3b@11" (baseball: score 2 instead of 0). So 5: full
 * detection of realistic disguises at ~60 % of the worst-case time of 10.
 */
export const SCORER_L33T_MAX_SUBSTITUTIONS = 5;

/** At most this many personal words are passed as zxcvbn "user inputs", each at most 64 chars. */
export const MAX_PERSONAL_WORDS = 40;
const MAX_PERSONAL_WORD_LENGTH = 64;

/**
 * Coarse pattern hints found in the scored prefix (a subset of policy.ts' ReasonCode). Derived from
 * zxcvbn's match sequence (pattern kind, dictionary name), never from the matched text.
 */
export type PatternHint =
  | 'common'
  | 'personal'
  | 'predictable'
  | 'dates'
  | 'keyboard-pattern'
  | 'sequence'
  | 'repeated';

export interface ScoreResult {
  score: 0 | 1 | 2 | 3 | 4;
  guessesLog10: number;
  /**
   * zxcvbn-ts 4.x warning KEY: 'topTen' | 'topHundred' | 'common' | 'similarToCommon' | 'wordByItself' |
   * 'namesByThemselves' | 'commonNames' | 'userInputs' | 'straightRow' | 'keyPattern' | 'simpleRepeat' |
   * 'extendedRepeat' | 'sequences' | 'recentYears' | 'dates' | 'pwned'. (There is no 'commonPassword'
   * key in 4.x.) zxcvbn only gives a warning when its score is ≤ 2; we add 'userInputs' when the
   * personal-word adjustment lowers the score.
   */
  warning?: string;
  /** A personal word (email piece, name, workspace, "notion") matched part of the password. */
  matchedPersonal: boolean;
  /** Pattern hints, in no particular order, without duplicates. Optional so that test doubles may omit it. */
  hints?: PatternHint[];
}

export interface Scorer {
  score(password: string, personalWords: string[]): ScoreResult;
  /**
   * Does a small part (one dictionary shard, a few ms) of the start-up work the first scores did not
   * need; false when nothing is left. Optional so that test doubles may omit it.
   */
  prepareStep?(): boolean;
}

/** zxcvbn-ts warning keys (the keys of the English translation table; the runtime values are English). */
const WARNING_KEYS = Object.keys(translations.warnings);
/** English text → key, so the warning can be reported as a KEY while zxcvbn is configured with `translations: en`. */
const WARNING_KEY_BY_TEXT = new Map<string, string>(
  Object.entries(translations.warnings).map(([key, text]) => [text as string, key]),
);

export function warningKey(warning: string | null | undefined): string | undefined {
  if (!warning) return undefined;
  if (WARNING_KEYS.includes(warning)) return warning;
  return WARNING_KEY_BY_TEXT.get(warning);
}

/** The factory options WITHOUT the dictionaries (they are installed by installRankedDictionaries). */
export function factoryOptions(): OptionsType {
  return {
    translations,
    graphs: adjacencyGraphs,
    maxLength: SCORER_MAX_LENGTH,
    l33tMaxSubstitutions: SCORER_L33T_MAX_SUBSTITUTIONS,
  };
}

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

function createFactory(lookups: RankedLookup[]): ZxcvbnFactory {
  const factory = new ZxcvbnFactory(factoryOptions());
  // `options` is private in the typings but is the object every matcher reads at match time; its
  // `rankedDictionaries` fields are public (Options.d.ts). zxcvbn-ts is pinned (package.json).
  const options = (factory as unknown as { options: Options }).options;
  // The packs' lists only, in the packs' order, as the library's own setOptions({ dictionary }) leaves
  // them: zxcvbn adds the per-call 'userInputs' dictionary LAST (mergeUserInputDictionary), and order
  // decides which of two equally likely matches is kept.
  const rankedDictionaries: Record<string, Record<string, number>> = {};
  const maxWordSize: Record<string, number> = {};
  for (const [name, text] of Object.entries(wordLists)) {
    const built = rankedLookup(text);
    lookups.push(built);
    rankedDictionaries[name] = built.lookup;
    maxWordSize[name] = built.maxWordSize;
  }
  options.rankedDictionaries = rankedDictionaries;
  options.rankedDictionariesMaxWordSize = maxWordSize;
  return factory;
}

/** First `max` UTF-16 units, without cutting a surrogate pair in half. */
export function truncateForScoring(password: string, max = SCORER_MAX_LENGTH): string {
  if (password.length <= max) return password;
  let end = max;
  const code = password.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // high surrogate: its pair would be cut off
  return password.slice(0, end);
}

export function sanitisePersonalWords(words: readonly unknown[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const w of words) {
    if (out.length >= MAX_PERSONAL_WORDS) break;
    if (typeof w !== 'string') continue;
    const s = w.normalize('NFKC').trim().toLowerCase().slice(0, MAX_PERSONAL_WORD_LENGTH);
    if (!s || seen.has(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out;
}

function hintsOf(sequence: readonly MatchEstimated[]): PatternHint[] {
  const hints = new Set<PatternHint>();
  for (const m of sequence) {
    const len = m.j - m.i + 1;
    switch (m.pattern) {
      case 'dictionary': {
        const dict = String(m.dictionaryName ?? '');
        if (dict === 'userInputs') hints.add('personal');
        else if (dict.startsWith('passwords') && len >= 4) hints.add('common');
        if ((m.l33t || m.reversed) && len >= 4) hints.add('predictable');
        break;
      }
      case 'spatial':
        if (len >= 4) hints.add('keyboard-pattern');
        break;
      case 'repeat':
        hints.add('repeated');
        break;
      case 'sequence':
        if (len >= 3) hints.add('sequence');
        break;
      case 'wordSequence':
        if (Number(m.wordCount) >= 3) hints.add('sequence');
        break;
      case 'date':
        hints.add('dates');
        break;
      case 'regex':
        if (m.regexName === 'recentYear') hints.add('dates');
        break;
      default:
        break;
    }
  }
  return [...hints];
}

/**
 * The scored text with every span zxcvbn matched against a personal word removed. Scoring this
 * "remainder" and keeping the lower of the two scores means personal words add NO strength: a password
 * is only as strong as what is left once the attacker knows the user's email, name and workspace
 * ("john-correct-horse-battery" keeps its 4; "acmejohn2026" falls to the score of "2026").
 */
function personalRemainder(pw: string, sequence: readonly MatchEstimated[]): string {
  const covered = new Uint8Array(pw.length);
  for (const m of sequence) {
    if (m.pattern !== 'dictionary' || m.dictionaryName !== 'userInputs') continue;
    for (let k = Math.max(0, m.i); k <= Math.min(pw.length - 1, m.j); k += 1) covered[k] = 1;
  }
  let rest = '';
  for (let k = 0; k < pw.length; k += 1) if (!covered[k]) rest += pw[k];
  return rest;
}

function toScore(n: number): 0 | 1 | 2 | 3 | 4 {
  return (n <= 0 ? 0 : n >= 4 ? 4 : Math.floor(n)) as 0 | 1 | 2 | 3 | 4;
}

/**
 * A Scorer backed by zxcvbn-ts (maxLength 64, l33tMaxSubstitutions 5, dictionaries common + en,
 * adjacency graphs from the common pack, English translations — the warning is mapped back to its
 * key). The factory is built lazily on the first call and reused afterwards.
 *
 * Personal words are zxcvbn "user inputs", and on top of that personal words add no strength: when
 * one matches, the text left after removing the personal spans is scored too and the lower score
 * wins (see personalRemainder). Cost: one extra check, only when a personal word matched.
 */
export function createScorer(): Scorer {
  let factory: ZxcvbnFactory | undefined;
  const lookups: RankedLookup[] = [];
  return {
    prepareStep(): boolean {
      factory ??= createFactory(lookups);
      while (lookups.length) {
        if (lookups[0]!.buildNextShard()) return true;
        lookups.shift();
      }
      return false;
    },
    score(password: string, personalWords: string[]): ScoreResult {
      factory ??= createFactory(lookups);
      const pw = truncateForScoring(typeof password === 'string' ? password : '');
      const inputs = sanitisePersonalWords(Array.isArray(personalWords) ? personalWords : []);
      const r: ZxcvbnResult = factory.check(pw, inputs);
      const sequence = r.sequence as MatchEstimated[];
      const hints = hintsOf(sequence);
      let score = toScore(r.score);
      let guessesLog10 = Number.isFinite(r.guessesLog10) ? r.guessesLog10 : 0;
      let warning = warningKey(r.feedback?.warning);
      const matchedPersonal = hints.includes('personal');
      if (matchedPersonal) {
        // Personal words count as free for the attacker (see personalRemainder). zxcvbn alone rates
        // "acmejohn2026" for john@acme.com at 10^8 guesses (score 3), mostly from its flat 10^4
        // per-extra-match term; a targeted guesser combining ~20 personal words with years needs ~10^6.
        const rest = personalRemainder(pw, sequence);
        const r2 = rest ? factory.check(rest, inputs) : undefined;
        const score2 = r2 ? toScore(r2.score) : 0;
        const log2 = r2 && Number.isFinite(r2.guessesLog10) ? r2.guessesLog10 : 0;
        if (score2 < score || log2 < guessesLog10) {
          score = Math.min(score, score2) as ScoreResult['score'];
          guessesLog10 = Math.min(guessesLog10, log2);
          if (!warning) warning = 'userInputs';
        }
        if (r2) for (const h of hintsOf(r2.sequence as MatchEstimated[])) if (!hints.includes(h)) hints.push(h);
      }
      const result: ScoreResult = { score, guessesLog10, matchedPersonal, hints };
      if (warning) result.warning = warning;
      return result;
    },
  };
}
