import { describe, expect, it } from 'vitest';
import { badgeText, nextDueAt } from '../../src/shared/reminders';
import { dueReminders, DAY_MS, REMINDER_GRACE_DAYS } from '../../src/shared/duties';
import { daysAgo, ev, inputs, NOW, SETTINGS30 } from './duties/helpers';

describe('nextDueAt (the one-shot reminder alarm)', () => {
  it('is undefined when nothing is ok yet and the grace is over: everything is already due', () => {
    expect(nextDueAt(inputs())).toBeUndefined();
    expect(dueReminders(inputs())).toEqual(['review-permissions', 'revoke-sessions', 'backups']);
  });

  it('is the earliest last-evidence + cadence among the ok cadence duties', () => {
    const i = inputs([ev('access-reviewed', 10), ev('backup', 25), ev('sessions-reviewed', 1)], {}, { ...SETTINGS30, sessionsReviewDays: 90 });
    expect(nextDueAt(i)).toBe(daysAgo(25) + 30 * DAY_MS);
    expect(dueReminders(i)).toEqual([]);
  });

  it('follows the cadence settings and marks (duty-marked events)', () => {
    const mark = { ...ev('duty-marked', 2), detail: 'review-permissions' };
    const i = inputs([mark, ev('backup', 1), ev('sessions-reviewed', 1)], {}, { accessReviewDays: 7, backupDays: 30, sessionsReviewDays: 30 });
    expect(nextDueAt(i)).toBe(daysAgo(2) + 7 * DAY_MS);
  });

  it('at the due moment the duty is due (badge) and the next alarm moves on', () => {
    const e = ev('access-reviewed', 0);
    const at = e.at + 30 * DAY_MS;
    const before = { ...inputs([e, ev('backup', 0), ev('sessions-reviewed', 0)]), now: at - 1 };
    expect(dueReminders(before)).toEqual([]);
    expect(dueReminders({ ...before, now: at })).toEqual(['review-permissions', 'revoke-sessions', 'backups']);
    expect(nextDueAt({ ...before, now: at })).toBeUndefined();
    expect(NOW).toBe(e.at);
  });
});

describe('the first weeks (grace period) and the badge', () => {
  it('a fresh install: no reminder due, and the next alarm is the end of the grace period', () => {
    const i = inputs([], {}, SETTINGS30, NOW);
    expect(dueReminders(i)).toEqual([]);
    expect(nextDueAt(i)).toBe(NOW + REMINDER_GRACE_DAYS * DAY_MS);
    expect(badgeText(dueReminders(i), undefined)).toBe('');
  });

  it('during the grace, a fresh review brings its own due date forward only if it is earlier', () => {
    const i = inputs([ev('access-reviewed', 0, 'recorded', 'marked')], {}, { ...SETTINGS30, accessReviewDays: 7 }, NOW);
    expect(nextDueAt(i)).toBe(NOW + 7 * DAY_MS);
  });

  it('the badge: the number of reminders due; "!" for a reused password outranks it; nothing when none', () => {
    expect(badgeText([], undefined)).toBe('');
    expect(badgeText(['review-permissions', 'backups'], undefined)).toBe('2');
    expect(badgeText(['review-permissions'], 'example.com')).toBe('!');
    expect(badgeText([], 'example.com')).toBe('!');
  });

  it('after the grace, never-done reviews are due and the badge counts them', () => {
    const i = inputs([], {}, SETTINGS30, NOW - REMINDER_GRACE_DAYS * DAY_MS);
    expect(badgeText(dueReminders(i), undefined)).toBe('3');
  });
});
