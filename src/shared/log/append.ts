// The activity log kept in storage.local: append, de-duplicate, expire, cap. PURE.
// A retried write (worker restarted mid-save, message delivered twice) re-sends the same event id;
// the first copy wins so nothing is counted twice. Entries that fail the CoachEvent guard (a
// corrupted or older stored log) are dropped rather than trusted.

import { isCoachEvent, type CoachEvent } from '../events';

export interface LogLimits {
  retentionDays: number;
  maxEvents: number;
}

const DAY_MS = 86_400_000;

/** Returns a new log sorted oldest → newest; the inputs are not mutated. */
export function appendEvents(log: CoachEvent[], incoming: CoachEvent[], limits: LogLimits, now: number): CoachEvent[] {
  const seen = new Set<string>();
  const merged: CoachEvent[] = [];
  for (const e of [...(Array.isArray(log) ? log : []), ...(Array.isArray(incoming) ? incoming : [])]) {
    if (!isCoachEvent(e) || seen.has(e.id)) continue;
    seen.add(e.id);
    merged.push(e);
  }
  const retention = Number.isFinite(limits.retentionDays) ? Math.max(0, limits.retentionDays) : 0;
  const oldest = now - retention * DAY_MS;
  const kept = merged.filter((e) => e.at >= oldest).sort((a, b) => a.at - b.at); // stable: ties keep arrival order
  const max = Number.isFinite(limits.maxEvents) ? Math.max(0, Math.floor(limits.maxEvents)) : 0;
  return max === 0 ? [] : kept.slice(-max);
}
