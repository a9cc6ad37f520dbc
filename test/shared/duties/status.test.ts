import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DUTIES,
  DUTY_GROUPS,
  DUTY_IDS,
  EVIDENCE_CODES,
  NEXT_STEP_CODES,
  NOTION_DUTIES,
  DAY_MS,
  dueReminders,
  dutyStates,
  isDutyId,
  reminderStart,
  REMINDER_GRACE_DAYS,
  type DutyEvidence,
  type DutyId,
  type DutyStatus,
} from '../../../src/shared/duties';
import { EVENT_KINDS, type CoachEvent, type Decision } from '../../../src/shared/events';
import { DEFAULTS } from '../../../src/shared/settings/schema';
import { NOW, daysAgo, ev, inputs, LONG_AGO, SETTINGS30 } from './helpers';

const stateOf = (id: DutyId, events: CoachEvent[] = [], marks: Partial<Record<DutyId, number>> = {}) => {
  const s = dutyStates(inputs(events, marks)).find((d) => d.id === id);
  if (!s) throw new Error(`no state for ${id}`);
  return s;
};

interface Case {
  desc: string;
  events?: CoachEvent[];
  marks?: Partial<Record<DutyId, number>>;
  status: DutyStatus;
  evidence: Partial<DutyEvidence>;
}

function table(id: DutyId, cases: Case[]): void {
  describe(id, () => {
    it.each(cases)('$desc → $status', ({ events, marks, status, evidence }) => {
      const s = stateOf(id, events, marks);
      expect(s.status).toBe(status);
      expect(s.evidence).toMatchObject(evidence);
    });
  });
}

describe('catalogue', () => {
  it('lists the 13 user duties in SRM group order, each id once', () => {
    expect(DUTY_IDS).toHaveLength(13);
    expect(new Set(DUTY_IDS).size).toBe(13);
    const groupOrder = DUTIES.map((d) => DUTY_GROUPS.indexOf(d.group));
    expect(groupOrder).toEqual([...groupOrder].sort((a, b) => a - b));
    expect(DUTIES.filter((d) => d.group === 'access').map((d) => d.id)).toEqual([
      'trusted-collaborators',
      'review-permissions',
      'strong-passwords',
    ]);
    expect(DUTIES.filter((d) => d.group === 'data').map((d) => d.id)).toEqual(['backups', 'retention', 'accurate-data']);
  });

  it('lists what Notion looks after', () => {
    expect(NOTION_DUTIES).toEqual(['servers-software-hardware', 'core-system-access', 'data-security', 'network-security']);
  });

  it('has cadences exactly on the three review duties', () => {
    expect(DUTIES.filter((d) => d.cadence).map((d) => [d.id, d.cadence])).toEqual([
      ['review-permissions', 'accessReviewDays'],
      ['revoke-sessions', 'sessionsReviewDays'],
      ['backups', 'backupDays'],
    ]);
  });

  it.each([
    ['two-step', true],
    ['2fa', false],
    ['', false],
    [42, false],
  ])('isDutyId(%j) = %s', (v, expected) => expect(isDutyId(v)).toBe(expected));
});

describe('no evidence at all', () => {
  const states = dutyStates(inputs());
  it('returns every duty in catalogue order with its group and weight', () => {
    expect(states.map((s) => [s.id, s.group, s.weight])).toEqual(DUTIES.map((d) => [d.id, d.group, d.weight]));
  });
  it('is unknown everywhere (never pretend to know)', () => {
    for (const s of states) {
      expect(s.status).toBe('unknown');
      expect(s.evidence).toEqual({ code: 'no-evidence' });
      expect(s.next.code).not.toBe('none');
    }
  });
  it('ignores unrelated events', () => {
    const noise = [ev('page-public-seen', 1), ev('invite-risky', 1, 'went-back')];
    const after = dutyStates(inputs(noise)).filter((s) => s.id !== 'trusted-collaborators');
    expect(after.every((s) => s.status === 'unknown')).toBe(true);
  });
});

