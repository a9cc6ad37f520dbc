// Moving an old-format log (storage.local 'log') into the new store: every valid event once, in the log's
// order, and a digest whose duties equal the old log's.
import { describe, expect, it } from 'vitest';
import { planMigration } from '../../../src/shared/log/migrate';
import { digestOf, emptyDigest } from '../../../src/shared/log/digest';
import { encodeLog } from '../../../src/shared/log/stored';
import { dutyStates } from '../../../src/shared/duties';
import type { CoachEvent } from '../../../src/shared/events';

const NOW = Date.UTC(2026, 11, 2);
const e = (id: string, ago: number, extra: Partial<CoachEvent> = {}): CoachEvent => ({ id, at: NOW - ago, kind: 'backup', decision: 'recorded', ...extra });
const states = (events: CoachEvent[]) => dutyStates({ events, now: NOW, settings: { accessReviewDays: 30, backupDays: 30, sessionsReviewDays: 90 }, marks: {} });

describe('planMigration', () => {
  it('keeps every valid event once, oldest first (ties in stored order), and the duties of the old log', () => {
    const old = [e('b', 5), e('a', 9, { kind: 'twofa-status', detail: '2fa-off' }), e('c', 5, { kind: 'secret-paste', decision: 'proceeded' }), e('b', 5)];
    const plan = planMigration(encodeLog(old), emptyDigest(), NOW);
    expect(plan.events.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(plan.digest.events).toEqual(digestOf(plan.events, NOW).events);
    expect(states(plan.digest.events)).toEqual(states(old));
  });

  it('reads broken or foreign stored values as nothing to move', () => {
    for (const raw of ['[{"id":', 42, null, { log: [] }]) expect(planMigration(raw, emptyDigest(), NOW).events).toEqual([]);
  });
});

describe('cleanFilter (a filter as it arrives in a message)', () => {
  it('keeps what filterEvents understands and drops the rest', async () => {
    const { cleanFilter } = await import('../../../src/shared/log/filter');
    expect(cleanFilter({ kinds: ['backup', 'nope', 7], since: 5, until: Infinity, domain: ' gmail.com ', decision: 'maybe', page: 'x'.repeat(301), extra: 1 })).toEqual({
      kinds: ['backup'],
      since: 5,
      domain: ' gmail.com ',
    });
    for (const raw of [null, 'x', 42, []]) expect(cleanFilter(raw)).toEqual({});
  });
});
