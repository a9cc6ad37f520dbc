// Filters for the activity log view and exports. PURE.
// Every criterion is optional and they combine with AND; `since` and `until` are inclusive epoch ms;
// an empty `kinds` list means "any kind" (nothing ticked = no filter).

import { isDecision, isEventKind, type CoachEvent, type Decision, type EventKind } from '../events';

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

const DAY_OR_TIME = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.length <= 300;

/** A filter as it arrives in a message, reduced to what filterEvents understands (anything else is dropped). */
export function cleanFilter(raw: unknown): LogFilter {
  if (!raw || typeof raw !== 'object') return {};
  const f = raw as Record<string, unknown>;
  const out: LogFilter = {};
  if (Array.isArray(f.kinds)) {
    const kinds = f.kinds.filter(isEventKind);
    if (kinds.length) out.kinds = kinds;
  }
  if (DAY_OR_TIME(f.since)) out.since = f.since;
  if (DAY_OR_TIME(f.until)) out.until = f.until;
  if (text(f.domain) && f.domain.trim()) out.domain = f.domain;
  if (isDecision(f.decision)) out.decision = f.decision;
  if (text(f.page) && f.page.trim()) out.page = f.page;
  return out;
}
