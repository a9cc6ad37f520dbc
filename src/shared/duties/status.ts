// Duty status from recorded evidence and the user's marks. PURE.
//
// Never pretend to know: no evidence ⇒ 'unknown'. "mark" = marks[id] or a 'duty-marked' event whose
// detail is the duty id (the newest wins). A mark newer than the attention evidence clears it; a mark
// alone counts as 'ok' for MARK_VALID_DAYS (90) days, then the duty is 'unknown' ('mark-expired').
// Ties between attention evidence and ok evidence/mark go to attention. Events with decision
// 'went-back' (the user backed out) are not evidence where noted.
//
// | duty                  | attention                                             | ok                                   |
// |-----------------------|-------------------------------------------------------|--------------------------------------|
// | trusted-collaborators | ≥1 'invite-risky' 'proceeded' in the last 7 days and   | any 'invite-risky'/'public-exposure'/|
// |                       | not older than the mark (risky-invites-week, count)   | 'page-public-seen' event, or mark    |
// | review-permissions    | newest review/mark ≥ accessReviewDays old             | newer than that (access-reviewed)    |
// | strong-passwords      | newest of: 'password-verdict' weak|fair, 'password-    | newest is verdict strong, or         |
// |                       | breached', 'password-reused' (not went-back)          | 'password-status' 'no-password', mark|
// | no-shared-logins      | 'shared-account' (not went-back) newer than the mark  | mark                                 |
// | two-step              | newest 'twofa-status' is '2fa-off'                    | newest is '2fa-on', or mark          |
// | watch-activity        | —                                                     | mark                                 |
// | revoke-sessions       | newest review/mark ≥ sessionsReviewDays               | newer than that (sessions-reviewed)  |
// | offboarding           | —                                                     | mark                                 |
// | responsible-use       | —                                                     | mark                                 |
// | report-issues         | 'published-password-prompt' (phishing on notion.site) | mark                                 |
// |                       | newer than the mark: there is misuse to report        |                                      |
// | backups               | newest 'backup'/mark ≥ backupDays old                 | newer than that (backup-done)        |
// | retention             | 'secret-paste' 'proceeded' newer than the mark        | mark                                 |
// | accurate-data         | —                                                     | mark                                 |
//
// Cadence edge: with a 30-day cadence, evidence 29 d 23 h old is ok; at exactly 30 d it is due.
//
// Looked at is not reviewed: an 'access-reviewed'/'sessions-reviewed' event whose detail is in
// DETAILS.lookedAt ('people-list', 'devices-list': the screen was only opened) never makes a review duty OK.
// With no real review it leaves the duty unknown with 'access-looked-at'/'sessions-looked-at'; after one,
// a newer look is reported as evidence.looked. Only an explicit review counts: the popup's "Mark as
// reviewed" (a mark) or the People card's "Mark access as reviewed" (detail 'marked').
//
// Source: attention and event-based OK are 'seen' (recorded on a Notion screen); a mark is 'said'.
// Due (cadence duties): 'attention' (the last review is a full cadence old), or never reviewed once the
// grace period is over (REMINDER_GRACE_DAYS after reminderStart()).

import type { CoachEvent, EventKind } from '../events';
import { DEFAULTS } from '../settings/schema';
import {
  DAY_MS,
  DETAILS,
  DUTIES,
  MARK_VALID_DAYS,
  RISKY_INVITE_WINDOW_DAYS,
  type DutyDef,
  type DutyEvidence,
  type DutyId,
  type DutyInputs,
  type DutyState,
  type DutyStatus,
  type EvidenceSource,
  type NextStep,
  REMINDER_GRACE_DAYS,
} from './model';

interface Found {
  at: number;
  evidence: DutyEvidence;
  source?: EvidenceSource;
}

interface Ctx {
  now: number;
  mark: number | undefined;
  of: (kind: EventKind) => CoachEvent[];
}

type Verdict = { status: DutyStatus; evidence: DutyEvidence; source: EvidenceSource };

const daysSince = (now: number, at: number): number => Math.floor(Math.max(0, now - at) / DAY_MS);
const notBackedOut = (e: CoachEvent): boolean => e.decision !== 'went-back';

function newest(events: CoachEvent[]): CoachEvent | undefined {
  let best: CoachEvent | undefined;
  for (const e of events) if (!best || e.at >= best.at) best = e;
  return best;
}

/** Attention evidence: the newest matching event, counting those not older than the mark. */
function bad(ctx: Ctx, events: CoachEvent[], code: (e: CoachEvent) => string, withCount = false): Found | undefined {
  const e = newest(events);
  if (!e) return undefined;
  const evidence: DutyEvidence = { code: code(e), date: e.at };
  if (withCount) evidence.count = events.filter((x) => ctx.mark === undefined || x.at >= ctx.mark).length;
  return { at: e.at, evidence };
}

function good(events: CoachEvent[], code: (e: CoachEvent) => string): Found | undefined {
  const e = newest(events);
  return e && { at: e.at, evidence: { code: code(e), date: e.at } };
}

