import type { CoachEvent, Decision, EventKind } from '../../../src/shared/events';
import { DAY_MS, type DutyId, type DutyInputs } from '../../../src/shared/duties';

export const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
export const daysAgo = (d: number): number => NOW - d * DAY_MS;

let seq = 0;
export function ev(kind: EventKind, ageDays: number, decision: Decision = 'recorded', detail?: string): CoachEvent {
  const e: CoachEvent = { id: `t-${++seq}`, at: daysAgo(ageDays), kind, decision };
  if (detail !== undefined) e.detail = detail;
  return e;
}

export const SETTINGS30 = { accessReviewDays: 30, backupDays: 30, sessionsReviewDays: 30 };

export function inputs(events: CoachEvent[] = [], marks: Partial<Record<DutyId, number>> = {}, settings = SETTINGS30): DutyInputs {
  return { events, now: NOW, settings, marks };
}
