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

/** Installed long ago (the grace period of never-done reviews is over) unless `installedAt` says otherwise (null: not recorded). */
export const LONG_AGO = daysAgo(400);

export function inputs(events: CoachEvent[] = [], marks: Partial<Record<DutyId, number>> = {}, settings = SETTINGS30, installedAt: number | null = LONG_AGO): DutyInputs {
  const i: DutyInputs = { events, now: NOW, settings, marks };
  if (installedAt !== null) i.installedAt = installedAt;
  return i;
}
