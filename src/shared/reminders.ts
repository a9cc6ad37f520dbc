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
