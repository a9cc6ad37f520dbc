// When the next review reminder falls due (for the background's one-shot alarm). PURE.
import { DAY_MS, DUTIES, dutyStates, type DutyInputs } from './duties';
import { DEFAULTS } from './settings/schema';

/**
 * The moment the earliest cadence duty that is 'ok' now becomes due again (last evidence or mark + its
 * cadence in days), or undefined when no cadence duty is ok (nothing to wait for: it is already due).
 */
export function nextDueAt(inputs: DutyInputs): number | undefined {
  let next: number | undefined;
  for (const s of dutyStates(inputs)) {
    const cadence = DUTIES.find((d) => d.id === s.id)?.cadence;
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
