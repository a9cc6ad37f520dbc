// The background's log store against a fake storage.local and an in-memory stand-in for the IndexedDB
// store (platform/log-db.ts; the real one runs in the e2e tests): events and the digest go to the store,
// a copy of the digest to storage.local (never the events) after the write is acknowledged, a retry is
// stored once and writes nothing, a store without a digest is seeded from the copy, and a log stored by
// an earlier build is moved over with every event and every duty's evidence.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoachEvent } from '../../src/shared/events';
import { decodeLog, encodeLog } from '../../src/shared/log/stored';
import { DELTA_MAX, digestOf, digestOfParts, readDelta, readDigest } from '../../src/shared/log/digest';
import type { DigestParts } from '../../src/platform/log-db';
import { appendEvents } from '../../src/shared/log/append';
import { dutyStates } from '../../src/shared/duties';

const area = new Map<string, unknown>();
const writes: string[][] = [];
/** While set, storage.local.set waits for it (a slow copy). */
let gate: Promise<void> | undefined;
vi.mock('../../src/platform/browser', () => ({
  browser: {
    storage: {
      onChanged: { addListener: () => undefined },
      local: {
        get: async (k: string | string[]) => Object.fromEntries([k].flat().filter((x) => area.has(x)).map((x) => [x, area.get(x)])),
        set: async (items: Record<string, unknown>) => {
          await gate;
          writes.push(Object.keys(items));
          for (const [k, v] of Object.entries(items)) area.set(k, structuredClone(v));
        },
        remove: async (k: string) => void area.delete(k),
      },
    },
  },
}));
vi.mock('../../src/platform/settings', () => ({
  getSettings: async () => ({ values: { logRetentionDays: 90, logMaxEvents: 1000 } }),
}));
let db: CoachEvent[] = [];
/** While set, every store write fails with it (a DOMException: IndexedDB refused in this profile). */
let failWith: Error | undefined;
let dbDigest: DigestParts | undefined;
/** Writes of each digest part, as the real store counts them (platform/log-db.ts putParts). */
const partWrites = { base: 0, delta: 0 };
/** The digest the store's parts stand for. */
const storeDigest = () => digestOfParts(readDigest(dbDigest?.base), readDelta(dbDigest?.delta), NOW);
class NoDigest extends Error {}
vi.mock('../../src/platform/log-db', () => ({
  NoDigest,
  logDbAppend: async (
    events: CoachEvent[],
    limits: { retentionDays: number; maxEvents: number } | undefined,
    now: number,
    update?: (d: DigestParts, added: CoachEvent[], total: number) => DigestParts,
  ) => {
    if (failWith) throw failWith;
    if (update && dbDigest?.base === undefined) throw new NoDigest();
    const added = events.filter((e) => !db.some((x) => x.id === e.id));
    db = [...db, ...added].sort((a, b) => a.at - b.at);
    if (limits) db = db.filter((e) => e.at >= now - limits.retentionDays * 86_400_000).slice(-limits.maxEvents);
    const digest = dbDigest && update?.(dbDigest, added, db.length);
    const changed = !!digest && (digest.base !== dbDigest?.base || digest.delta !== dbDigest?.delta);
    if (digest && digest.base !== dbDigest?.base) partWrites.base++;
    if (digest && digest.delta !== dbDigest?.delta) partWrites.delta++;
    if (changed) dbDigest = structuredClone(digest);
    return { added, total: db.length, digest, changed };
  },
  logDbDigest: async () => ({ parts: dbDigest ?? { base: undefined }, total: db.length }),
  logDbSeedDigest: async (base: unknown) => void (dbDigest?.base === undefined && (dbDigest = { ...dbDigest, base: structuredClone(base) })),
  logDbAll: async () => [...db],
  logDbClear: async (d?: unknown) => {
    db = [];
    if (d !== undefined) dbDigest = { base: structuredClone(d) };
  },
  logDbGet: async (id: string) => db.find((e) => e.id === id),
  logDbPage: async () => ({ events: [...db].reverse(), matched: db.length, total: db.length }),
}));

const { recordEvents, readLog, readLogDigest, migrateLegacyLog, clearLog, digestMirrored, initLogStore } = await import('../../src/background/log-store');

const NOW = Date.now();
const ev = (i: number, kind: CoachEvent['kind'] = 'invite-risky', extra: Partial<CoachEvent> = {}): CoachEvent => ({
  id: `e${i}`,
  at: NOW - (1000 - i) * 60_000,
  kind,
  decision: 'shown',
  pageTitle: 'Page',
  ...extra,
});
const states = (events: CoachEvent[]) => dutyStates({ events, now: NOW, settings: { accessReviewDays: 30, backupDays: 30, sessionsReviewDays: 90 }, marks: {} });

