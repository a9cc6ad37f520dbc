// When the next review reminder falls due (for the background's one-shot alarm). PURE.
import { DAY_MS, DUTIES, dutyStates, reminderStart, type DutyInputs } from './duties';
import { DEFAULTS } from './settings/schema';

/**
 * The moment the next cadence duty becomes due: the earliest of (last evidence or mark + its cadence in
 * days) over the 'ok' ones, and the end of the grace period if a never-done review waits for it; undefined
 * when nothing is waiting (everything not ok is already due).
 */
export function nextDueAt(inputs: DutyInputs): number | undefined {
  let next: number | undefined;
  const start = reminderStart(inputs);
  for (const s of dutyStates(inputs)) {
    const cadence = DUTIES.find((d) => d.id === s.id)?.cadence;
    if (cadence && s.status === 'unknown' && !s.due && start !== undefined && (next === undefined || start < next)) next = start;
    if (!cadence || s.status !== 'ok' || s.evidence.date === undefined) continue;
    const v = inputs.settings?.[cadence];
    const days = typeof v === 'number' && Number.isFinite(v) && v >= 1 ? v : DEFAULTS[cadence];
    const at = s.evidence.date + days * DAY_MS;
    if (next === undefined || at < next) next = at;
  }
  return next;
}

/** How long the toolbar badge says a Notion password was found on another site. */
export const REUSE_ALERT_MS = 24 * 60 * 60 * 1000;

/**
 * The other site where the Notion password was seen within REUSE_ALERT_MS, if any: the reuse watch tells
 * it through the badge, never in that site's page.
 */
export function recentReuse(events: readonly { at: number; kind: string; detail?: string; domains?: string[] }[], now: number): string | undefined {
  let best: { at: number; host: string } | undefined;
  for (const e of events) {
    if (e.kind !== 'password-reused' || e.detail !== 'other-site' || !e.domains?.[0]) continue;
    if (now - e.at > REUSE_ALERT_MS || e.at > now + 60_000) continue;
    if (!best || e.at > best.at) best = { at: e.at, host: e.domains[0] };
  }
  return best?.host;
}

/**
 * The toolbar badge's text: '!' when the Notion password was found on another site (it outranks the
 * rest), else the number of reminders due, else nothing. A fresh install shows nothing: no review is due
 * during the grace period (duties/model.ts REMINDER_GRACE_DAYS).
 */
export function badgeText(due: readonly string[], reusedOn: string | undefined): string {
  if (reusedOn) return '!';
  return due.length ? String(due.length) : '';
}
