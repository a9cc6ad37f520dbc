// The log digest: the few events the duties need, kept current by the background in storage.local
// (DIGEST_KEY) so the popup and the toolbar badge never read the whole activity log. PURE.
//
// dutyStates() (src/shared/duties/status.ts) reads, for every rule, either the NEWEST event of some
// kinds filtered by decision and detail, or a COUNT of events of one set not older than the duty's mark
// (and, for risky invites, within the last RISKY_INVITE_WINDOW_DAYS). So the digest keeps:
//   - the newest event of each kind + decision + detail (ties: the later arrival, as in the log), and
//   - every event of the four counted sets that is not older than its duty's newest mark (risky invites:
//     nor older than the window), at most MAX_COUNTED of each (the popup then says "200").
// dutyStates(digest.events) equals dutyStates(the whole log) for any `now` from the digest's update on
// (test/shared/log/digest.test.ts checks it on random logs). Digest events carry only what the rules and
// the badge read: id, time, kind, decision, detail, and the other site of a password reuse; never a page
// title, page id or anyone's domain. The log's own limits (age, count) do not take this evidence, so a
// 30-day log no longer forgets a 40-day-old backup.
import { isCoachEvent, type CoachEvent } from '../events';
import { DAY_MS, RISKY_INVITE_WINDOW_DAYS, type DutyId } from '../duties/model';

export interface LogDigest {
  v: 1;
  /** Evidence events, oldest → newest (ties keep arrival order). */
  events: CoachEvent[];
  /** Events in the activity log after the last write (set by the background). */
  total: number;
  /** Epoch ms of the last update. */
  updatedAt: number;
}

/** At most this many events of each counted set are kept (the count the popup shows stops there). */
export const MAX_COUNTED = 200;
/** At most this many kind + decision + detail keys are kept (newest first). */
export const MAX_KEYS = 400;

/** The sets whose size the popup shows, by the duty whose mark resets them (status.ts `bad(…, true)`). */
const COUNTED: readonly [DutyId, (e: CoachEvent) => boolean][] = [
  ['trusted-collaborators', (e) => e.kind === 'invite-risky' && e.decision === 'proceeded'],
  ['no-shared-logins', (e) => e.kind === 'shared-account' && e.decision !== 'went-back'],
  ['report-issues', (e) => e.kind === 'published-password-prompt'],
  ['retention', (e) => e.kind === 'secret-paste' && e.decision === 'proceeded'],
];

export const emptyDigest = (now = 0): LogDigest => ({ v: 1, events: [], total: 0, updatedAt: now });

const keyOf = (e: CoachEvent): string => `${e.kind}\u0000${e.decision}\u0000${e.detail ?? ''}`;

/** What a digest keeps of an event. */
export function evidenceOf(e: CoachEvent): CoachEvent {
  const out: CoachEvent = { id: e.id, at: e.at, kind: e.kind, decision: e.decision };
  if (e.detail !== undefined) out.detail = e.detail;
  // The badge names the other site where the Notion password was seen (shared/reminders.ts recentReuse).
  if (e.kind === 'password-reused' && e.domains?.length) out.domains = [e.domains[0]!];
  return out;
}

/**
 * The digest as stored: one JSON string. Hundreds of evidence events as objects cost ~30 ms to write to
 * storage.local, and every storage.onChanged listener gets old and new value as objects again; one string
 * of the same text is copied, not walked (bench: log_append_ms_at_20k, popup_render_ms_big_log).
 */
export const encodeDigest = (d: LogDigest): string => JSON.stringify(d);

/** A stored digest (the JSON string, or the object an earlier build stored), or an empty one for anything else. */
export function readDigest(stored: unknown): LogDigest {
  let raw = stored;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return emptyDigest();
    }
  }
  if (!raw || typeof raw !== 'object') return emptyDigest();
  const d = raw as Partial<LogDigest>;
  if (d.v !== 1 || !Array.isArray(d.events)) return emptyDigest();
  return {
    v: 1,
    events: d.events.filter(isCoachEvent),
    total: typeof d.total === 'number' && Number.isFinite(d.total) ? d.total : 0,
    updatedAt: typeof d.updatedAt === 'number' && Number.isFinite(d.updatedAt) ? d.updatedAt : 0,
  };
}

