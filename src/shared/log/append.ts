// How earlier builds cut the activity log they kept in storage.local (append, de-duplicate, expire, cap,
// keeping each duty's newest evidence past the limits). PURE. The log now lives in IndexedDB
// (platform/log-db.ts) with the evidence in a digest (digest.ts); this stays as the reference for logs
// those builds stored (the digest's tests check that a log it cut has the same duties).
// A retried write (worker restarted mid-save, message delivered twice) re-sends the same event id;
// the first copy wins so nothing is counted twice. Entries that fail the CoachEvent guard (a
// corrupted or older stored log) are dropped rather than trusted.

import { isCoachEvent, type CoachEvent } from '../events';

export interface LogLimits {
  retentionDays: number;
  maxEvents: number;
}

const DAY_MS = 86_400_000;

/** At most this many events are kept beyond the limits as a duty's latest evidence (see below). */
export const MAX_KEPT_EVIDENCE = 200;

/**
 * Returns a new log sorted oldest → newest; the inputs are not mutated.
 *
 * The limits (age, count) never take a duty's latest evidence: the newest event of each kind, decision and
 * detail is kept even when older or beyond the count (at most MAX_KEPT_EVIDENCE of them). The popup's
 * duties read exactly such "newest of" events (the last access review, backup, mark, 2-step status,
 * password verdict; src/shared/duties/status.ts reads kind, time, decision and detail only), so a 30-day
 * log no longer forgets a 40-day-old backup and calls it missing. What the limits would have removed is
 * kept only as that evidence: its page title, page id, domains and reasons are dropped, so the limits still
 * bound how long those are kept.
 */
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
  const sorted = merged.sort((a, b) => a.at - b.at); // stable: ties keep arrival order
  const max = Number.isFinite(limits.maxEvents) ? Math.max(0, Math.floor(limits.maxEvents)) : 0;
  const recent = sorted.filter((e) => e.at >= oldest);
  const inLimits = new Set(max === 0 ? [] : recent.slice(-max));
  const evidence = latestOutside(sorted, inLimits);
  return sorted.filter((e) => inLimits.has(e) || evidence.has(e)).map((e) => (inLimits.has(e) ? e : evidenceOnly(e)));
}

/**
 * The newest event of each kind + decision + detail, where that newest one is outside the limits (newest
 * first, at most MAX_KEPT_EVIDENCE). A key whose newest event is within the limits needs nothing more.
 */
function latestOutside(sorted: CoachEvent[], inLimits: Set<CoachEvent>): Set<CoachEvent> {
  const seen = new Set<string>();
  const out = new Set<CoachEvent>();
  for (let i = sorted.length - 1; i >= 0 && out.size < MAX_KEPT_EVIDENCE; i--) {
    const e = sorted[i]!;
    const key = `${e.kind}\u0000${e.decision}\u0000${e.detail ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!inLimits.has(e)) out.add(e);
  }
  return out;
}

/** An event kept past the limits as evidence only: what the duties read, without page or people. */
function evidenceOnly(e: CoachEvent): CoachEvent {
  const { pageTitle: _t, pageId: _i, domains: _d, reasons: _r, ...rest } = e;
  return rest;
}
