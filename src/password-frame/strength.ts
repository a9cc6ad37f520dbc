// Strength, inside the secret frame: zxcvbn-ts (scorer.ts: maxLength 64, l33t cap 5) + the NIST policy
// (policy.ts) + personal words (personal-words.ts). Loaded by main.ts with import() as soon as the frame
// starts, in parallel with the rest, because building the dictionaries is the slow part (~150–400 ms).
import { createScorer } from '@shared/password/scorer';
import { evaluatePassword, type PasswordPolicy, type StrengthVerdict } from '@shared/password/policy';
import { personalWords } from '@shared/password/personal-words';
import type { PersonalContext } from '@shared/password/frame-protocol';

performance.mark('srm-scorer-loaded');
const scorer = createScorer();
// Builds the factory, files every word under its first character and builds one shard now; the other
// shards come with the first requests (only those their characters need) and in the steps below. A
// warm-up score here would build shards the first password may not need, before it can be answered.
scorer.prepareStep?.();
performance.mark('srm-scorer-ready');
// The dictionary shards the first scores did not need (scorer.ts rankedLookup), one per task, so a
// request arriving meanwhile waits for at most one shard (a few ms).
const prepare = () => {
  if (scorer.prepareStep?.()) setTimeout(prepare, 0);
  else performance.mark('srm-scorer-complete');
};
setTimeout(prepare, 0);

export function strengthOf(password: string, context: PersonalContext, policy: PasswordPolicy, has2fa?: boolean): StrengthVerdict {
  return evaluatePassword(password, { policy, has2fa, personalWords: personalWords(context) }, scorer);
}
