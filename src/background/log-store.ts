// The activity log: events in the extension origin's IndexedDB (platform/log-db.ts) with the digest the
// popup and the badge read (shared/log/digest.ts) beside them, written in the same transaction; and a copy
// of that digest in storage.local (DIGEST_KEY), where the popup reads it without waking the worker.
// Writes are serialised through one promise chain (ordering only). A write is acknowledged once that
// transaction committed, so a content script whose message died with a stopped worker retries; the store
// skips an id it holds. The storage.local copy is written after the acknowledgement, newest only when
// writes come faster than it (mirrorDigest), and brought up to date at every start (a worker stopped
// between the two).
//
// Why not storage.local for the events: the log was one JSON string there, rewritten whole on every event
// (~145 ms an append at 20,000 events) and sent through storage.onChanged to every Notion tab. Now an
// append touches the new record and the digest's small delta (shared/log/digest.ts DigestDelta: the
// evidence since the base; past DELTA_MAX events it is folded into the base, tens of kB); content scripts
// do not listen to the digest key (they watch storage.sync and the policy mirror), and the events are out
// of their reach. Writing the digest copy (tens of kB with full counted sets) took ~29 ms of the append's
// ~35 ms, hence after the ack; so is working out the whole digest for that copy (~0.3 ms at full counted
// sets, bench: log_append_ms_at_20k).
//
// A log stored by an earlier build (storage.local 'log', shared/log/stored.ts) is moved into the store
// when the background starts, or whenever one appears (shared/log/migrate.ts); then that key is removed.
// A store from the build before this one holds no digest: the storage.local copy seeds it.

import { browser } from '../platform/browser';
import { createSerial } from '@shared/serial';
import { isCoachEvent, type CoachEvent } from '@shared/events';
import { DELTA_MAX, deltaAdd, digestAdd, digestOfParts, emptyDigest, encodeDelta, encodeDigest, readDelta, readDigest, type DigestDelta, type LogDigest } from '@shared/log/digest';
import { digestWithWaiting, migratedEvents } from '@shared/log/migrate';
import { encodeLog } from '@shared/log/stored';
import { filterEvents, type LogFilter } from '@shared/log/filter';
import { getSettings } from '../platform/settings';
import { logDbAll, logDbAppend, logDbClear, logDbDigest, logDbGet, logDbPage, logDbSeedDigest, NoDigest, type DigestParts, type LogKey, type LogPage, type StoreLimits } from '../platform/log-db';
import { DIGEST_KEY, LOG_KEY, MANAGED_MIRROR } from '@shared/storage-keys';

export { DIGEST_KEY };
const serial = createSerial();

async function storedDigest(): Promise<LogDigest> {
  const got = await browser.storage.local.get(DIGEST_KEY);
  return readDigest(got[DIGEST_KEY]);
}

/** The digest as the popup reads it (the badge's input): shared/log/migrate.ts digestWithWaiting. */
export async function readLogDigest(): Promise<LogDigest> {
  const got = await browser.storage.local.get([DIGEST_KEY, LOG_KEY]);
  return digestWithWaiting(got[DIGEST_KEY], got[LOG_KEY], Date.now());
}

/** Every event, oldest → newest (exports, 'log:get'). */
export async function readLog(): Promise<CoachEvent[]> {
  await migrateLegacyLog();
  return logDbAll();
}

/** The log's limits; read once, again after the settings or the policy changed (initLogStore). */
let limitsRead: Promise<StoreLimits> | undefined;
async function limits(fresh = false): Promise<StoreLimits> {
  if (fresh) limitsRead = undefined;
  limitsRead ??= getSettings().then(({ values }) => ({ retentionDays: values.logRetentionDays, maxEvents: values.logMaxEvents }));
  limitsRead.catch(() => (limitsRead = undefined));
  return limitsRead;
}

