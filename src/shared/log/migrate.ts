// Moving a log stored by an earlier build (storage.local 'log', src/shared/log/stored.ts formats 1 and 2)
// into the background's log store (IndexedDB, src/platform/log-db.ts). PURE: what to write, in which order.
//
// Every valid event of the old log moves, oldest → newest, with its arrival order on ties; the store then
// applies the limits as on every write. The events the old log kept past its limits as a duty's evidence
// (without page or people) need not stay in the store: the digest is computed from the whole old log, so
// the popup shows exactly what it showed before the update (test/shared/log/migrate.test.ts,
// test/background/log-store.test.ts).
import type { CoachEvent } from '../events';
import { decodeLog } from './stored';
import { digestAdd, readDigest, type LogDigest } from './digest';

export interface MigrationPlan {
  /** The events to add to the store, oldest → newest (the store skips ids it already has). */
  events: CoachEvent[];
  /** The digest after them. */
  digest: LogDigest;
}

/** The events of a stored old-format log `raw` to add to the store, oldest → newest, each id once. */
export function migratedEvents(raw: unknown): CoachEvent[] {
  const seen = new Set<string>();
  return decodeLog(raw)
    .filter((e) => !seen.has(e.id) && (seen.add(e.id), true))
    .map((e, i) => [e, i] as const)
    .sort((a, b) => a[0].at - b[0].at || a[1] - b[1])
    .map(([e]) => e);
}

/** The plan for a stored old-format log `raw`, given the digest the background has now. */
export function planMigration(raw: unknown, current: LogDigest, now: number): MigrationPlan {
  const events = migratedEvents(raw);
  return { events, digest: digestAdd(current, events, now) };
}

/**
 * The digest as the popup and the badge read it: the stored copy, with the evidence of the events still
 * waiting in storage.local 'log' (an earlier build's log not moved yet, or events the store refused).
 */
export function digestWithWaiting(storedDigest: unknown, storedLog: unknown, now: number): LogDigest {
  const digest = readDigest(storedDigest);
  if (storedLog === undefined) return digest;
  const waiting = migratedEvents(storedLog);
  return { ...digestAdd(digest, waiting, now), total: digest.total + waiting.length };
}
