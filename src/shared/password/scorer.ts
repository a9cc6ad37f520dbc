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
// The parts: limits.ts (length and l33t caps), ranked-lookup.ts and factory.ts (the dictionaries),
// hints.ts (what a result may say), personal.ts (personal words add no strength).

import type { MatchEstimated, ZxcvbnResult } from '@zxcvbn-ts/core';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { SCORER_MAX_LENGTH } from './scorer/limits';
import { createFactory } from './scorer/factory';
import type { RankedLookup } from './scorer/ranked-lookup';
import { hintsOf, warningKey, type PatternHint } from './scorer/hints';
import { personalRemainder, sanitisePersonalWords } from './scorer/personal';

export { SCORER_L33T_MAX_SUBSTITUTIONS, SCORER_MAX_LENGTH } from './scorer/limits';
export { rankedLookup, type RankedLookup } from './scorer/ranked-lookup';
export { factoryOptions } from './scorer/factory';
export { warningKey, type PatternHint } from './scorer/hints';
export { MAX_PERSONAL_WORDS, sanitisePersonalWords } from './scorer/personal';

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

/** First `max` UTF-16 units, without cutting a surrogate pair in half. */
export function truncateForScoring(password: string, max = SCORER_MAX_LENGTH): string {
  if (password.length <= max) return password;
  let end = max;
  const code = password.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // high surrogate: its pair would be cut off
  return password.slice(0, end);
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

