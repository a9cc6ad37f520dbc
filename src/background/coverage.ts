// Coverage: the one writer of the coverage state (storage.local COVERAGE_KEY). Content scripts
// send batched reports ('coverage:report', counts and cue names only); reports that arrive while a write
// is under way are merged into the next one, so a busy tab costs one read and one write per batch.
// The toolbar badge asks blindReliedOn() (reminders.ts): a blind surface the user relies on outranks the
// review count.
import { browser } from '../platform/browser';
import { handle } from '../platform/messaging';
import { t, type MessageKey } from '../platform/i18n';
import { createSerial } from '@shared/serial';
import { blindChanged, blindSurfaces, isCoverageReport, mergeReport, readCoverage, type CoverageReport, type CoverageState } from '@shared/coverage/model';
import { reliedOn, type SurfaceId } from '@shared/coverage/surfaces';
import type { Settings } from '@shared/settings/schema';
import { COVERAGE_KEY } from '@shared/storage-keys';
import { formatList } from '../ui/labels';
import { SURFACE_KEY } from '../ui/coverage-labels';

const serial = createSerial();
const queue: CoverageReport[] = [];

export async function readCoverageState(): Promise<CoverageState> {
  try {
    return readCoverage((await browser.storage.local.get(COVERAGE_KEY))[COVERAGE_KEY]);
  } catch {
    return readCoverage(undefined);
  }
}

/** Merges every queued report in one read-modify-write; calls onBlindChange when a surface turned blind or working. */
function drain(onBlindChange: () => void): Promise<void> {
  return serial(async () => {
    if (!queue.length) return;
    const batch = queue.splice(0);
    const prev = await readCoverageState();
    const now = Date.now();
    const next = batch.reduce((s, r) => mergeReport(s, r, now), prev);
    await browser.storage.local.set({ [COVERAGE_KEY]: next });
    if (blindChanged(prev, next)) onBlindChange();
  });
}

/** Registers the report handler; call at the top level of the background script. */
export function initCoverage(onBlindChange: () => void): void {
  handle({
    'coverage:report': async ({ report }) => {
      if (!isCoverageReport(report)) return { ok: true }; // the guard checked it; never trust twice-removed input
      queue.push(report);
      await drain(onBlindChange);
      return { ok: true };
    },
  });
}

/** The blind surfaces the user relies on (their feature is not switched off), for the badge. */
export async function blindReliedOn(settings: Settings): Promise<SurfaceId[]> {
  return blindSurfaces(await readCoverageState()).filter((s) => reliedOn(s, settings));
}

/** The badge title's line for blind surfaces ('' when none). */
export function blindTitle(blind: readonly SurfaceId[]): string {
  return blind.length ? t('badgeTitleBlind', formatList(blind.map((s) => t(SURFACE_KEY[s] as MessageKey)))) : '';
}
