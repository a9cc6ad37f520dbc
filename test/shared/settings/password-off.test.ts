// The login prewarm's narrow "is password coaching off?" must agree with the full settings code.
import { describe, expect, it } from 'vitest';
import { passwordCoachingOff } from '../../../src/shared/settings/password-off';
import { mergeSettings } from '../../../src/shared/settings/merge';

const ID = 'password-coach';
const modes: unknown[] = [undefined, 'coach', 'confirm', 'off', 'OFF', 3, null];
const lists: unknown[] = [undefined, [], [ID], ['share-invite'], [ID, 'Bad Id'], 'password-coach', [ID, ID], [7]];

const fullAnswer = (user: Record<string, unknown>, managed: Record<string, unknown>): boolean => {
  const { values } = mergeSettings(user, managed);
  return values.passwordMode === 'off' || values.disabledFeatures.includes(ID);
};

describe('passwordCoachingOff', () => {
  it('answers as mergeSettings does for every mix of user and policy values', () => {
    let offCount = 0;
    for (const um of modes)
      for (const mm of modes)
        for (const ul of lists)
          for (const ml of lists) {
            const user: Record<string, unknown> = {};
            const managed: Record<string, unknown> = {};
            if (um !== undefined) user.passwordMode = um;
            if (mm !== undefined) managed.passwordMode = mm;
            if (ul !== undefined) user.disabledFeatures = ul;
            if (ml !== undefined) managed.disabledFeatures = ml;
            const got = passwordCoachingOff(user, managed, ID);
            expect(got, JSON.stringify({ user, managed })).toBe(fullAnswer(user, managed));
            if (got) offCount++;
          }
    expect(offCount).toBeGreaterThan(0); // the matrix holds both answers
  });

  it('the policy wins: a user cannot switch back on what the organisation switched off', () => {
    expect(passwordCoachingOff({ passwordMode: 'coach' }, { passwordMode: 'off' }, ID)).toBe(true);
    expect(passwordCoachingOff({ passwordMode: 'off' }, { passwordMode: 'coach' }, ID)).toBe(false);
  });
});
