// The digest the popup and badge read instead of the whole log: duties computed from it equal duties
// computed from the whole log, for random logs and any later `now`; it stays small; it carries no page
// or people.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deltaAdd, digestAdd, digestOf, digestOfParts, emptyDigest, encodeDelta, encodeDigest, MAX_COUNTED, readDelta, readDigest, type DigestDelta } from '../../../src/shared/log/digest';
import { appendEvents } from '../../../src/shared/log/append';
import { dueReminders, dutyStates, DUTY_IDS } from '../../../src/shared/duties';
import { nextDueAt, recentReuse } from '../../../src/shared/reminders';
import { EVENT_KINDS, type CoachEvent, type Decision } from '../../../src/shared/events';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 2, 12);
const DECISIONS: Decision[] = ['shown', 'dismissed', 'trusted', 'proceeded', 'went-back', 'recorded'];
const DETAILS = ['weak', 'fair', 'strong', '2fa-on', '2fa-off', 'no-password', 'has-password', 'other-site', 'people-list', undefined, ...DUTY_IDS];

const settings = { accessReviewDays: 30, backupDays: 30, sessionsReviewDays: 90 };
const view = (events: CoachEvent[], now: number) => {
  const inputs = { events, now, settings, marks: {} };
  return { states: dutyStates(inputs), due: dueReminders(inputs), next: nextDueAt(inputs), reuse: recentReuse(events, now) };
};

const arbEvent = fc.record({
  age: fc.integer({ min: -2 * 60_000, max: 200 * DAY }),
  kind: fc.constantFrom(...EVENT_KINDS),
  decision: fc.constantFrom(...DECISIONS),
  detail: fc.constantFrom(...DETAILS),
  domain: fc.constantFrom('gmail.com', 'evil.example', undefined),
  title: fc.constantFrom('Roadmap', 'Payroll', undefined),
});

/** A log as the background keeps it: oldest → newest, unique ids; many events share a millisecond. */
function toLog(raw: { age: number; kind: CoachEvent['kind']; decision: Decision; detail?: string; domain?: string; title?: string }[], now: number): CoachEvent[] {
  return raw
    .map((r, i) => {
      const e: CoachEvent = { id: `e${i}`, at: now - r.age, kind: r.kind, decision: r.decision };
      if (r.detail !== undefined) e.detail = r.detail;
      if (r.domain) e.domains = [r.domain];
      if (r.title) e.pageTitle = r.title;
      return e;
    })
    .sort((a, b) => a.at - b.at);
}

