// Onboarding "require" set by a REAL Chromium enterprise policy (as policy.e2e.ts does for "skip"): the
// first-week checklist opens on install, and the popup keeps asking until it is finished, with no way to
// put it aside, even when the user's own settings say "skip".
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Harness } from '../../scripts/lib/browser.mjs';
import { launchWithPolicy, openExt, PAGES, popupReady } from './helpers/ext';

let h: Harness | undefined;

beforeAll(async () => {
  h = await launchWithPolicy({ onboarding: 'require' });
});
afterAll(async () => {
  await h?.close();
});

describe('enterprise policy: onboarding "require"', () => {
  test('the checklist opens on install; the popup asks to finish it and offers no "Not now"', async () => {
    const url = h!.extensionUrl(PAGES.welcome);
    const welcome = await h!.welcomeTab();
    await welcome.getByText('Your organisation asks everyone to finish this checklist.').waitFor();
    const popup = await openExt(h!, PAGES.popup);
    // The user's own "skip" does not count against the organisation's "require".
    await popup.evaluate(() => chrome.storage.sync.set({ onboarding: 'skip' }));
    await popup.reload();
    await popupReady(popup);
    const onb = popup.getByTestId('onboarding');
    expect(await onb.innerText()).toMatch(/Getting started[\s\S]*0 of 6 done[\s\S]*Your organisation asks you to finish the first-week checklist\./);
    expect(await onb.getByRole('button', { name: 'Not now' }).count()).toBe(0);
    expect(await onb.getByRole('link', { name: 'Open the checklist' }).getAttribute('href')).toBe(url);
  });
});