table('trusted-collaborators', [
  { desc: 'nothing', status: 'unknown', evidence: { code: 'no-evidence' } },
  { desc: 'risky invite sent anyway 2 days ago', events: [ev('invite-risky', 2, 'proceeded')], status: 'attention', evidence: { code: 'risky-invites-week', count: 1, date: daysAgo(2) } },
  {
    desc: 'two this week, one older',
    events: [ev('invite-risky', 1, 'proceeded'), ev('invite-risky', 3, 'proceeded'), ev('invite-risky', 8, 'proceeded')],
    status: 'attention',
    evidence: { code: 'risky-invites-week', count: 2, date: daysAgo(1) },
  },
  { desc: 'sent anyway exactly 7 days ago', events: [ev('invite-risky', 7, 'proceeded')], status: 'attention', evidence: { count: 1 } },
  { desc: 'sent anyway 8 days ago', events: [ev('invite-risky', 8, 'proceeded')], status: 'ok', evidence: { code: 'no-risky-invites-week', date: daysAgo(8) } },
  { desc: 'went back', events: [ev('invite-risky', 1, 'went-back')], status: 'ok', evidence: { code: 'no-risky-invites-week' } },
  { desc: 'dismissed (not sent anyway)', events: [ev('invite-risky', 1, 'dismissed')], status: 'ok', evidence: { code: 'no-risky-invites-week' } },
  { desc: 'trusted the domain', events: [ev('invite-risky', 1, 'trusted')], status: 'ok', evidence: { code: 'no-risky-invites-week' } },
  { desc: 'public-exposure coaching only', events: [ev('public-exposure', 3, 'went-back')], status: 'ok', evidence: { code: 'no-risky-invites-week' } },
  { desc: 'mark after the risky invite', events: [ev('invite-risky', 2, 'proceeded')], marks: { 'trusted-collaborators': daysAgo(1) }, status: 'ok', evidence: { code: 'marked', days: 1 } },
  { desc: 'risky invite after the mark', events: [ev('invite-risky', 1, 'proceeded')], marks: { 'trusted-collaborators': daysAgo(2) }, status: 'attention', evidence: { count: 1 } },
  { desc: 'mark only', marks: { 'trusted-collaborators': daysAgo(10) }, status: 'ok', evidence: { code: 'marked', days: 10 } },
  { desc: 'mark 100 days old', marks: { 'trusted-collaborators': daysAgo(100) }, status: 'unknown', evidence: { code: 'mark-expired', days: 100 } },
]);

table('strong-passwords', [
  { desc: 'nothing', status: 'unknown', evidence: { code: 'no-evidence' } },
  { desc: 'weak verdict', events: [ev('password-verdict', 1, 'shown', 'weak')], status: 'attention', evidence: { code: 'password-weak', date: daysAgo(1) } },
  { desc: 'fair verdict', events: [ev('password-verdict', 1, 'proceeded', 'fair')], status: 'attention', evidence: { code: 'password-fair' } },
  { desc: 'strong verdict', events: [ev('password-verdict', 1, 'recorded', 'strong')], status: 'ok', evidence: { code: 'password-strong' } },
  { desc: 'strong then weak', events: [ev('password-verdict', 5, 'recorded', 'strong'), ev('password-verdict', 1, 'shown', 'weak')], status: 'attention', evidence: { code: 'password-weak' } },
  { desc: 'weak then strong', events: [ev('password-verdict', 1, 'recorded', 'strong'), ev('password-verdict', 5, 'shown', 'weak')], status: 'ok', evidence: { code: 'password-strong', date: daysAgo(1) } },
  { desc: 'breached after strong', events: [ev('password-verdict', 5, 'recorded', 'strong'), ev('password-breached', 1, 'shown')], status: 'attention', evidence: { code: 'password-breached' } },
  { desc: 'reused after strong', events: [ev('password-verdict', 5, 'recorded', 'strong'), ev('password-reused', 1, 'shown')], status: 'attention', evidence: { code: 'password-reused' } },
  { desc: 'strong after breached (changed)', events: [ev('password-breached', 5, 'shown'), ev('password-verdict', 1, 'recorded', 'strong')], status: 'ok', evidence: { code: 'password-strong' } },
  { desc: 'breached alone', events: [ev('password-breached', 3, 'shown')], status: 'attention', evidence: { code: 'password-breached' } },
  { desc: 'strong and breached at the same time', events: [ev('password-verdict', 1, 'recorded', 'strong'), ev('password-breached', 1, 'shown')], status: 'attention', evidence: { code: 'password-breached' } },
  { desc: 'weak but went back (not used)', events: [ev('password-verdict', 1, 'went-back', 'weak')], status: 'unknown', evidence: { code: 'no-evidence' } },
  { desc: 'unrecognised bucket', events: [ev('password-verdict', 1, 'recorded', 'meh')], status: 'unknown', evidence: { code: 'no-evidence' } },
  { desc: 'verdict without detail', events: [ev('password-verdict', 1, 'recorded')], status: 'unknown', evidence: { code: 'no-evidence' } },
  { desc: 'no password on the account', events: [ev('password-status', 2, 'recorded', 'no-password')], status: 'ok', evidence: { code: 'no-password' } },
  { desc: 'other password-status detail', events: [ev('password-status', 2, 'recorded', 'has-password')], status: 'unknown', evidence: { code: 'no-evidence' } },
  { desc: 'weak, then marked changed', events: [ev('password-verdict', 3, 'shown', 'weak')], marks: { 'strong-passwords': daysAgo(1) }, status: 'ok', evidence: { code: 'marked' } },
  { desc: 'weak after the mark', events: [ev('password-verdict', 1, 'shown', 'weak')], marks: { 'strong-passwords': daysAgo(3) }, status: 'attention', evidence: { code: 'password-weak' } },
]);