/** Shared rule for duties judged from observations plus the user's mark (see the table above). */
function resolve(ctx: Ctx, attention: Found | undefined, ok: Found | undefined): Verdict {
  const { now, mark } = ctx;
  if (attention && (!ok || attention.at >= ok.at) && (mark === undefined || attention.at >= mark)) {
    return { status: 'attention', evidence: attention.evidence, source: 'seen' };
  }
  const candidates: Found[] = [];
  if (ok && (!attention || ok.at > attention.at)) candidates.push({ ...ok, source: 'seen' });
  if (mark !== undefined && now - mark < MARK_VALID_DAYS * DAY_MS) {
    candidates.push({ at: mark, evidence: { code: 'marked', date: mark, days: daysSince(now, mark) }, source: 'said' });
  }
  const best = candidates.sort((a, b) => b.at - a.at)[0];
  if (best) return { status: 'ok', evidence: best.evidence, source: best.source ?? 'seen' };
  if (mark !== undefined) return { status: 'unknown', evidence: { code: 'mark-expired', date: mark, days: daysSince(now, mark) }, source: 'none' };
  return { status: 'unknown', evidence: { code: 'no-evidence' }, source: 'none' };
}

const CADENCE_EVENT: Partial<Record<DutyId, { kind: EventKind; code: string; looked?: string }>> = {
  'review-permissions': { kind: 'access-reviewed', code: 'access-reviewed', looked: 'access-looked-at' },
  'revoke-sessions': { kind: 'sessions-reviewed', code: 'sessions-reviewed', looked: 'sessions-looked-at' },
  backups: { kind: 'backup', code: 'backup-done' },
};

function cadenceDays(def: DutyDef, inputs: DutyInputs): number {
  const key = def.cadence!;
  const v = inputs.settings?.[key];
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 ? v : DEFAULTS[key];
}

const isLook = (e: CoachEvent): boolean => DETAILS.lookedAt.includes(e.detail ?? '');

function byCadence(def: DutyDef, ctx: Ctx, days: number): Verdict {
  const spec = CADENCE_EVENT[def.id]!;
  const events = ctx.of(spec.kind);
  const reviews = spec.looked ? events.filter((e) => !isLook(e)) : events;
  const look = spec.looked ? newest(events.filter(isLook)) : undefined;
  let last = newest(reviews)?.at;
  let source: EvidenceSource = 'seen';
  if (ctx.mark !== undefined && (last === undefined || ctx.mark > last)) {
    last = ctx.mark;
    source = 'said';
  }
  if (last === undefined) {
    if (look && spec.looked) return { status: 'unknown', evidence: { code: spec.looked, date: look.at, days: daysSince(ctx.now, look.at) }, source: 'none' };
    return { status: 'unknown', evidence: { code: 'no-evidence' }, source: 'none' };
  }
  const evidence: DutyEvidence = { code: spec.code, date: last, days: daysSince(ctx.now, last) };
  if (look && look.at > last) evidence.looked = look.at;
  return { status: ctx.now - last < days * DAY_MS ? 'ok' : 'attention', evidence, source };
}

const RULES: Partial<Record<DutyId, (ctx: Ctx) => Verdict>> = {
  'trusted-collaborators': (ctx) => {
    const since = ctx.now - RISKY_INVITE_WINDOW_DAYS * DAY_MS;
    const risky = ctx
      .of('invite-risky')
      .filter((e) => e.decision === 'proceeded' && e.at >= since && (ctx.mark === undefined || e.at >= ctx.mark));
    if (risky.length) return { status: 'attention', evidence: { code: 'risky-invites-week', count: risky.length, date: newest(risky)!.at }, source: 'seen' };
    const shares = [...ctx.of('invite-risky'), ...ctx.of('public-exposure'), ...ctx.of('page-public-seen')];
    return resolve(ctx, undefined, good(shares, () => 'no-risky-invites-week'));
  },
  'strong-passwords': (ctx) => {
    const verdicts = ctx.of('password-verdict').filter(notBackedOut);
    const weak = verdicts.filter((e) => DETAILS.passwordWeak.includes(e.detail ?? ''));
    const strong = verdicts.filter((e) => DETAILS.passwordStrong.includes(e.detail ?? ''));
    const exposed = [...ctx.of('password-breached'), ...ctx.of('password-reused')].filter(notBackedOut);
    const none = ctx.of('password-status').filter((e) => e.detail === DETAILS.noPassword);
    const codeOf = (e: CoachEvent): string =>
      e.kind === 'password-verdict' ? `password-${e.detail}` : e.kind === 'password-status' ? 'no-password' : e.kind;
    return resolve(ctx, bad(ctx, [...weak, ...exposed], codeOf), good([...strong, ...none], codeOf));
  },
  'no-shared-logins': (ctx) => resolve(ctx, bad(ctx, ctx.of('shared-account').filter(notBackedOut), () => 'shared-account-seen', true), undefined),
  'two-step': (ctx) => {
    const status = ctx.of('twofa-status');
    return resolve(
      ctx,
      bad(ctx, status.filter((e) => e.detail === DETAILS.twofaOff), () => 'twofa-off'),
      good(status.filter((e) => e.detail === DETAILS.twofaOn), () => 'twofa-on'),
    );
  },
  'report-issues': (ctx) => resolve(ctx, bad(ctx, ctx.of('published-password-prompt'), () => 'phishing-page-seen', true), undefined),
  retention: (ctx) =>
    resolve(ctx, bad(ctx, ctx.of('secret-paste').filter((e) => e.decision === 'proceeded'), () => 'secret-pasted', true), undefined),
};