beforeEach(() => {
  area.clear();
  writes.length = 0;
  db = [];
  dbDigest = undefined;
  partWrites.base = partWrites.delta = 0;
  failWith = undefined;
  gate = undefined;
});

describe('log store', () => {
  it('keeps events in the store and only the digest in storage.local', async () => {
    await recordEvents([ev(1), ev(2, 'twofa-status', { decision: 'recorded', detail: '2fa-off' })]);
    await digestMirrored();
    expect((await readLog()).map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(area.has('log')).toBe(false);
    const digest = readDigest(area.get('logDigest'));
    expect(digest.total).toBe(2);
    expect(JSON.stringify(digest)).not.toContain('Page');
    expect(states(digest.events)).toEqual(states(await readLog()));
  });

  it('a retried event is stored once, and a write that changes nothing writes nothing', async () => {
    await recordEvents([ev(1)]);
    await digestMirrored();
    const n = writes.length;
    await recordEvents([ev(1)]);
    await recordEvents([]);
    await digestMirrored();
    expect(writes.length).toBe(n);
    expect((await readLog()).map((e) => e.id)).toEqual(['e1']);
  });

  it.each([
    ['one string (format 2)', encodeLog],
    ['the array itself (format 1)', (l: CoachEvent[]) => l],
  ])('moves a log stored by an earlier build as %s: every event, every duty evidence', async (_, encode) => {
    // What an earlier build stored: appendEvents' result, with evidence kept past the limits (no page).
    const old = appendEvents(
      [
        ev(1, 'backup', { decision: 'recorded', at: NOW - 40 * 86_400_000 }),
        ev(2, 'access-reviewed', { decision: 'recorded' }),
        ev(3, 'secret-paste', { decision: 'proceeded', detail: 'aws-access-key' }),
        ev(4, 'duty-marked', { decision: 'recorded', detail: 'offboarding' }),
        ev(5, 'twofa-status', { decision: 'recorded', detail: '2fa-on' }),
        ev(6, 'twofa-status', { decision: 'recorded', detail: '2fa-on' }),
        ...Array.from({ length: 40 }, (_, i) => ev(10 + i, 'invite-risky', { decision: i % 2 ? 'proceeded' : 'shown', domains: ['gmail.com'] })),
      ],
      [],
      { retentionDays: 30, maxEvents: 30 },
      NOW,
    );
    area.set('log', encode(old));
    expect(await migrateLegacyLog()).toBe(true);
    expect(await readLog()).toEqual(old);
    expect(area.has('log')).toBe(false);
    const digest = readDigest(area.get('logDigest'));
    expect(digest.events).toEqual(digestOf(old, NOW).events);
    expect(digest.total).toBe(old.length);
    expect(states(digest.events)).toEqual(states(old));
    expect(await migrateLegacyLog()).toBe(false);
  });

  it('a migration merges with what the store already holds and keeps recording after', async () => {
    await recordEvents([ev(1)]);
    area.set('log', encodeLog([ev(1), ev(2, 'backup', { decision: 'recorded' })]));
    await recordEvents([ev(3)]); // the write waits for nothing: the migration runs when it is noticed
    await migrateLegacyLog();
    await digestMirrored();
    expect((await readLog()).map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(readDigest(area.get('logDigest')).events.map((e) => e.kind)).toContain('backup');
  });

  it('clearing empties the store, the digest and any old log', async () => {
    await recordEvents([ev(1)]);
    area.set('log', encodeLog([ev(2)]));
    await clearLog();
    expect(await readLog()).toEqual([]);
    expect(readDigest(area.get('logDigest')).events).toEqual([]);
    expect(area.has('log')).toBe(false);
  });

  it('acknowledges a write once the store has it, without waiting for the digest copy; the copy follows, newest only', async () => {
    let open!: () => void;
    gate = new Promise((r) => (open = r));
    await recordEvents([ev(1)]); // resolves although storage.local.set is held
    await recordEvents([ev(2)]);
    await recordEvents([ev(3, 'twofa-status', { decision: 'recorded', detail: '2fa-on' })]);
    expect(storeDigest().total).toBe(3);
    expect(area.has('logDigest')).toBe(false);
    open();
    await digestMirrored();
    // Copies waiting behind a slow one are replaced by the newest: not one write per event.
    expect(writes.filter((k) => k.includes('logDigest')).length).toBeLessThan(3);
    expect(readDigest(area.get('logDigest')).events).toEqual(storeDigest().events);
    expect(readDigest(area.get('logDigest')).total).toBe(3);
  });

  it('a store from the build before (no digest in it) is seeded from the storage.local copy', async () => {
    db = [ev(1, 'backup', { decision: 'recorded' })];
    area.set('logDigest', digestOf(db, NOW));
    await recordEvents([ev(2)]);
    await digestMirrored();
    const digest = readDigest(area.get('logDigest'));
    expect(digest.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(digest.total).toBe(2);
    expect(storeDigest().events).toEqual(digest.events);
  });

  it('at start, a copy left behind (the worker stopped before writing it) catches up with the store', async () => {
    await recordEvents([ev(1), ev(2, 'backup', { decision: 'recorded' })]);
    await digestMirrored();
    area.set('logDigest', digestOf([ev(1)], NOW - 1000)); // as if the last copy never happened
    initLogStore();
    await vi.waitFor(() => expect(readDigest(area.get('logDigest')).events).toEqual(storeDigest().events));
    expect(readDigest(area.get('logDigest')).total).toBe(2);
  });

  it('an append writes the small delta, not the base; the base takes the delta in every DELTA_MAX events', async () => {
    // A base with full counted sets (tens of kB), as a long log builds it.
    const many = Array.from({ length: 190 }, (_, i) => ev(i, 'secret-paste', { decision: 'proceeded', detail: 'aws-access-key' }));
    await recordEvents(many);
    await digestMirrored();
    const base = dbDigest!.base as string;
    expect(base.length).toBeGreaterThan(10_000);
    const before = { ...partWrites };
    for (let i = 0; i < DELTA_MAX; i++) await recordEvents([ev(500 + i, 'twofa-status', { decision: 'recorded', detail: i % 2 ? '2fa-on' : '2fa-off' })]);
    expect(partWrites.base - before.base).toBe(0);
    expect(partWrites.delta - before.delta).toBe(DELTA_MAX);
    expect(dbDigest!.base).toBe(base);
    expect((dbDigest!.delta as string).length).toBeLessThan(4_000);
    // The next one folds the delta into a new base and drops the delta.
    await recordEvents([ev(600, 'backup', { decision: 'recorded' })]);
    expect(partWrites.base - before.base).toBe(1);
    expect(dbDigest!.delta).toBeUndefined();
    // Either way, the store's digest and its copy say what the whole log says.
    await digestMirrored();
    const log = await readLog();
    expect(states(storeDigest().events)).toEqual(states(log));
    expect(states(readDigest(area.get('logDigest')).events)).toEqual(states(log));
    expect(readDigest(area.get('logDigest')).total).toBe(log.length);
  });

  it('a store that refuses every write: the events wait aside, the popup and badge still read their evidence, and the store takes them in later', async () => {
    await recordEvents([ev(1, 'backup', { decision: 'recorded' })]);
    await digestMirrored();
    failWith = new DOMException('The database connection is closing.', 'InvalidStateError');
    // Answered (the sender would retry in vain), not lost.
    await recordEvents([ev(2, 'duty-marked', { decision: 'recorded', detail: 'review-permissions' }), ev(3, 'twofa-status', { decision: 'recorded', detail: '2fa-off' })]);
    await recordEvents([ev(3, 'twofa-status', { decision: 'recorded', detail: '2fa-off' })]); // a retry: kept once
    expect(decodeLog(area.get('log')).map((e) => e.id)).toEqual(['e2', 'e3']);
    const seen = await readLogDigest();
    expect(seen.events.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(seen.total).toBe(3);
    // Once the store takes writes again, what waited moves in with every detail, and nothing waits any more.
    failWith = undefined;
    await recordEvents([ev(4, 'backup', { decision: 'recorded' })]);
    await digestMirrored();
    expect((await readLog()).map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect((await readLog())[1]!.pageTitle).toBe('Page');
    expect(area.has('log')).toBe(false);
    const copy = readDigest(area.get('logDigest'));
    expect(copy.events.map((e) => e.id)).toEqual(expect.arrayContaining(['e2', 'e3', 'e4']));
    expect(copy.total).toBe(4);
    expect(states(copy.events)).toEqual(states(await readLog()));
  });

  it('an error that is not the store\'s is reported to the sender (who retries), not put aside', async () => {
    failWith = new TypeError('boom');
    await expect(recordEvents([ev(1)])).rejects.toThrow('boom');
    expect(area.has('log')).toBe(false);
  });

  it('with a delta waiting, every duty reads the same from the copy as from the whole log', async () => {
    await recordEvents([ev(1, 'backup', { decision: 'recorded' }), ev(2, 'duty-marked', { decision: 'recorded', detail: 'retention' })]);
    await recordEvents([ev(3, 'secret-paste', { decision: 'proceeded', detail: 'aws-access-key' })]);
    await recordEvents([ev(4, 'twofa-status', { decision: 'recorded', detail: '2fa-off' })]);
    await digestMirrored();
    expect(readDelta(dbDigest!.delta)?.events.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(states(readDigest(area.get('logDigest')).events)).toEqual(states(await readLog()));
    expect(readDigest(area.get('logDigest')).total).toBe(4);
  });
});