table('two-step', [
  { desc: 'nothing', status: 'unknown', evidence: { code: 'no-evidence' } },
  { desc: '2fa on', events: [ev('twofa-status', 1, 'recorded', '2fa-on')], status: 'ok', evidence: { code: 'twofa-on', date: daysAgo(1) } },
  { desc: '2fa off', events: [ev('twofa-status', 1, 'recorded', '2fa-off')], status: 'attention', evidence: { code: 'twofa-off' } },
  { desc: 'off then on', events: [ev('twofa-status', 5, 'recorded', '2fa-off'), ev('twofa-status', 1, 'recorded', '2fa-on')], status: 'ok', evidence: { code: 'twofa-on' } },
  { desc: 'on then off', events: [ev('twofa-status', 5, 'recorded', '2fa-on'), ev('twofa-status', 1, 'recorded', '2fa-off')], status: 'attention', evidence: { code: 'twofa-off' } },
  { desc: 'unrecognised detail', events: [ev('twofa-status', 1, 'recorded', 'maybe')], status: 'unknown', evidence: { code: 'no-evidence' } },
  { desc: 'off, then marked', events: [ev('twofa-status', 5, 'recorded', '2fa-off')], marks: { 'two-step': daysAgo(1) }, status: 'ok', evidence: { code: 'marked' } },
  { desc: 'off after the mark', events: [ev('twofa-status', 1, 'recorded', '2fa-off')], marks: { 'two-step': daysAgo(5) }, status: 'attention', evidence: { code: 'twofa-off' } },
]);

table('no-shared-logins', [
  { desc: 'nothing', status: 'unknown', evidence: { code: 'no-evidence' } },
  { desc: 'role address used', events: [ev('shared-account', 2, 'dismissed'), ev('shared-account', 1, 'proceeded')], status: 'attention', evidence: { code: 'shared-account-seen', count: 2, date: daysAgo(1) } },
  { desc: 'went back from a role address', events: [ev('shared-account', 1, 'went-back')], status: 'unknown', evidence: { code: 'no-evidence' } },
  { desc: 'marked after', events: [ev('shared-account', 3, 'shown')], marks: { 'no-shared-logins': daysAgo(1) }, status: 'ok', evidence: { code: 'marked' } },
  { desc: 'one before the mark, one after', events: [ev('shared-account', 5, 'shown'), ev('shared-account', 1, 'shown')], marks: { 'no-shared-logins': daysAgo(3) }, status: 'attention', evidence: { count: 1 } },
  { desc: 'mark only', marks: { 'no-shared-logins': daysAgo(0) }, status: 'ok', evidence: { code: 'marked', days: 0 } },
]);

