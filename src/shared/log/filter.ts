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
  /** Part of the page's title, id or host, as typed (case and surrounding spaces ignored). */
  page?: string;
}

// The trailing-dots pattern is tried only where a run of dots starts, so a long run is read once.
const normalise = (d: string): string => d.trim().toLowerCase().replace(/^@+/, '').replace(/(?<!\.)\.+$/, '');

export function filterEvents(log: CoachEvent[], f: LogFilter): CoachEvent[] {
  const kinds = f.kinds?.length ? new Set(f.kinds) : undefined;
  const domain = f.domain === undefined ? '' : normalise(f.domain);
  const page = (f.page ?? '').trim().toLowerCase();
  const onPage = (e: CoachEvent): boolean =>
    [e.pageTitle, e.pageId, e.host].some((v) => typeof v === 'string' && v.toLowerCase().includes(page));
  return log.filter(
    (e) =>
      (!kinds || kinds.has(e.kind)) &&
      (f.since === undefined || e.at >= f.since) &&
      (f.until === undefined || e.at <= f.until) &&
      (f.decision === undefined || e.decision === f.decision) &&
      (!domain || (e.domains ?? []).some((d) => normalise(d) === domain)) &&
      (!page || onPage(e)),
  );
}
