// The first week: a checklist of the Shared Responsibilities Model's duties as everyday moments, its
// progress (storage.local 'onboarding') and when the popup shows it. PURE.
//
// Each item turns green ('done') when SRM Coach has SEEN it in Notion (an event in the activity log), or
// when the user marks it on the welcome page ("you said", kept in the progress as `marked`). A checklist
// mark is about learning the moment; it is not a duty mark and does not change the duties or the score.
//
// | item    | seen in Notion (any of these events)                                   |
// |---------|------------------------------------------------------------------------|
// | invite  | 'invite-risky' (SRM Coach checked an invite in the Share menu)        |
// | publish | 'public-exposure', 'page-public-seen' (the Share menu's web access)    |
// | sign-in | 'twofa-status' '2fa-on' (Account security showed 2-step verification on)|
// | leaver  | 'access-reviewed' (Settings → People was opened: you know where)       |
// | export  | 'backup' (an export was started)                                       |
// | report  | — (only the user can say they know where to report)                    |
//
// policy 'skip': never opened, never shown. 'auto': opened on first install, shown in the popup until done
// or put aside ("Not now"). 'require': opened on first install and shown in the popup until done (cannot be
// put aside). Done = every item green once (then kept as `done`, even if the log is cleared later).

import type { CoachEvent, EventKind } from './events';
import type { Onboarding } from './settings/schema';
import { DETAILS } from './duties/model';

import { ONBOARDING_KEY } from './storage-keys';
export { ONBOARDING_KEY };

export type ChecklistId = 'invite' | 'publish' | 'sign-in' | 'leaver' | 'export' | 'report';
export const CHECKLIST: readonly ChecklistId[] = ['invite', 'publish', 'sign-in', 'leaver', 'export', 'report'];
/** How many items the first week has. */
export const ONBOARDING_STEPS = CHECKLIST.length;

export function isChecklistId(v: unknown): v is ChecklistId {
  return typeof v === 'string' && (CHECKLIST as readonly string[]).includes(v);
}

export interface OnboardingProgress {
  /** Items green when last counted (kept for older readers; the checklist itself is recomputed). */
  completed: number;
  done: boolean;
  /** The user chose "Not now" in the popup ('auto' only). */
  snoozed?: boolean;
  /** Items the user marked on the welcome page, with the time. */
  marked?: Partial<Record<ChecklistId, number>>;
}

export const NO_PROGRESS: Readonly<OnboardingProgress> = Object.freeze({ completed: 0, done: false });

/** Validates what storage holds (older versions, hand edits): anything odd counts as not started. */
export function readProgress(raw: unknown): OnboardingProgress {
  if (!raw || typeof raw !== 'object') return { ...NO_PROGRESS };
  const r = raw as Record<string, unknown>;
  const n = typeof r.completed === 'number' && Number.isFinite(r.completed) ? Math.floor(r.completed) : 0;
  const completed = Math.min(ONBOARDING_STEPS, Math.max(0, n));
  const done = r.done === true;
  const out: OnboardingProgress = { completed: done ? ONBOARDING_STEPS : completed, done };
  if (r.snoozed === true) out.snoozed = true;
  if (r.marked && typeof r.marked === 'object') {
    const marked: Partial<Record<ChecklistId, number>> = {};
    for (const [k, v] of Object.entries(r.marked as Record<string, unknown>)) if (isChecklistId(k) && typeof v === 'number' && Number.isFinite(v)) marked[k] = v;
    if (Object.keys(marked).length) out.marked = marked;
  }
  return out;
}

export type ItemSource = 'seen' | 'said' | 'none';

export interface ChecklistItemState {
  id: ChecklistId;
  done: boolean;
  source: ItemSource;
  /** Epoch ms of the evidence (newest event) or the mark. */
  at?: number;
}

const SEEN: Record<ChecklistId, (e: CoachEvent) => boolean> = {
  invite: (e) => e.kind === 'invite-risky',
  publish: (e) => e.kind === 'public-exposure' || e.kind === 'page-public-seen',
  'sign-in': (e) => e.kind === 'twofa-status' && e.detail === DETAILS.twofaOn,
  leaver: (e) => e.kind === 'access-reviewed',
  export: (e) => e.kind === 'backup',
  report: () => false,
};

/** The kinds each item's evidence can come from (for tests and the welcome page's "where"). */
export const CHECKLIST_EVIDENCE: Record<ChecklistId, readonly EventKind[]> = {
  invite: ['invite-risky'],
  publish: ['public-exposure', 'page-public-seen'],
  'sign-in': ['twofa-status'],
  leaver: ['access-reviewed'],
  export: ['backup'],
  report: [],
};

/** Every item's state: seen in Notion wins over the user's mark (it is the stronger evidence). */
export function checklistState(events: readonly CoachEvent[], p: OnboardingProgress): ChecklistItemState[] {
  const list = Array.isArray(events) ? events : [];
  return CHECKLIST.map((id) => {
    let at: number | undefined;
    for (const e of list) if (e && typeof e.at === 'number' && SEEN[id](e) && (at === undefined || e.at > at)) at = e.at;
    if (at !== undefined) return { id, done: true, source: 'seen', at };
    const mark = p.marked?.[id];
    if (mark !== undefined) return { id, done: true, source: 'said', at: mark };
    return { id, done: false, source: 'none' };
  });
}

/** Progress with the checklist counted: `done` once every item is green (and then for good). */
export function withChecklist(p: OnboardingProgress, items: readonly ChecklistItemState[]): OnboardingProgress {
  const completed = items.filter((i) => i.done).length;
  return { ...p, completed: p.done ? ONBOARDING_STEPS : completed, done: p.done || completed >= ONBOARDING_STEPS };
}

/** Progress after the user marks (or unmarks) an item on the welcome page. */
export function markItem(p: OnboardingProgress, id: ChecklistId, at: number | undefined): OnboardingProgress {
  const marked: Partial<Record<ChecklistId, number>> = { ...p.marked };
  if (at === undefined) delete marked[id];
  else marked[id] = at;
  const out: OnboardingProgress = { ...p, marked };
  if (!Object.keys(marked).length) delete out.marked;
  return out;
}

export type OnboardingView = 'hidden' | 'progress' | 'required';

export function onboardingView(policy: Onboarding, p: OnboardingProgress): OnboardingView {
  if (policy === 'skip' || p.done) return 'hidden';
  if (policy === 'require') return 'required';
  return p.snoozed ? 'hidden' : 'progress';
}

export function shouldOpenWelcome(reason: string, policy: Onboarding): boolean {
  return reason === 'install' && policy !== 'skip';
}
