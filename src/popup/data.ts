// What the popup shows, read straight from storage (no worker wake-up): the activity log, onboarding
// progress and effective settings. Recomputed whenever one of them changes.
import { browser } from '../platform/browser';
import { getSettings, MANAGED_MIRROR } from '../platform/settings';
import { LOG_KEY } from '../background/log-store';
import { isCoachEvent, type CoachEvent } from '../shared/events';
import { ONBOARDING_KEY, readProgress, type OnboardingProgress } from '../shared/onboarding';
import type { EffectiveSettings } from '../shared/settings/merge';

export interface PopupData {
  events: CoachEvent[];
  settings: EffectiveSettings;
  progress: OnboardingProgress;
  now: number;
}

export async function loadPopupData(): Promise<PopupData> {
  const [got, settings] = await Promise.all([browser.storage.local.get([LOG_KEY, ONBOARDING_KEY]), getSettings()]);
  const log: unknown = got[LOG_KEY];
  return {
    events: Array.isArray(log) ? log.filter(isCoachEvent) : [],
    settings,
    progress: readProgress(got[ONBOARDING_KEY]),
    now: Date.now(),
  };
}

/** Calls back (at most once per task) when the log, onboarding progress, settings or policy change. */
export function onPopupDataChange(cb: () => void): () => void {
  let queued = false;
  const listener = (changes: Record<string, unknown>, area: string) => {
    const relevant =
      area === 'sync' || (area === 'local' && (LOG_KEY in changes || ONBOARDING_KEY in changes || MANAGED_MIRROR in changes));
    if (!relevant || queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      cb();
    }, 0);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function saveProgress(p: OnboardingProgress): Promise<void> {
  await browser.storage.local.set({ [ONBOARDING_KEY]: p });
}

export const pageUrl = (path: 'src/options/index.html' | 'src/log/index.html' | 'src/welcome/index.html'): string =>
  browser.runtime.getURL(path);