/** The parsed base and delta of the parts this worker last read or wrote (identity: no parse again). */
let lastBase: { stored: unknown; digest: LogDigest } | undefined;
let lastDelta: { stored: unknown; delta: DigestDelta | undefined } | undefined;
function baseOf(parts: DigestParts): LogDigest {
  if (lastBase && lastBase.stored === parts.base) return lastBase.digest;
  lastBase = { stored: parts.base, digest: readDigest(parts.base) };
  return lastBase.digest;
}
function deltaOf(parts: DigestParts): DigestDelta | undefined {
  if (lastDelta && lastDelta.stored === parts.delta) return lastDelta.delta;
  lastDelta = { stored: parts.delta, delta: readDelta(parts.delta) };
  return lastDelta.delta;
}
/** The digest the parts stand for. */
const partsDigest = (parts: DigestParts, now: number): LogDigest => digestOfParts(baseOf(parts), deltaOf(parts), now);
/** The same, as stored in storage.local (shared/log/digest.ts encodeDigest). */
const wholeDigest = (parts: DigestParts, now: number): string => encodeDigest(partsDigest(parts, now));

/** A new base holding everything: the parts' digest after `added`, with no delta. */
function fold(parts: DigestParts, added: readonly CoachEvent[], total: number, now: number): DigestParts {
  const digest = { ...digestAdd(partsDigest(parts, now), added, now), total };
  const base = encodeDigest(digest);
  lastBase = { stored: base, digest };
  return { base };
}

/** The append's digest step: the same parts when nothing changed, else a longer delta, or a new base. */
const digestStep =
  (now: number) =>
  (parts: DigestParts, added: CoachEvent[], total: number): DigestParts => {
    const delta = deltaOf(parts);
    // Nothing new and the same size (the hourly retention pass, a retry): the same parts, so no write.
    if (added.length === 0 && (delta?.total ?? baseOf(parts).total) === total) return parts;
    if ((delta?.events.length ?? 0) + added.length > DELTA_MAX) return fold(parts, added, total, now);
    const next = deltaAdd(delta, added, total);
    const stored = encodeDelta(next);
    lastDelta = { stored, delta: next };
    return { base: parts.base, delta: stored };
  };

type DigestStep = (parts: DigestParts, added: CoachEvent[], total: number) => DigestParts;

/**
 * Appends with a digest step; seeds the store's digest from the storage.local copy when it has none.
 * Returns the copy's write when the digest changed (not awaited on the event path: see the header).
 */
async function append(events: readonly CoachEvent[], lim: StoreLimits, now: number, step: DigestStep): Promise<{ copied: Promise<void> }> {
  let r;
  try {
    r = await logDbAppend(events, lim, now, step);
  } catch (e) {
    if (!(e instanceof NoDigest)) throw e;
    await logDbSeedDigest(encodeDigest(await storedDigest()));
    r = await logDbAppend(events, lim, now, step);
  }
  const parts = r.digest;
  const copied = r.changed && parts ? mirrorDigest(() => wholeDigest(parts, now)) : Promise.resolve();
  copied.catch(() => undefined); // a failed copy is redone at the next write or start
  return { copied };
}

let pending: (() => string) | undefined;
let mirroring: Promise<void> | undefined;
/**
 * Copies the digest to storage.local, one write at a time; a digest that arrives while one is written
 * replaces any other waiting (only the newest is worked out and written). Resolves when the copy holds
 * `d` or newer.
 */
function mirrorDigest(d: () => string): Promise<void> {
  pending = d;
  mirroring ??= (async () => {
    try {
      // After the task that acknowledges the write: the digest is worked out and copied after it.
      await new Promise((r) => setTimeout(r, 0));
      while (pending) {
        const next = pending;
        pending = undefined;
        await browser.storage.local.set({ [DIGEST_KEY]: next() });
      }
    } finally {
      mirroring = undefined;
    }
  })();
  return mirroring;
}

/** Resolves once the storage.local copy of the digest holds everything recorded so far (tests, clear). */
export async function digestMirrored(): Promise<void> {
  await serial(async () => undefined);
  await mirroring;
}

export function recordEvents(events: CoachEvent[]): Promise<void> {
  return serial(async () => {
    const now = Date.now();
    const valid = events.filter(isCoachEvent);
    let failure: unknown;
    // Twice (the second time the store reads what it holds, and reopens if it was closed under it) …
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await append(valid, await limits(), now, digestStep(now));
        if (waiting) void migrateLegacyLog().catch(() => undefined); // events kept aside earlier (below) move in now
        return;
      } catch (e) {
        failure ??= e;
      }
    }
    if (!valid.length || !(failure instanceof DOMException)) throw failure;
    await keepAside(valid);
  });
}

