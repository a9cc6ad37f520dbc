// The activity log: events in the extension origin's IndexedDB (platform/log-db.ts), and the digest the
// popup and the badge read (shared/log/digest.ts) in storage.local (DIGEST_KEY). Writes are serialised
// through one promise chain (ordering only; nothing is kept only in memory). A write is acknowledged only
// after both are stored, so a content script whose message died with a stopped worker retries; the store
// skips an id it holds and the digest ignores one it has.
//
// Why not storage.local for the events: the log was one JSON string there, rewritten whole on every event
// (~145 ms an append at 20,000 events) and sent through storage.onChanged to every Notion tab. Now an
// append touches the new record and a few hundred bytes of digest; content scripts do not listen to the
// digest key (they watch storage.sync and the policy mirror), and the events are out of their reach.
//
// A log stored by an earlier build (storage.local 'log', shared/log/stored.ts) is moved into the store
// when the background starts, or whenever one appears (shared/log/migrate.ts); then that key is removed.

import { browser } from '../platform/browser';
import { createSerial } from '@shared/serial';
import { isCoachEvent, type CoachEvent } from '@shared/events';
import { digestAdd, emptyDigest, readDigest, type LogDigest } from '@shared/log/digest';
import { planMigration } from '@shared/log/migrate';
import { filterEvents, type LogFilter } from '@shared/log/filter';
import { getSettings } from '../platform/settings';
import { logDbAll, logDbAppend, logDbClear, logDbGet, logDbPage, type LogKey, type LogPage } from '../platform/log-db';
import { DIGEST_KEY, LOG_KEY } from '@shared/storage-keys';

export { DIGEST_KEY };
const serial = createSerial();

async function storedDigest(): Promise<LogDigest> {
  const got = await browser.storage.local.get(DIGEST_KEY);
  return readDigest(got[DIGEST_KEY]);
}

/** The digest as stored (the badge's input). */
export const readLogDigest = storedDigest;

/** Every event, oldest → newest (exports, 'log:get'). */
export async function readLog(): Promise<CoachEvent[]> {
  await migrateLegacyLog();
  return logDbAll();
}

export function recordEvents(events: CoachEvent[]): Promise<void> {
  return serial(async () => {
    const { logRetentionDays, logMaxEvents } = (await getSettings()).values;
    const now = Date.now();
    const valid = events.filter(isCoachEvent);
    const { total } = await logDbAppend(valid, { retentionDays: logRetentionDays, maxEvents: logMaxEvents }, now);
    const before = await storedDigest();
    const next = digestAdd(before, valid, now);
    // Nothing new and the same size (the hourly retention pass, a retry): no write, no storage event.
    if (next.events === before.events && before.total === total) return;
    await browser.storage.local.set({ [DIGEST_KEY]: { ...next, total } satisfies LogDigest });
  });
}

export async function clearLog(): Promise<void> {
  await serial(async () => {
    await logDbClear();
    await browser.storage.local.set({ [DIGEST_KEY]: emptyDigest(Date.now()) });
    await browser.storage.local.remove(LOG_KEY);
  });
}

/** Moves a log stored by an earlier build into the store (see the header). True when there was one. */
export function migrateLegacyLog(): Promise<boolean> {
  return serial(async () => {
    const got = await browser.storage.local.get([LOG_KEY, DIGEST_KEY]);
    if (got[LOG_KEY] === undefined) return false;
    const { logRetentionDays, logMaxEvents } = (await getSettings()).values;
    const now = Date.now();
    const plan = planMigration(got[LOG_KEY], readDigest(got[DIGEST_KEY]), now);
    // Every event moves over. The old log kept each duty's newest evidence past its limits (without page or
    // people): the digest has that evidence now, so the store applies the limits as it does on every write.
    const { total } = await logDbAppend(plan.events, { retentionDays: logRetentionDays, maxEvents: logMaxEvents }, now);
    await browser.storage.local.set({ [DIGEST_KEY]: { ...plan.digest, total } satisfies LogDigest });
    await browser.storage.local.remove(LOG_KEY);
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
    if (area === 'local' && changes[LOG_KEY]?.newValue !== undefined) void migrateLegacyLog();
  });
  void migrateLegacyLog();
}
