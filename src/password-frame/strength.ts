// Strength, inside the secret frame: zxcvbn-ts (scorer.ts: maxLength 64, l33t cap 5) + the NIST policy
// (policy.ts) + personal words (personal-words.ts). Loaded by main.ts with import() as soon as the frame
// starts, in parallel with the rest, because building the dictionaries is the slow part (~150–400 ms).
import { createScorer } from '../shared/password/scorer';
import { evaluatePassword, type PasswordPolicy, type StrengthVerdict } from '../shared/password/policy';
import { personalWords } from '../shared/password/personal-words';
import type { PersonalContext } from '../shared/password/frame-protocol';

performance.mark('srm-scorer-loaded');
const scorer = createScorer();
scorer.score('warm-up', []); // builds the ranked dictionaries now, before the first real request
performance.mark('srm-scorer-ready');

export function strengthOf(password: string, context: PersonalContext, policy: PasswordPolicy, has2fa?: boolean): StrengthVerdict {
  return evaluatePassword(password, { policy, has2fa, personalWords: personalWords(context) }, scorer);
}
