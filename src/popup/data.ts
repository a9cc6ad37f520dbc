// What the popup shows, read straight from storage (no worker wake-up): the activity log, onboarding
// progress and effective settings. Recomputed whenever one of them changes.
import { browser } from '../platform/browser';
import { mirrorFrom } from '../platform/settings';
import type { CoachEvent } from '../shared/events';
import { decodeLog } from '../shared/log/stored';
import { readProgress, type OnboardingProgress } from '../shared/onboarding';
import { mergeSettings, type EffectiveSettings } from '../shared/settings/merge';
import { LOG_KEY, MANAGED_MIRROR, ONBOARDING_KEY } from '../shared/storage-keys';


export interface PopupData {
  events: CoachEvent[];
  settings: EffectiveSettings;
  progress: OnboardingProgress;
  now: number;
}

/**
 * One read of each area, in parallel (two reads after each other cost ~15 ms more here). A failing area
 * reads as empty, as in getSettings(): Firefox rejects storage.sync when an organisation turned sync off,
 * and the popup must still show the duties.
 */
export async function loadPopupData(): Promise<PopupData> {
  const empty = (): Record<string, unknown> => ({});
  const [local, sync] = await Promise.all([
    browser.storage.local.get([LOG_KEY, ONBOARDING_KEY, MANAGED_MIRROR]).catch(empty),
    browser.storage.sync.get(null).catch(empty),
  ]);
  return {
    events: decodeLog(local[LOG_KEY]),
    // As getSettings() does: the user layer (sync) over defaults, under the mirrored policy.
    settings: mergeSettings(sync, mirrorFrom(local)),
    progress: readProgress(local[ONBOARDING_KEY]),
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