/**
 * The digest after `incoming` were recorded (in that order, after everything the digest has seen).
 * Work is proportional to the digest's size, never to the log's. Events already in the digest (a retried
 * write) change nothing.
 */
export function digestAdd(d: LogDigest, incoming: readonly CoachEvent[], now: number): LogDigest {
  // Arrival order is the order of `d.events` then `incoming`; the log sorts by time, stable on arrival.
  const have = new Set(d.events.map((e) => e.id));
  const all = [...d.events];
  for (const e of incoming) {
    if (!isCoachEvent(e) || have.has(e.id)) continue;
    have.add(e.id);
    all.push(evidenceOf(e));
  }
  if (all.length === d.events.length) return { ...d, updatedAt: now };
  return { v: 1, events: prune(all.sort((a, b) => a.at - b.at), now), total: d.total, updatedAt: now };
}

/**
 * How the background stores the digest (platform/log-db.ts DigestParts): a base digest, rewritten seldom,
 * and a delta beside it, the evidence of the events recorded since the base and the log's size then. An
 * append rewrites the delta (a few hundred bytes) instead of the base (tens of kB with full counted sets);
 * an append that would take the delta past DELTA_MAX events folds it into a new base instead.
 * digestOfParts(base, delta) is the digest.
 */
export interface DigestDelta {
  total: number;
  events: CoachEvent[];
}
/** At most this many events wait in a delta. */
export const DELTA_MAX = 32;

export const encodeDelta = (d: DigestDelta): string => JSON.stringify(d);

/** A stored delta, or undefined for none or anything that is not one. */
export function readDelta(stored: unknown): DigestDelta | undefined {
  if (typeof stored !== 'string') return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object') return undefined;
  const d = raw as Partial<DigestDelta>;
  if (typeof d.total !== 'number' || !Number.isFinite(d.total) || !Array.isArray(d.events)) return undefined;
  return { total: d.total, events: d.events.filter(isCoachEvent) };
}

/** The delta after `added` were recorded and the log holds `total` events (their evidence only). */
export function deltaAdd(d: DigestDelta | undefined, added: readonly CoachEvent[], total: number): DigestDelta {
  const events = d ? [...d.events] : [];
  for (const e of added) if (isCoachEvent(e)) events.push(evidenceOf(e));
  return { total, events };
}

/** The digest a base and a delta stand for. */
export function digestOfParts(base: LogDigest, delta: DigestDelta | undefined, now: number): LogDigest {
  return delta ? { ...digestAdd(base, delta.events, now), total: delta.total } : base;
}

/** The digest of a whole log (oldest → newest, as the log keeps it). */
export function digestOf(log: readonly CoachEvent[], now: number, total = log.length): LogDigest {
  return { ...digestAdd(emptyDigest(now), log, now), total };
}

/** Keeps the newest of each key and the counted sets since their marks (see the header). */
function prune(sorted: CoachEvent[], now: number): CoachEvent[] {
  const keep = new Set<CoachEvent>();
  const seen = new Set<string>();
  for (let i = sorted.length - 1; i >= 0 && seen.size < MAX_KEYS; i--) {
    const k = keyOf(sorted[i]!);
    if (seen.has(k)) continue;
    seen.add(k);
    keep.add(sorted[i]!);
  }
  const marks = new Map<string, number>();
  for (const e of sorted) if (e.kind === 'duty-marked' && e.detail !== undefined) marks.set(e.detail, Math.max(marks.get(e.detail) ?? -Infinity, e.at));
  const windowStart = now - RISKY_INVITE_WINDOW_DAYS * DAY_MS;
  for (const [duty, inSet] of COUNTED) {
    const mark = marks.get(duty) ?? -Infinity;
    const since = duty === 'trusted-collaborators' ? Math.max(mark, windowStart) : mark;
    let n = 0;
    for (let i = sorted.length - 1; i >= 0 && n < MAX_COUNTED; i--) {
      const e = sorted[i]!;
      if (e.at < since) break; // sorted by time: everything before is older still
      if (!inSet(e)) continue;
      keep.add(e);
      n++;
    }
  }
  return sorted.filter((e) => keep.has(e));
}
