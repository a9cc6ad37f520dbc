// Password policy after NIST SP 800-63B-4 (https://pages.nist.gov/800-63-4/sp800-63b.html). PURE.
//
//  - Length: at least 15 characters when the password is the only factor, 8 when it is used with
//    2-step verification. Unknown 2FA state ⇒ the stricter rule (15). Length is counted in Unicode
//    code points, as NIST asks; spaces count; no composition rules (no "one digit, one symbol").
//  - Strength: zxcvbn score ≥ minScore (default 3 of 4), which also covers NIST's "check against
//    common / context-specific words" (the scorer knows the common-password lists and the user's
//    personal words). The HIBP breach check is separate (hibp.ts) and opt-in.
//  - Organisation policy can raise any of the three numbers (settings/schema.ts validates them:
//    minScore 0–4, lengths 8–64). Values that are not finite numbers fall back to the defaults here.
//
// Verdict contract (decided here, relied on by the UI):
//  - ok ⇔ reasons is empty. A failing verdict always has at least one reason.
//  - Length failure → 'too-short' (or 'too-short-2fa' when has2fa === true, i.e. "too short even for
//    the 8-character 2FA rule").
//  - Score failure → the specific pattern reasons the scorer found (common, personal, …) followed by
//    'low-score', which is always present when the score gate failed. Pattern reasons are NOT
//    reported when only the length failed: a long-enough-scoring password that is too short just
//    needs to be longer.
//  - Order: 'empty', length, then common, personal, predictable, dates, keyboard-pattern, sequence,
//    repeated, then 'low-score' (most actionable first).
//  - Bucket: 'strong' if ok; 'weak' if not ok and (score ≤ 1 or length < 8); otherwise 'fair'.
//    (So a strong-scoring 12-char password without 2FA is 'fair': only its length is missing.)
//  - Nothing derived from the password is returned except score, bucket, reasons and the length.

import type { Scorer } from './scorer';

export interface PasswordPolicy {
  minScore: number;
  minLength: number;
  minLength2fa: number;
}

export type ReasonCode =
  | 'too-short'
  | 'too-short-2fa'
  | 'common'
  | 'personal'
  | 'predictable'
  | 'repeated'
  | 'sequence'
  | 'keyboard-pattern'
  | 'dates'
  | 'low-score'
  | 'empty';

export type Bucket = 'weak' | 'fair' | 'strong';

export interface StrengthVerdict {
  ok: boolean;
  score: 0 | 1 | 2 | 3 | 4;
  bucket: Bucket;
  reasons: ReasonCode[];
  requiredLength: number;
  /** Code points, capped at MAX_COUNTED_LENGTH (1000). */
  length: number;
}

/** NIST SP 800-63B-4 defaults; the same numbers as settings/schema.ts DEFAULTS. */
export const DEFAULT_POLICY: Readonly<PasswordPolicy> = Object.freeze({
  minScore: 3,
  minLength: 15,
  minLength2fa: 8,
});

export const MAX_COUNTED_LENGTH = 1000;

const REASON_ORDER: readonly ReasonCode[] = [
  'empty',
  'too-short',
  'too-short-2fa',
  'common',
  'personal',
  'predictable',
  'dates',
  'keyboard-pattern',
  'sequence',
  'repeated',
  'low-score',
];

/** zxcvbn-ts 4.x warning keys → reason codes. */
const WARNING_REASON: Readonly<Record<string, ReasonCode>> = {
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  pwned: 'common',
  similarToCommon: 'predictable',
  wordByItself: 'predictable',
  namesByThemselves: 'predictable',
  commonNames: 'predictable',
  userInputs: 'personal',
  straightRow: 'keyboard-pattern',
  keyPattern: 'keyboard-pattern',
  simpleRepeat: 'repeated',
  extendedRepeat: 'repeated',
  sequences: 'sequence',
  recentYears: 'dates',
  dates: 'dates',
};

const HINT_REASONS = new Set<ReasonCode>([
  'common',
  'personal',
  'predictable',
  'dates',
  'keyboard-pattern',
  'sequence',
  'repeated',
]);

/** Code points of `s`, counting at most `cap` (so a 10,000-char paste costs 1,000 steps). */
export function countCodePoints(s: string, cap = MAX_COUNTED_LENGTH): number {
  let n = 0;
  for (let k = 0; k < s.length && n < cap; k += 1) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < s.length) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) k += 1;
    }
    n += 1;
  }
  return n;
}

function intOr(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.ceil(value)));
}

/** Cleans a policy: finite numbers only (else the NIST default), score clamped to 0–4, lengths to 1–1000. */
export function normalisePolicy(p: Partial<PasswordPolicy> | undefined): PasswordPolicy {
  return {
    minScore: intOr(p?.minScore, DEFAULT_POLICY.minScore, 0, 4),
    minLength: intOr(p?.minLength, DEFAULT_POLICY.minLength, 1, MAX_COUNTED_LENGTH),
    minLength2fa: intOr(p?.minLength2fa, DEFAULT_POLICY.minLength2fa, 1, MAX_COUNTED_LENGTH),
  };
}

function sortReasons(reasons: Iterable<ReasonCode>): ReasonCode[] {
  const set = new Set(reasons);
  return REASON_ORDER.filter((r) => set.has(r));
}

function bucketOf(ok: boolean, score: number, length: number): Bucket {
  if (ok) return 'strong';
  if (score <= 1 || length < 8) return 'weak';
  return 'fair';
}

export function evaluatePassword(
  password: string,
  opts: { policy: PasswordPolicy; has2fa?: boolean; personalWords: string[] },
  scorer: Scorer,
): StrengthVerdict {
  const policy = normalisePolicy(opts?.policy);
  const has2fa = opts?.has2fa === true; // undefined (unknown) ⇒ the stricter single-factor rule
  const requiredLength = has2fa ? policy.minLength2fa : policy.minLength;
  const pw = typeof password === 'string' ? password : '';

  if (pw.length === 0) {
    return { ok: false, score: 0, bucket: 'weak', reasons: ['empty'], requiredLength, length: 0 };
  }

  const length = countCodePoints(pw);
  // The scorer caps its own input (64 UTF-16 units), so a huge paste is cheap to score.
  const result = scorer.score(pw, Array.isArray(opts?.personalWords) ? opts.personalWords : []);
  const score = (Math.min(4, Math.max(0, Math.floor(result.score))) || 0) as StrengthVerdict['score'];

  const reasons: ReasonCode[] = [];
  if (length < requiredLength) reasons.push(has2fa ? 'too-short-2fa' : 'too-short');
  if (score < policy.minScore) {
    const mapped = result.warning ? WARNING_REASON[result.warning] : undefined;
    if (mapped) reasons.push(mapped);
    if (result.matchedPersonal) reasons.push('personal');
    for (const h of result.hints ?? []) if (HINT_REASONS.has(h)) reasons.push(h);
    reasons.push('low-score');
  }

  const sorted = sortReasons(reasons);
  const ok = sorted.length === 0;
  return { ok, score, bucket: bucketOf(ok, score, length), reasons: sorted, requiredLength, length };
}
