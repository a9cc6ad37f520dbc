// What the popup shows, read straight from storage (no worker wake-up): the log digest (the evidence the
// duties read, shared/log/digest.ts; never the whole log), onboarding progress, effective settings and the
// coaching coverage (in the same read, so the first full render has its line: nothing shifts after).
// Recomputed whenever one of them changes.
import { onStorageChange, readAreas, saveOnboarding } from '../platform/storage';
import { extensionUrl } from '../platform/runtime';
import { mirrorFrom } from '../platform/settings';
import type { CoachEvent } from '@shared/events';
import { digestWithWaiting } from '@shared/log/migrate';
import { readProgress, type OnboardingProgress } from '@shared/onboarding';
import { mergeSettings, type EffectiveSettings } from '@shared/settings/merge';
import { readCoverage, type CoverageState } from '@shared/coverage/model';
import { COVERAGE_KEY, DIGEST_KEY, INSTALLED_KEY, LOG_KEY, MANAGED_MIRROR, ONBOARDING_KEY } from '@shared/storage-keys';

export interface PopupData {
  /** The digest's evidence events: dutyStates() over them equals dutyStates() over the whole log. */
  events: CoachEvent[];
  /** Events in the activity log. */
  logTotal: number;
  settings: EffectiveSettings;
  progress: OnboardingProgress;
  now: number;
  /** storage.local 'installedAt' (starts the reminders' grace period), if recorded. */
  installedAt?: number;
  /** Which Notion screens SRM Coach recognises (written by the background: background/coverage.ts). */
  coverage: CoverageState;
}

/**
 * One read of each area, in parallel (two reads after each other cost ~15 ms more here). A failing area
 * reads as empty, as in getSettings(): Firefox rejects storage.sync when an organisation turned sync off,
 * and the popup must still show the duties.
 */
export async function loadPopupData(): Promise<PopupData> {
  const { local, sync } = await readAreas([DIGEST_KEY, LOG_KEY, ONBOARDING_KEY, MANAGED_MIRROR, INSTALLED_KEY, COVERAGE_KEY]);
  const now = Date.now();
  // With a log stored by an earlier build that the background has not moved yet, or events it put aside.
  const digest = digestWithWaiting(local[DIGEST_KEY], local[LOG_KEY], now);
  const installed = local[INSTALLED_KEY];
  return {
    ...(typeof installed === 'number' && Number.isFinite(installed) ? { installedAt: installed } : {}),
    events: digest.events,
    logTotal: digest.total,
    // As getSettings() does: the user layer (sync) over defaults, under the mirrored policy.
    settings: mergeSettings(sync, mirrorFrom(local)),
    progress: readProgress(local[ONBOARDING_KEY]),
    coverage: readCoverage(local[COVERAGE_KEY]),
    now,
  };
}

/** Calls back (at most once per task) when the log digest, onboarding progress, settings, policy or coverage change. */
export function onPopupDataChange(cb: () => void): () => void {
  let queued = false;
  const relevant = (area: string, keys: string[]) =>
    area === 'sync' || (area === 'local' && keys.some((k) => k === DIGEST_KEY || k === LOG_KEY || k === ONBOARDING_KEY || k === MANAGED_MIRROR || k === INSTALLED_KEY || k === COVERAGE_KEY));
  return onStorageChange(relevant, () => {
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      cb();
    }, 0);
  });
}

export const saveProgress = (p: OnboardingProgress): Promise<void> => saveOnboarding(p);

export const pageUrl = (path: 'src/options/index.html' | 'src/log/index.html' | 'src/welcome/index.html'): string =>
  extensionUrl(path);
