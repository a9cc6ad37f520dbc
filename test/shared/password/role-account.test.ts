import { describe, expect, it } from 'vitest';
import { isRoleAccount } from '../../../src/shared/password/role-account';

describe('isRoleAccount', () => {
  it.each([
    // role accounts
    ['team@acme.com', true],
    ['it@acme.com', true],
    ['info@acme.com', true],
    ['Support@Acme.COM', true],
    ['noreply@acme.com', true],
    ['no-reply@acme.com', true],
    ['do.not.reply@acme.com', true],
    ['team+notion@acme.com', true], // +tag ignored
    ['team1@acme.com', true], // digit suffix ignored
    ['team-2@acme.com', true],
    ['2team@acme.com', true],
    ['it.support@acme.com', true],
    ['sales-team@acme.com', true],
    ['help_desk@acme.com', true],
    ['notion@acme.com', true],
    ['hr@acme.com', true],
    ['"admin"@acme.com', true],
    ['ADMIN@sub.acme.co.uk', true],
    // people and near misses
    ['jane.doe@acme.com', false],
    ['italo@acme.com', false],
    ['teamwork@acme.com', false],
    ['jane+team@acme.com', false], // the tag is not the mailbox
    ['jane2@acme.com', false],
    ['salesforce.admin.jane@acme.com', false],
    ['team.acme@gmail.com', false], // a piece that is not a role word
    ['h2o@acme.com', false],
    ['desk@acme.com', false], // qualifier alone
    ['123@acme.com', false],
    ['team', false], // not an address
    ['@acme.com', false],
    ['team@', false],
    ['', false],
  ])('%s → %s', (email, want) => {
    expect(isRoleAccount(email)).toBe(want);
  });

  it('tolerates junk', () => {
    expect(isRoleAccount(undefined as unknown as string)).toBe(false);
    expect(isRoleAccount(`team@${'a'.repeat(400)}.com`)).toBe(false);
  });
});
