// Onboarding progress (storage.local 'onboarding') and when the popup shows it. PURE.
//
// policy 'skip': never opened, never shown. 'auto': opened on first install, shown in the popup until done
// or put aside ("Not now"). 'require': opened on first install and shown in the popup until done (cannot be
// put aside).

import type { Onboarding } from './settings/schema';

import { ONBOARDING_KEY } from './storage-keys';
export { ONBOARDING_KEY };
export const ONBOARDING_STEPS = 5;

export interface OnboardingProgress {
  /** Steps finished (0…ONBOARDING_STEPS); the next step to show is this index. */
  completed: number;
  done: boolean;
  /** The user chose "Not now" in the popup ('auto' only). */
  snoozed?: boolean;
}

export const NO_PROGRESS: Readonly<OnboardingProgress> = Object.freeze({ completed: 0, done: false });

/** Validates what storage holds (older versions, hand edits): anything odd counts as not started. */
export function readProgress(raw: unknown): OnboardingProgress {
  if (!raw || typeof raw !== 'object') return { ...NO_PROGRESS };
  const r = raw as Record<string, unknown>;
  const n = typeof r.completed === 'number' && Number.isFinite(r.completed) ? Math.floor(r.completed) : 0;
  const completed = Math.min(ONBOARDING_STEPS, Math.max(0, n));
  const done = r.done === true || completed >= ONBOARDING_STEPS;
  const out: OnboardingProgress = { completed: done ? ONBOARDING_STEPS : completed, done };
  if (r.snoozed === true) out.snoozed = true;
  return out;
}

/** Progress after finishing step `index` (0-based); never goes backwards. */
export function completeStep(p: OnboardingProgress, index: number): OnboardingProgress {
  const completed = Math.min(ONBOARDING_STEPS, Math.max(p.completed, Math.floor(index) + 1));
  return { ...p, completed, done: p.done || completed >= ONBOARDING_STEPS };
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
