// The settings as the script on every Notion page reads them: the effective settings the background
// published (platform/settings.ts publishEffectiveSettings), with no settings code here. Only when there
// are none of this version (the worker has not run since an update, or the key was cleared) does it merge
// them itself, with the settings code in the lazily injected `settings` part (parts/settings.iife.ts).
// Same signatures as platform/settings.ts getSettings/watchSettings.

import { onPublishedSettings, readPublishedSettings } from '../../platform/settings';
import type { EffectiveSettings } from '@shared/settings/merge';
import { loadPart } from '../parts/registry';

export async function getSettings(): Promise<EffectiveSettings> {
  const published = await readPublishedSettings();
  if (published) return published;
  return (await loadPart('settings')).getSettings();
}

/**
 * Calls back with fresh settings whenever the background publishes new ones (it does when the user layer
 * or the policy changes). The real managed area is the background's to check (at every start and on each
 * 'managed' change, which wakes it): no tab pays Chromium's ~1.5 s first managed read any more.
 */
export function watchSettings(onChange: (s: EffectiveSettings) => void, signal?: AbortSignal): void {
  const off = onPublishedSettings(
    () =>
      void getSettings().then(
        (s) => !signal?.aborted && onChange(s),
        () => undefined,
      ),
  );
  signal?.addEventListener('abort', () => {
    try {
      off();
    } catch {
      /* context already gone */
    }
  });
}