const step = (code: string, action?: NextStep['action']): NextStep => (action ? { code, action } : { code });

/** Next step when the duty is not 'ok' ([attention, unknown]); 'ok' always gets { code: 'none' }. */
const NEXT: Record<DutyId, [NextStep, NextStep]> = {
  'trusted-collaborators': [step('review-invites', 'open-notion'), step('learn-sharing', 'open-help')],
  'review-permissions': [step('review-access', 'open-notion'), step('review-access', 'open-notion')],
  'strong-passwords': [step('change-password', 'open-notion'), step('check-password', 'open-help')],
  'no-shared-logins': [step('use-individual-accounts', 'open-help'), step('confirm-individual-accounts', 'mark-reviewed')],
  'two-step': [step('turn-on-2fa', 'open-notion'), step('check-2fa', 'open-notion')],
  'watch-activity': [step('check-member-activity', 'open-checklist'), step('check-member-activity', 'open-checklist')],
  'revoke-sessions': [step('review-sessions', 'open-notion'), step('review-sessions', 'open-notion')],
  offboarding: [step('offboard-leavers', 'open-checklist'), step('offboard-leavers', 'open-checklist')],
  'responsible-use': [step('read-use-policy', 'open-help'), step('read-use-policy', 'open-help')],
  'report-issues': [step('report-phishing', 'open-help'), step('know-how-to-report', 'open-help')],
  backups: [step('export-workspace', 'open-notion'), step('export-workspace', 'open-notion')],
  retention: [step('remove-and-rotate-secret', 'open-checklist'), step('set-retention-policy', 'open-checklist')],
  'accurate-data': [step('check-account-data', 'open-notion'), step('check-account-data', 'open-notion')],
};

function indexByKind(events: CoachEvent[]): (kind: EventKind) => CoachEvent[] {
  const map = new Map<EventKind, CoachEvent[]>();
  for (const e of Array.isArray(events) ? events : []) {
    if (!e || typeof e.at !== 'number' || !Number.isFinite(e.at)) continue;
    const list = map.get(e.kind);
    if (list) list.push(e);
    else map.set(e.kind, [e]);
  }
  return (kind) => map.get(kind) ?? [];
}

function markOf(id: DutyId, inputs: DutyInputs, of: Ctx['of']): number | undefined {
  const m = inputs.marks?.[id];
  let best = typeof m === 'number' && Number.isFinite(m) ? m : undefined;
  for (const e of of('duty-marked')) if (e.detail === id && (best === undefined || e.at > best)) best = e.at;
  return best;
}

function evaluate(def: DutyDef, inputs: DutyInputs, of: Ctx['of']): Verdict {
  const ctx: Ctx = { now: inputs.now, mark: markOf(def.id, inputs, of), of };
  if (def.cadence) return byCadence(def, ctx, cadenceDays(def, inputs));
  const rule = RULES[def.id];
  return rule ? rule(ctx) : resolve(ctx, undefined, undefined);
}

/**
 * When reminders for never-done reviews may start: REMINDER_GRACE_DAYS after the install, or after the
 * oldest event in the log if that is older (the log proves SRM Coach was running then). Undefined when
 * neither is known (storage was cleared and nothing recorded since): the grace has not started.
 */
export function reminderStart(inputs: Pick<DutyInputs, 'events' | 'installedAt'>): number | undefined {
  let from = typeof inputs.installedAt === 'number' && Number.isFinite(inputs.installedAt) ? inputs.installedAt : undefined;
  for (const e of Array.isArray(inputs.events) ? inputs.events : []) {
    if (e && typeof e.at === 'number' && Number.isFinite(e.at) && (from === undefined || e.at < from)) from = e.at;
  }
  return from === undefined ? undefined : from + REMINDER_GRACE_DAYS * DAY_MS;
}

export function dutyStates(inputs: DutyInputs): DutyState[] {
  const of = indexByKind(inputs.events);
  const start = reminderStart(inputs);
  const graceOver = start !== undefined && inputs.now >= start;
  return DUTIES.map((def) => {
    const { status, evidence, source } = evaluate(def, inputs, of);
    const next = status === 'ok' ? step('none') : NEXT[def.id][status === 'attention' ? 0 : 1];
    const due = !!def.cadence && (status === 'attention' || (status === 'unknown' && graceOver));
    return { id: def.id, group: def.group, status, evidence, next: { ...next }, weight: def.weight, source, due };
  });
}

/**
 * Cadence duties whose last review or mark is a full cadence old, or that were never reviewed once the
 * grace period is over (toolbar badge).
 */
export function dueReminders(inputs: DutyInputs): DutyId[] {
  return dutyStates(inputs)
    .filter((s) => s.due)
    .map((s) => s.id);
}