table('retention', [
  { desc: 'nothing', status: 'unknown', evidence: { code: 'no-evidence' } },
  { desc: 'secret pasted anyway', events: [ev('secret-paste', 1, 'proceeded', 'aws-key')], status: 'attention', evidence: { code: 'secret-pasted', count: 1 } },
  { desc: 'secret paste, went back', events: [ev('secret-paste', 1, 'went-back', 'aws-key')], status: 'unknown', evidence: { code: 'no-evidence' } },
  { desc: 'secret paste shown only', events: [ev('secret-paste', 1, 'shown')], status: 'unknown', evidence: { code: 'no-evidence' } },
  { desc: 'cleaned up and marked', events: [ev('secret-paste', 4, 'proceeded')], marks: { retention: daysAgo(1) }, status: 'ok', evidence: { code: 'marked' } },
  { desc: 'mark only', marks: { retention: daysAgo(30) }, status: 'ok', evidence: { code: 'marked', days: 30 } },
]);

table('report-issues', [
  { desc: 'nothing', status: 'unknown', evidence: { code: 'no-evidence' } },
  { desc: 'password prompt on a published page', events: [ev('published-password-prompt', 1, 'went-back')], status: 'attention', evidence: { code: 'phishing-page-seen', count: 1 } },
  { desc: 'reported and marked', events: [ev('published-password-prompt', 2, 'shown')], marks: { 'report-issues': daysAgo(1) }, status: 'ok', evidence: { code: 'marked' } },
]);

describe.each(['watch-activity', 'offboarding', 'responsible-use', 'accurate-data'] as const)('%s (mark only)', (id) => {
  const other: DutyId = id === 'offboarding' ? 'watch-activity' : 'offboarding';
  const cases: Case[] = [
    { desc: 'nothing', status: 'unknown', evidence: { code: 'no-evidence' } },
    { desc: 'marked today', marks: { [id]: NOW }, status: 'ok', evidence: { code: 'marked', days: 0, date: NOW } },
    { desc: 'marked 89 days ago', marks: { [id]: daysAgo(89) }, status: 'ok', evidence: { code: 'marked', days: 89 } },
    { desc: 'marked 90 days ago', marks: { [id]: daysAgo(90) }, status: 'unknown', evidence: { code: 'mark-expired', days: 90 } },
    { desc: 'duty-marked event', events: [ev('duty-marked', 2, 'recorded', id)], status: 'ok', evidence: { code: 'marked', days: 2 } },
    { desc: 'newest of mark and event wins', events: [ev('duty-marked', 2, 'recorded', id)], marks: { [id]: daysAgo(120) }, status: 'ok', evidence: { days: 2 } },
    { desc: 'another duty marked', events: [ev('duty-marked', 2, 'recorded', other)], marks: { [other]: NOW }, status: 'unknown', evidence: { code: 'no-evidence' } },
    { desc: 'unrelated evidence', events: [ev('sessions-reviewed', 1), ev('access-reviewed', 1), ev('backup', 1)], status: 'unknown', evidence: { code: 'no-evidence' } },
    { desc: 'non-numeric mark ignored', marks: { [id]: Number.NaN }, status: 'unknown', evidence: { code: 'no-evidence' } },
  ];
  it.each(cases)('$desc → $status', ({ events, marks, status, evidence }) => {
    const s = stateOf(id, events, marks);
    expect(s.status).toBe(status);
    expect(s.evidence).toMatchObject(evidence);
  });
});

const CADENCE = [
  ['review-permissions', 'access-reviewed', 'access-reviewed'],
  ['revoke-sessions', 'sessions-reviewed', 'sessions-reviewed'],
  ['backups', 'backup', 'backup-done'],
] as const;

