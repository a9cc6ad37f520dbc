// First install: record the install time (storage.local 'installedAt'), then open the welcome page (src/welcome) unless the organisation's policy says onboarding 'skip'.
// Progress lives in storage.local 'onboarding' (shared/onboarding.ts); the popup shows it until done.
//
// The policy is read from storage.managed itself (the local mirror is still empty on install). Chromium 156
// answers that first read only once its policy is loaded (~1.5–3 s after start here): test/e2e/policy.e2e.ts
// shows a real policy's onboarding 'skip' honoured on a fresh profile. (Privacy Badger reported an empty
// first read on an older Chromium, EFForg/privacybadger#2832; not seen here.)

import { browser } from '../platform/browser';
import { readManaged, syncManagedMirror } from '../platform/settings';
import { mergeSettings } from '@shared/settings/merge';
import { shouldOpenWelcome } from '@shared/onboarding';
import type { Runtime } from '../platform/browser';
import { INSTALLED_KEY } from '@shared/storage-keys';

export const WELCOME_PATH = 'src/welcome/index.html';

export async function onInstalled(details: Runtime.OnInstalledDetailsType): Promise<void> {
  // The install time starts the grace period of the reminders (shared/duties REMINDER_GRACE_DAYS): a fresh
  // install shows no badge. Written first, whatever the onboarding policy; on an update from a build that
  // did not record it, "now" (the oldest event in the log still counts if older, so reminders of someone
  // who used SRM Coach before go on).
  if (details.reason === 'update') {
    const got: Record<string, unknown> = await browser.storage.local.get(INSTALLED_KEY).catch(() => ({}));
    if (typeof got[INSTALLED_KEY] !== 'number') await browser.storage.local.set({ [INSTALLED_KEY]: Date.now() }).catch(() => undefined);
    return;
  }
  if (details.reason !== 'install') return;
  await browser.storage.local.set({ [INSTALLED_KEY]: Date.now() }).catch(() => undefined);
  const [managed, user] = await Promise.all([readManaged(), browser.storage.sync.get(null).catch(() => ({}))]);
  void syncManagedMirror();
  const { values } = mergeSettings(user, managed);
  if (!shouldOpenWelcome(details.reason, values.onboarding)) return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}

export function initOnboarding(): void {
  browser.runtime.onInstalled.addListener((details: Runtime.OnInstalledDetailsType) => void onInstalled(details));
}
