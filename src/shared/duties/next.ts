// "Next three things": what the popup leads with. PURE.
//
// Order: needs attention first, then due (a review never done, after the grace period), then not checked;
// within each, heavier duties first, then catalogue order. OK duties are never listed. Each thing has ONE
// action: 'mark' when only the user can tell SRM Coach it is done (a review, a habit), 'open-notion' when
// SRM Coach will see the fix in Notion (2-step verification on, a password rated, an export started),
// 'open-help' when the step is to read or contact Notion.

import { DUTIES, type DutyId, type DutyState } from './model';

export type NextKind = 'attention' | 'due' | 'unknown';
export type PrimaryAction = 'mark' | 'open-notion' | 'open-help';

export interface NextThing {
  state: DutyState;
  kind: NextKind;
  action: PrimaryAction;
}

export const NEXT_THINGS = 3;

/** Duties whose fix SRM Coach sees in Notion: the one action opens Notion. */
const SEEN_IN_NOTION: ReadonlySet<DutyId> = new Set<DutyId>(['strong-passwords', 'two-step', 'backups']);

export function primaryAction(s: DutyState): PrimaryAction {
  if (SEEN_IN_NOTION.has(s.id)) return 'open-notion';
  if (s.id === 'report-issues' && s.status === 'attention') return 'open-help';
  return 'mark';
}

export function kindOf(s: DutyState): NextKind | undefined {
  if (s.status === 'attention') return 'attention';
  if (s.status === 'ok') return undefined;
  return s.due ? 'due' : 'unknown';
}

const RANK: Record<NextKind, number> = { attention: 0, due: 1, unknown: 2 };
const ORDER = new Map(DUTIES.map((d, i) => [d.id, i]));

export function nextThings(states: DutyState[], limit = NEXT_THINGS): NextThing[] {
  const things: NextThing[] = [];
  for (const state of states) {
    const kind = kindOf(state);
    if (kind) things.push({ state, kind, action: primaryAction(state) });
  }
  things.sort(
    (a, b) => RANK[a.kind] - RANK[b.kind] || b.state.weight - a.state.weight || (ORDER.get(a.state.id) ?? 0) - (ORDER.get(b.state.id) ?? 0),
  );
  return things.slice(0, Math.max(0, limit));
}
