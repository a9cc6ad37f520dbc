// Filters for the activity log view and exports. PURE.
// Every criterion is optional and they combine with AND; `since` and `until` are inclusive epoch ms;
// an empty `kinds` list means "any kind" (nothing ticked = no filter).

import type { CoachEvent, Decision, EventKind } from '../events';

export interface LogFilter {
  kinds?: EventKind[];
  since?: number;
  until?: number;
  /** A registrable domain, as typed: case, spaces, a leading "@" and trailing dots are ignored. */
  domain?: string;
  decision?: Decision;
}

const normalise = (d: string): string => d.trim().toLowerCase().replace(/^@+/, '').replace(/\.+$/, '');

export function filterEvents(log: CoachEvent[], f: LogFilter): CoachEvent[] {
  const kinds = f.kinds?.length ? new Set(f.kinds) : undefined;
  const domain = f.domain === undefined ? '' : normalise(f.domain);
  return log.filter(
    (e) =>
      (!kinds || kinds.has(e.kind)) &&
      (f.since === undefined || e.at >= f.since) &&
      (f.until === undefined || e.at <= f.until) &&
      (f.decision === undefined || e.decision === f.decision) &&
      (!domain || (e.domains ?? []).some((d) => normalise(d) === domain)),
  );
}