describe.each(CADENCE)('%s (cadence, 30 days)', (id, kind, code) => {
  it.each([
    [0, 'ok'],
    [29, 'ok'],
    [30, 'attention'],
    [31, 'attention'],
    [45, 'attention'],
  ] as const)('evidence %i days old → %s', (age, status) => {
    for (const via of ['event', 'mark'] as const) {
      const s = via === 'event' ? stateOf(id, [ev(kind, age)]) : stateOf(id, [], { [id]: daysAgo(age) });
      expect(s.status, via).toBe(status);
      expect(s.evidence, via).toEqual({ code, days: age, date: daysAgo(age) });
      const due = dueReminders(inputs(via === 'event' ? [ev(kind, age)] : [], via === 'mark' ? { [id]: daysAgo(age) } : {}));
      expect(due.includes(id), via).toBe(status === 'attention');
    }
  });

  it('is ok 1 ms before the cadence ends', () => {
    const e = { ...ev(kind, 0), at: daysAgo(30) + 1 };
    expect(stateOf(id, [e]).status).toBe('ok');
  });

  it('never done → unknown, but due', () => {
    expect(stateOf(id).status).toBe('unknown');
    expect(dueReminders(inputs())).toContain(id);
  });

  it('a newer mark beats an older event and vice versa', () => {
    expect(stateOf(id, [ev(kind, 40)], { [id]: daysAgo(2) }).evidence).toMatchObject({ days: 2 });
    expect(stateOf(id, [ev(kind, 2)], { [id]: daysAgo(40) }).evidence).toMatchObject({ days: 2 });
  });

  it('other cadence evidence does not count', () => {
    const others = CADENCE.filter(([other]) => other !== id).map(([, k]) => ev(k, 1));
    expect(stateOf(id, others).status).toBe('unknown');
  });

  it('attention suggests the review; ok needs nothing', () => {
    expect(stateOf(id, [ev(kind, 40)]).next.action).toBe('open-notion');
    expect(stateOf(id, [ev(kind, 1)]).next).toEqual({ code: 'none' });
  });
});

describe('cadence settings', () => {
  it('uses each duty its own cadence', () => {
    const s = { accessReviewDays: 10, backupDays: 60, sessionsReviewDays: 90 };
    const events = [ev('access-reviewed', 20), ev('backup', 20), ev('sessions-reviewed', 20)];
    expect(dueReminders(inputs(events, {}, s))).toEqual(['review-permissions']);
  });
  it('falls back to the defaults on a nonsense cadence', () => {
    const s = { accessReviewDays: Number.NaN, backupDays: 0, sessionsReviewDays: -5 };
    const events = [ev('access-reviewed', DEFAULTS.accessReviewDays - 1), ev('backup', DEFAULTS.backupDays), ev('sessions-reviewed', 1)];
    expect(dueReminders(inputs(events, {}, s))).toEqual(['backups']);
  });
});

describe('dueReminders', () => {
  it('is every cadence duty when nothing was ever done', () => {
    expect(dueReminders(inputs())).toEqual(['review-permissions', 'revoke-sessions', 'backups']);
  });
  it('is empty when all are fresh', () => {
    expect(dueReminders(inputs([ev('access-reviewed', 1), ev('backup', 1), ev('sessions-reviewed', 1)]))).toEqual([]);
  });
  it('never lists non-cadence duties, however bad', () => {
    const bad = [ev('twofa-status', 1, 'recorded', '2fa-off'), ev('invite-risky', 1, 'proceeded'), ev('access-reviewed', 1), ev('backup', 1), ev('sessions-reviewed', 1)];
    expect(dueReminders(inputs(bad))).toEqual([]);
  });
});

describe('next steps', () => {
  it('ok → none; attention/unknown → a code with an action', () => {
    const s = dutyStates(inputs([ev('twofa-status', 1, 'recorded', '2fa-on'), ev('password-verdict', 1, 'shown', 'weak')]));
    const by = Object.fromEntries(s.map((x) => [x.id, x]));
    expect(by['two-step'].next).toEqual({ code: 'none' });
    expect(by['strong-passwords'].next).toEqual({ code: 'change-password', action: 'open-notion' });
    expect(by['offboarding'].next).toEqual({ code: 'offboard-leavers', action: 'open-checklist' });
  });
  it('returns fresh objects (UI may mutate)', () => {
    const a = dutyStates(inputs());
    a[0].next.code = 'x';
    expect(dutyStates(inputs())[0].next.code).not.toBe('x');
  });
});