describe('log digest', () => {
  it('duties, due reminders, next due time and the reuse badge from the digest equal those from the whole log', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 120 }), fc.integer({ min: 0, max: 40 * DAY }), (raw, later) => {
        const log = toLog(raw, NOW);
        const digest = digestOf(log, NOW);
        expect(view(digest.events, NOW + later)).toEqual(view(log, NOW + later));
      }),
      { numRuns: 300 },
    );
  });

  it('built one event at a time (as the background appends) it equals the digest of the whole log', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 80 }), (raw) => {
        const log = toLog(raw, NOW);
        let d = emptyDigest();
        for (const e of log) d = digestAdd(d, [e], NOW);
        expect(view(d.events, NOW)).toEqual(view(log, NOW));
      }),
      { numRuns: 200 },
    );
  });

  it('stored as a base and a delta (as the background stores it), it says what the whole log says', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 100 }), fc.nat(), fc.integer({ min: 0, max: 40 * DAY }), (raw, cut, later) => {
        const log = toLog(raw, NOW);
        const at = log.length ? cut % (log.length + 1) : 0;
        const base = readDigest(encodeDigest(digestOf(log.slice(0, at), NOW - DAY)));
        let delta: DigestDelta | undefined;
        for (const [i, e] of log.slice(at).entries()) delta = readDelta(encodeDelta(deltaAdd(delta, [e], at + i + 1)));
        const d = digestOfParts(base, delta, NOW);
        expect(d.total).toBe(log.length);
        expect(view(d.events, NOW + later)).toEqual(view(log, NOW + later));
        // The delta keeps only evidence (evidenceOf): no page title; a domain only as the other site of a reuse.
        expect(JSON.stringify(delta ?? {})).not.toMatch(/Roadmap|Payroll|pageTitle/);
        for (const e of delta?.events ?? []) if (e.kind !== 'password-reused') expect(e.domains).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('reads anything stored that is not a delta as none', () => {
    for (const junk of [undefined, null, 3, '', '{', '[]', '{"total":"2","events":[]}', '{"total":2}', JSON.stringify({ total: Infinity, events: [] })]) {
      expect(readDelta(junk)).toBeUndefined();
    }
    expect(readDelta(encodeDelta({ total: 2, events: [{ id: 'a', at: 1, kind: 'backup', decision: 'recorded' }, { bogus: true } as unknown as CoachEvent] }))).toEqual({
      total: 2,
      events: [{ id: 'a', at: 1, kind: 'backup', decision: 'recorded' }],
    });
  });

  it('ties in time go to the later arrival, as in the log', () => {
    const at = NOW - DAY;
    const log: CoachEvent[] = [
      { id: 'a', at, kind: 'twofa-status', decision: 'recorded', detail: '2fa-on' },
      { id: 'b', at, kind: 'twofa-status', decision: 'recorded', detail: '2fa-off' },
    ];
    const two = (events: CoachEvent[]) => dutyStates({ events, now: NOW, settings, marks: {} }).find((s) => s.id === 'two-step');
    expect(two(digestOf(log, NOW).events)).toEqual(two(log));
    expect(two(digestOf(log, NOW).events)?.status).toBe('attention');
  });

  it('stays small with a 20,000-event log of repeated statuses and visits', () => {
    const log: CoachEvent[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `e${i}`,
      at: NOW - (20_000 - i) * 60_000,
      kind: EVENT_KINDS[i % EVENT_KINDS.length]!,
      decision: DECISIONS[i % DECISIONS.length]!,
      detail: i % 2 ? '2fa-on' : 'weak',
      pageTitle: 'Roadmap',
      domains: ['gmail.com'],
    }));
    const d = digestOf(log, NOW);
    expect(d.events.length).toBeLessThan(EVENT_KINDS.length * DECISIONS.length * 2 + 4 * MAX_COUNTED);
    expect(JSON.stringify(d).length).toBeLessThan(80_000);
    // The counts the popup shows stop at MAX_COUNTED (a log with 1,333 phishing pages since the last mark
    // says 200); everything else is equal.
    const capped = (v: ReturnType<typeof view>) => ({
      ...v,
      states: v.states.map((s) => (s.evidence.count === undefined ? s : { ...s, evidence: { ...s.evidence, count: Math.min(s.evidence.count, MAX_COUNTED) } })),
    });
    expect(view(d.events, NOW)).toEqual(capped(view(log, NOW)));
    expect(view(d.events, NOW).states.find((s) => s.id === 'report-issues')?.evidence.count).toBe(MAX_COUNTED);
  });

  it('keeps no page title, page id or anyone\'s domain; only the other site of a password reuse', () => {
    const log: CoachEvent[] = [
      { id: 'a', at: NOW - 3, kind: 'invite-risky', decision: 'proceeded', domains: ['gmail.com'], reasons: ['personal'], pageTitle: 'Payroll', pageId: 'p1', host: 'app.notion.com' },
      { id: 'b', at: NOW - 2, kind: 'password-reused', decision: 'shown', domains: ['shop.example'], detail: 'other-site' },
    ];
    const text = JSON.stringify(digestOf(log, NOW));
    expect(text).not.toMatch(/Payroll|gmail|p1|app\.notion|personal/);
    expect(digestOf(log, NOW).events[1]?.domains).toEqual(['shop.example']);
  });

  it('a retried event (same id) changes nothing; a mark resets the count it covers', () => {
    const paste = (id: string, ago: number): CoachEvent => ({ id, at: NOW - ago, kind: 'secret-paste', decision: 'proceeded', detail: 'aws-access-key' });
    let d = digestAdd(emptyDigest(), [paste('p1', 3 * DAY), paste('p2', 2 * DAY)], NOW);
    d = digestAdd(d, [paste('p2', 2 * DAY)], NOW);
    const retention = (events: CoachEvent[]) => dutyStates({ events, now: NOW, settings, marks: {} }).find((s) => s.id === 'retention')!;
    expect(retention(d.events).evidence.count).toBe(2);
    d = digestAdd(d, [{ id: 'm', at: NOW - DAY, kind: 'duty-marked', decision: 'recorded', detail: 'retention' }, paste('p3', 1000)], NOW);
    expect(retention(d.events).evidence.count).toBe(1);
    expect(d.events.map((e) => e.id)).not.toContain('p1');
  });

  it('is the same for a log the limits already cut (appendEvents) as for that log', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 100 }), fc.integer({ min: 1, max: 60 }), (raw, max) => {
        const log = appendEvents(toLog(raw, NOW), [], { retentionDays: 30, maxEvents: max }, NOW);
        expect(view(digestOf(log, NOW).events, NOW)).toEqual(view(log, NOW));
      }),
      { numRuns: 100 },
    );
  });

  it('reads anything stored that is not a digest as an empty one', () => {
    for (const raw of [undefined, null, 7, 'x', { v: 2, events: [] }, { v: 1, events: 'no' }]) expect(readDigest(raw).events).toEqual([]);
    const d = digestOf([{ id: 'a', at: NOW, kind: 'backup', decision: 'recorded' }], NOW);
    expect(readDigest(JSON.parse(JSON.stringify(d)))).toEqual(d);
    for (const raw of ['{"v":1,"events":', '[]', '"x"']) expect(readDigest(raw).events).toEqual([]);
  });

  it('is stored as one JSON string and read back the same; the object an earlier build stored still reads', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 60 }), (raw) => {
        const d = digestOf(toLog(raw, NOW), NOW);
        const stored = encodeDigest(d);
        expect(typeof stored).toBe('string');
        expect(readDigest(stored)).toEqual(d);
        expect(readDigest(structuredClone(d))).toEqual(d);
      }),
      { numRuns: 50 },
    );
  });
});
