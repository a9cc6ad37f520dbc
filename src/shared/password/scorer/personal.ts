// Personal words (email pieces, name, workspace) add no strength: sanitised for zxcvbn's "user inputs",
// and removed from the password before a second score (scorer.ts keeps the lower). PURE.
import type { MatchEstimated } from '@zxcvbn-ts/core';

/** At most this many personal words are passed as zxcvbn "user inputs", each at most 64 chars. */
export const MAX_PERSONAL_WORDS = 40;
const MAX_PERSONAL_WORD_LENGTH = 64;


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

export /**
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
