import { describe, expect, it } from 'vitest';
import { appendEvents, filterEvents, MAX_KEPT_EVIDENCE, type LogFilter } from '../../../src/shared/log';
import { dutyStates } from '../../../src/shared/duties';
import type { CoachEvent, Decision, EventKind } from '../../../src/shared/events';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 12);
const LIMITS = { retentionDays: 90, maxEvents: 1000 };

const e = (id: string, at: number, kind: EventKind = 'invite-risky', decision: Decision = 'shown', extra: Partial<CoachEvent> = {}): CoachEvent => ({
  id,
  at,
  kind,
  decision,
  ...extra,
});

describe('appendEvents', () => {
  it('appends and sorts oldest → newest', () => {
    const out = appendEvents([e('b', NOW - 2), e('a', NOW - 5)], [e('c', NOW - 3), e('d', NOW)], LIMITS, NOW);
    expect(out.map((x) => x.id)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('keeps arrival order for events at the same time', () => {
    expect(appendEvents([e('x', NOW)], [e('y', NOW), e('z', NOW)], LIMITS, NOW).map((x) => x.id)).toEqual(['x', 'y', 'z']);
  });

  it.each([
    ['a retried write of the same event', [e('a', NOW - 1)], [e('a', NOW - 1)], ['a']],
    ['a retried batch', [e('a', NOW - 2), e('b', NOW - 1)], [e('a', NOW - 2), e('b', NOW - 1), e('c', NOW)], ['a', 'b', 'c']],
    ['duplicates inside the incoming batch', [], [e('a', NOW), e('a', NOW)], ['a']],
    ['distinct ids at the same time', [e('a', NOW)], [e('b', NOW)], ['a', 'b']],
  ] as [string, CoachEvent[], CoachEvent[], string[]][])('de-duplicates: %s', (_d, log, incoming, ids) => {
    expect(appendEvents(log, incoming, LIMITS, NOW).map((x) => x.id)).toEqual(ids);
  });

  it('keeps the first copy when a retry differs', () => {
    const out = appendEvents([e('a', NOW - 1, 'invite-risky', 'shown')], [e('a', NOW - 1, 'invite-risky', 'proceeded')], LIMITS, NOW);
    expect(out).toHaveLength(1);
    expect(out[0].decision).toBe('shown');
  });

  it.each([
    [NOW - 90 * DAY, true],
    [NOW - 90 * DAY - 1, false],
    [NOW - 91 * DAY, false],
    [NOW - 89 * DAY, true],
    [NOW + 1000, true],
  ])('retention 90 days: event at %i kept = %s', (at, kept) => {
    // 'b' is a newer event of the same kind, so 'a' is not the latest evidence of anything.
    expect(appendEvents([], [e('a', at), e('b', NOW + 2000)], LIMITS, NOW).map((x) => x.id)).toEqual(kept ? ['a', 'b'] : ['b']);
  });

  it('keeps the latest evidence of each kind, decision and detail beyond the age limit', () => {
    const log = [
      e('backup-old', NOW - 50 * DAY, 'backup', 'recorded'),
      e('backup', NOW - 40 * DAY, 'backup', 'recorded'),
      e('mark-old', NOW - 45 * DAY, 'duty-marked', 'recorded', { detail: 'offboarding' }),
      e('mark', NOW - 35 * DAY, 'duty-marked', 'recorded', { detail: 'offboarding' }),
      e('mark-other', NOW - 60 * DAY, 'duty-marked', 'recorded', { detail: 'accurate-data' }),
      e('2fa-off', NOW - 70 * DAY, 'twofa-status', 'recorded', { detail: '2fa-off' }),
      e('2fa-on', NOW - 65 * DAY, 'twofa-status', 'recorded', { detail: '2fa-on' }),
      e('recent', NOW - DAY, 'invite-risky', 'shown'),
    ];
    const out = appendEvents(log, [], { retentionDays: 30, maxEvents: 1000 }, NOW);
    expect(out.map((x) => x.id)).toEqual(['2fa-off', '2fa-on', 'mark-other', 'backup', 'mark', 'recent']);
  });

  it('keeps the latest evidence beyond the count limit, and the newest events up to the cap', () => {
    const invites = Array.from({ length: 10 }, (_, i) => e(`i${i}`, NOW - (10 - i) * 1000));
    const out = appendEvents([e('review', NOW - DAY, 'access-reviewed', 'recorded'), ...invites], [], { retentionDays: 90, maxEvents: 3 }, NOW);
    expect(out.map((x) => x.id)).toEqual(['review', 'i7', 'i8', 'i9']);
  });

  it(`keeps at most ${MAX_KEPT_EVIDENCE} events as evidence beyond the limits, the newest`, () => {
    const distinct = Array.from({ length: MAX_KEPT_EVIDENCE + 50 }, (_, i) =>
      e(`d${i}`, NOW - 400 * DAY + i, 'password-verdict', 'recorded', { detail: `detail-${i}` }),
    );
    const out = appendEvents(distinct, [], { retentionDays: 30, maxEvents: 1000 }, NOW);
    expect(out).toHaveLength(MAX_KEPT_EVIDENCE);
    expect(out[0]!.id).toBe('d50');
  });

  it('events within the limits do not use up the room kept for evidence', () => {
    const recent = Array.from({ length: MAX_KEPT_EVIDENCE + 50 }, (_, i) => e(`s${i}`, NOW - i * 1000, 'secret-paste', 'shown', { detail: `kind-${i}` }));
    const out = appendEvents([e('backup', NOW - 40 * DAY, 'backup', 'recorded'), ...recent], [], { retentionDays: 30, maxEvents: 1000 }, NOW);
    expect(out.map((x) => x.id)).toContain('backup');
    expect(out).toHaveLength(MAX_KEPT_EVIDENCE + 51);
  });

  it('what is kept past the limits keeps only what the duties read: no page, people or reasons', () => {
    const old = e('old', NOW - 40 * DAY, 'invite-risky', 'proceeded', { domains: ['gmail.com'], reasons: ['personal'], pageTitle: 'Salaries', pageId: 'p1', host: 'app.notion.com' });
    const fresh = e('fresh', NOW - DAY, 'invite-risky', 'shown', { domains: ['vendor.io'], pageTitle: 'Plan' });
    const out = appendEvents([old, fresh], [], { retentionDays: 30, maxEvents: 1000 }, NOW);
    expect(out).toEqual([{ id: 'old', at: old.at, kind: 'invite-risky', decision: 'proceeded', host: 'app.notion.com' }, fresh]);
  });

  it("the limits never change a duty's status or the date of its evidence", () => {
    const log = [
      e('b', NOW - 40 * DAY, 'backup', 'recorded'),
      e('s', NOW - 80 * DAY, 'sessions-reviewed', 'recorded'),
      e('a', NOW - 33 * DAY, 'access-reviewed', 'recorded'),
      e('p', NOW - 50 * DAY, 'password-verdict', 'recorded', { detail: 'weak' }),
      e('p2', NOW - 20 * DAY, 'password-verdict', 'went-back', { detail: 'strong' }),
      e('t', NOW - 45 * DAY, 'twofa-status', 'recorded', { detail: '2fa-on' }),
      e('m', NOW - 70 * DAY, 'duty-marked', 'recorded', { detail: 'accurate-data' }),
      ...Array.from({ length: 30 }, (_, i) => e(`x${i}`, NOW - i * 60_000, 'invite-risky', 'shown')),
    ];
    const pruned = appendEvents(log, [], { retentionDays: 30, maxEvents: 10 }, NOW);
    expect(pruned.length).toBeLessThan(log.length);
    const view = (events: CoachEvent[]) =>
      dutyStates({ events, now: NOW, settings: { accessReviewDays: 30, backupDays: 30, sessionsReviewDays: 90 }, marks: {} }).map(
        (s) => `${s.id}:${s.status}:${s.evidence.code}:${s.evidence.date ?? ''}`,
      );
    expect(view(pruned)).toEqual(view(log));
  });

  it('drops expired entries already in the log', () => {
    const out = appendEvents([e('old', NOW - 200 * DAY), e('new', NOW - DAY)], [], { retentionDays: 30, maxEvents: 10 }, NOW);
    expect(out.map((x) => x.id)).toEqual(['new']);
  });

  it('caps at maxEvents, keeping the newest', () => {
    const log = Array.from({ length: 10 }, (_, i) => e(`e${i}`, NOW - (10 - i) * 1000));
    const out = appendEvents(log, [e('latest', NOW)], { retentionDays: 90, maxEvents: 3 }, NOW);
    expect(out.map((x) => x.id)).toEqual(['e8', 'e9', 'latest']);
  });

  it('cap applies after de-duplication (a retry does not evict a real event)', () => {
    const out = appendEvents([e('a', NOW - 2), e('b', NOW - 1)], [e('b', NOW - 1)], { retentionDays: 90, maxEvents: 2 }, NOW);
    expect(out.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('drops entries that are not CoachEvents', () => {
    const junk = [null, { id: 'x' }, e('bad-kind', NOW, 'nope' as EventKind), { ...e('nan', NOW), at: Number.NaN }, 'str'] as unknown as CoachEvent[];
    expect(appendEvents(junk, [e('ok', NOW)], LIMITS, NOW).map((x) => x.id)).toEqual(['ok']);
  });

  it('does not mutate its inputs', () => {
    const log = [e('b', NOW - 1), e('a', NOW - 2)];
    const incoming = [e('c', NOW)];
    const copy = JSON.stringify([log, incoming]);
    const out = appendEvents(log, incoming, LIMITS, NOW);
    expect(JSON.stringify([log, incoming])).toBe(copy);
    expect(out).not.toBe(log);
  });
});

describe('filterEvents', () => {
  const log: CoachEvent[] = [
    e('1', NOW - 3 * DAY, 'invite-risky', 'proceeded', { domains: ['gmail.com', 'acme.io'], reasons: ['personal', 'unknown'] }),
    e('2', NOW - 2 * DAY, 'public-exposure', 'went-back', { pageTitle: 'Q3 Roadmap', host: 'app.notion.com' }),
    e('3', NOW - DAY, 'invite-risky', 'dismissed', { domains: ['Example.org'], pageId: 'abc123', host: 'www.notion.so' }),
    e('4', NOW, 'twofa-status', 'recorded', { detail: '2fa-off' }),
  ];
  it.each<[string, LogFilter, string[]]>([
    ['no criteria', {}, ['1', '2', '3', '4']],
    ['one kind', { kinds: ['invite-risky'] }, ['1', '3']],
    ['two kinds', { kinds: ['invite-risky', 'twofa-status'] }, ['1', '3', '4']],
    ['empty kinds = any', { kinds: [] }, ['1', '2', '3', '4']],
    ['kind with no events', { kinds: ['backup'] }, []],
    ['since (inclusive)', { since: NOW - 2 * DAY }, ['2', '3', '4']],
    ['until (inclusive)', { until: NOW - 2 * DAY }, ['1', '2']],
    ['since > until', { since: NOW, until: NOW - DAY }, []],
    ['domain', { domain: 'gmail.com' }, ['1']],
    ['domain as typed', { domain: ' @GMail.COM. ' }, ['1']],
    ['domain with many trailing dots', { domain: `gmail.com${'.'.repeat(200_000)}` }, ['1']],
    ['a megabyte of dots, then a letter (read once, not once per dot)', { domain: `${'.'.repeat(1 << 20)}x` }, []],
    ['domain stored in upper case', { domain: 'example.org' }, ['3']],
    ['domain no match', { domain: 'mail.com' }, []],
    ['domain not a suffix match', { domain: 'acme.io.evil.com' }, []],
    ['empty domain = any', { domain: '' }, ['1', '2', '3', '4']],
    ['decision', { decision: 'proceeded' }, ['1']],
    ['decision no match', { decision: 'trusted' }, []],
    ['combined', { kinds: ['invite-risky'], since: NOW - 2 * DAY, decision: 'dismissed' }, ['3']],
    ['page title, any case', { page: 'roadmap' }, ['2']],
    ['page id', { page: ' ABC1 ' }, ['3']],
    ['page host', { page: 'notion.so' }, ['3']],
    ['page no match', { page: 'hiring' }, []],
    ['empty page = any', { page: '  ' }, ['1', '2', '3', '4']],
    ['combined, one fails', { kinds: ['invite-risky'], domain: 'gmail.com', decision: 'dismissed' }, []],
  ])('%s', (_d, f, ids) => {
    expect(filterEvents(log, f).map((x) => x.id)).toEqual(ids);
  });
});