/** True while events wait in storage.local 'log' for the store (keepAside); checked at every start too. */
let waiting = false;
/** At most this many events wait aside (the oldest go first). */
const ASIDE_MAX = 1000;

/**
 * … and when the store still cannot take the write (IndexedDB refused or broken in this profile), the
 * events wait in storage.local 'log', the old-format log: the popup and the badge read the evidence there
 * beside the digest (popup/data.ts, readLogDigest), so "Mark as done" and the duties keep working and the
 * sender does not retry in vain; the store takes them in, as it takes an old build's log, at the next start,
 * on the next write it accepts, or before the log page reads.
 */
async function keepAside(events: readonly CoachEvent[]): Promise<void> {
  const got = await browser.storage.local.get(LOG_KEY);
  const held = got[LOG_KEY] === undefined ? [] : migratedEvents(got[LOG_KEY]);
  const ids = new Set(held.map((x) => x.id));
  waiting = true;
  await browser.storage.local.set({ [LOG_KEY]: encodeLog([...held, ...events.filter((x) => !ids.has(x.id))].slice(-ASIDE_MAX)) });
}

export async function clearLog(): Promise<void> {
  await serial(async () => {
    const empty = encodeDigest(emptyDigest(Date.now()));
    await logDbClear(empty);
    await mirrorDigest(() => empty);
    await browser.storage.local.remove(LOG_KEY);
  });
}

/** At start: the storage.local copy of the digest catches up with the store's (a worker stopped between). */
function resyncDigest(): Promise<void> {
  return serial(async () => {
    const [{ parts, total }, copy] = await Promise.all([logDbDigest(), browser.storage.local.get(DIGEST_KEY)]);
    if (typeof parts.base !== 'string') return; // an older store: the copy seeds it on the first write
    const held = readDigest(copy[DIGEST_KEY]);
    const whole = partsDigest(parts, Date.now());
    // The copy is behind when it counts another size or misses evidence the store holds.
    const ids = new Set(held.events.map((e) => e.id));
    if (held.total !== total || whole.total !== total || whole.events.some((e) => !ids.has(e.id))) void mirrorDigest(() => encodeDigest({ ...whole, total }));
  });
}

/** Moves a log stored by an earlier build into the store (see the header). True when there was one. */
export function migrateLegacyLog(): Promise<boolean> {
  return serial(async () => {
    const got = await browser.storage.local.get(LOG_KEY);
    if (got[LOG_KEY] === undefined) return false;
    waiting = true; // until it moved: a refusing store leaves it for the next write it takes
    const now = Date.now();
    const events = migratedEvents(got[LOG_KEY]);
    // Every event moves over. The old log kept each duty's newest evidence past its limits (without page or
    // people): the digest takes that evidence from the whole old log (every event, not only those the store
    // adds; planMigration in shared/log/migrate.ts is this step as a tested pure function), so the store
    // applies the limits as it does on every write.
    const step: DigestStep = (parts, _added, total) => fold(parts, events, total, now);
    await (await append(events, await limits(true), now, step)).copied;
    await browser.storage.local.remove(LOG_KEY);
    waiting = false;
    return true;
  });
}

/** One page of the log for the log page, newest first (filters applied here, so only the page crosses). */
export async function readLogPage(filter: LogFilter, before: LogKey | undefined, limit: number): Promise<LogPage> {
  await migrateLegacyLog();
  const active = Object.keys(filter).length > 0;
  return logDbPage({ before, limit, match: active ? (e) => filterEvents([e], filter).length === 1 : undefined });
}

export async function readLogEvent(id: string): Promise<CoachEvent | undefined> {
  await migrateLegacyLog();
  return logDbGet(id);
}

/** Registers the migration triggers; call synchronously at the top level of the background script. */
export function initLogStore(): void {
  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' || (area === 'local' && MANAGED_MIRROR in changes)) limitsRead = undefined;
    // Not for what keepAside just wrote (the store refused it a moment ago): that moves on the next write it takes.
    if (area === 'local' && changes[LOG_KEY]?.newValue !== undefined && !waiting) void migrateLegacyLog().catch(() => undefined);
  });
  void migrateLegacyLog().catch(() => undefined);
  void resyncDigest().catch(() => undefined);
}