describe('properties over random logs', () => {
  const decisions: Decision[] = ['shown', 'dismissed', 'trusted', 'proceeded', 'went-back', 'recorded'];
  const details = ['weak', 'fair', 'strong', '2fa-on', '2fa-off', 'no-password', ...DUTY_IDS, 'x'];
  const event = fc.record({
    id: fc.string({ minLength: 1, maxLength: 8 }),
    at: fc.integer({ min: NOW - 400 * 86_400_000, max: NOW + 86_400_000 }),
    kind: fc.constantFrom(...EVENT_KINDS),
    decision: fc.constantFrom(...decisions),
    detail: fc.option(fc.constantFrom(...details), { nil: undefined }),
  });

  it('only returns known codes and is consistent with dueReminders', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.dictionary(fc.constantFrom(...DUTY_IDS), fc.integer({ min: NOW - 200 * 86_400_000, max: NOW })), (events, marks) => {
        const inp = { events: events as CoachEvent[], now: NOW, settings: SETTINGS30, marks, installedAt: LONG_AGO };
        const states = dutyStates(inp);
        for (const s of states) {
          expect(EVIDENCE_CODES as readonly string[]).toContain(s.evidence.code);
          expect(NEXT_STEP_CODES as readonly string[]).toContain(s.next.code);
          expect(s.status === 'ok').toBe(s.next.code === 'none');
          if (s.status === 'unknown') expect(['no-evidence', 'mark-expired', 'access-looked-at', 'sessions-looked-at']).toContain(s.evidence.code);
          // What the status rests on: nothing when unknown; the user's word only through a mark.
          expect(s.source === 'none').toBe(s.status === 'unknown');
        }
        const due = states.filter((s) => DUTIES.find((d) => d.id === s.id)?.cadence && s.status !== 'ok').map((s) => s.id);
        expect(dueReminders(inp)).toEqual(due);
        expect(states.filter((s) => s.due).map((s) => s.id)).toEqual(due);
      }),
      { numRuns: 300 },
    );
  }, 30_000); // 300 random logs; the shared 2-core machine can be slow

  it('does not depend on event order', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        const uniqueAt = events.map((e, i) => ({ ...e, at: e.at + i / 1000 })) as CoachEvent[];
        const a = dutyStates(inputs(uniqueAt));
        const b = dutyStates(inputs([...uniqueAt].reverse()));
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });
});

describe('looked at is not reviewed (opening People or the devices list)', () => {
  const LOOKS = [
    ['review-permissions', 'access-reviewed', 'people-list', 'access-looked-at'],
    ['revoke-sessions', 'sessions-reviewed', 'devices-list', 'sessions-looked-at'],
  ] as const;

  describe.each(LOOKS)('%s', (id, kind, look, lookedCode) => {
    it('a look alone leaves the duty unknown, says what was seen, and is no review', () => {
      const s = stateOf(id, [ev(kind, 2, 'recorded', look)]);
      expect(s.status).toBe('unknown');
      expect(s.evidence).toEqual({ code: lookedCode, date: daysAgo(2), days: 2 });
      expect(s.source).toBe('none');
      expect(s.next.code).not.toBe('none');
    });

    it('"Mark as reviewed" (a mark) after the look turns it OK, as the user said', () => {
      const s = stateOf(id, [ev(kind, 2, 'recorded', look)], { [id]: daysAgo(1) });
      expect(s.status).toBe('ok');
      expect(s.source).toBe('said');
      expect(s.evidence).toEqual({ code: kind === 'access-reviewed' ? 'access-reviewed' : 'sessions-reviewed', date: daysAgo(1), days: 1 });
    });

    it('a duty-marked event counts the same as a mark', () => {
      expect(stateOf(id, [ev(kind, 2, 'recorded', look), ev('duty-marked', 1, 'recorded', id)]).status).toBe('ok');
    });

    it('a look after an old review does not renew it; it is reported as looked at', () => {
      const s = stateOf(id, [ev(kind, 45, 'recorded', 'marked'), ev(kind, 1, 'recorded', look)]);
      expect(s.status).toBe('attention');
      expect(s.evidence).toMatchObject({ days: 45, looked: daysAgo(1) });
      expect(dueReminders(inputs([ev(kind, 45, 'recorded', 'marked'), ev(kind, 1, 'recorded', look)]))).toContain(id);
    });

    it('a look older than the review is not mentioned', () => {
      expect(stateOf(id, [ev(kind, 5, 'recorded', look), ev(kind, 2, 'recorded', 'marked')]).evidence).toEqual({ code: expect.any(String), date: daysAgo(2), days: 2 });
    });
  });

  it("the People card's \"Mark access as reviewed\" (detail 'marked', recorded in Notion) is a review seen in Notion", () => {
    const s = stateOf('review-permissions', [ev('access-reviewed', 1, 'recorded', 'people-list'), ev('access-reviewed', 1, 'recorded', 'marked')]);
    expect(s.status).toBe('ok');
    expect(s.source).toBe('seen');
    expect(s.evidence).toEqual({ code: 'access-reviewed', date: daysAgo(1), days: 1 });
  });

  it('an export is seen in Notion; a 2-step mark is what the user said', () => {
    expect(stateOf('backups', [ev('backup', 1, 'recorded', 'workspace')]).source).toBe('seen');
    expect(stateOf('two-step', [], { 'two-step': daysAgo(1) }).source).toBe('said');
    expect(stateOf('two-step', [ev('twofa-status', 1, 'recorded', '2fa-off')]).source).toBe('seen');
  });
});

describe('first weeks: nothing is due before SRM Coach had a chance to see it (grace period)', () => {
  const none = { accessReviewDays: 30, backupDays: 30, sessionsReviewDays: 30 };
  it('a fresh install (installed today, empty log): nothing due, every review not checked', () => {
    const i = inputs([], {}, none, NOW);
    expect(dueReminders(i)).toEqual([]);
    expect(dutyStates(i).filter((s) => s.due)).toEqual([]);
    expect(reminderStart(i)).toBe(NOW + REMINDER_GRACE_DAYS * DAY_MS);
  });

  it('after a first session in Notion (events today): still nothing due', () => {
    const i = inputs([ev('twofa-status', 0, 'recorded', '2fa-on'), ev('invite-risky', 0, 'proceeded'), ev('access-reviewed', 0, 'recorded', 'people-list')], {}, none, NOW);
    expect(dueReminders(i)).toEqual([]);
  });

  it('13 days 23 h after install: not yet; 14 days: the never-done reviews are due', () => {
    const installed = NOW - REMINDER_GRACE_DAYS * DAY_MS;
    expect(dueReminders(inputs([], {}, none, installed + 3_600_000))).toEqual([]);
    expect(dueReminders(inputs([], {}, none, installed))).toEqual(['review-permissions', 'revoke-sessions', 'backups']);
  });

  it('a review done once and now a full cadence old is due at once, grace or not', () => {
    // A 7-day cadence, reviewed 8 days ago, installed 9 days ago: the grace runs 5 more days.
    const i = inputs([ev('access-reviewed', 8, 'recorded', 'marked')], {}, { ...none, accessReviewDays: 7 }, daysAgo(9));
    expect(reminderStart(i)).toBeGreaterThan(NOW);
    expect(dueReminders(i)).toEqual(['review-permissions']);
  });

  it('the oldest event in the log starts the grace if it is older than the install record', () => {
    const i = inputs([ev('twofa-status', 20, 'recorded', '2fa-on')], {}, none, NOW);
    expect(reminderStart(i)).toBe(daysAgo(20) + REMINDER_GRACE_DAYS * DAY_MS);
    expect(dueReminders(i)).toEqual(['review-permissions', 'revoke-sessions', 'backups']);
  });

  it('no install record and an empty log (storage cleared): the grace has not started, nothing due', () => {
    const i = inputs([], {}, none, null);
    expect(reminderStart(i)).toBeUndefined();
    expect(dueReminders(i)).toEqual([]);
  });
});
