// The real toolbar popup (not its URL in a tab): opened the way a click on SRM Coach's toolbar button
// opens it, over a Notion tab, with the evidence in storage. Reached through puppeteer-core
// (scripts/lib/browser.mjs openToolbarPopup), because Playwright does not list extension popups as pages.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../../scripts/lib/browser.mjs';
import { encodeLog } from '../../src/shared/log/stored';
import { ev, storedLog } from './helpers/ext';

let h: Harness;
let notion: Page;

beforeAll(async () => {
  h = await launch({ toolbarPopup: true });
  // A first install opens the welcome tour in a new tab (1.5–3 s after start): let it open first, since a
  // popup closes when its window's active tab changes.
  await h.closeWelcomeTab();
  notion = await h.openNotion('https://app.notion.com/acme/Roadmap-0123456789abcdef0123456789abcdef', 'share-a.html');
  const log = encodeLog([ev('twofa-status', 1, 'recorded', { detail: '2fa-off' }), ev('access-reviewed', 3), ev('backup', 2)]);
  await h.serviceWorker().evaluate((log) => chrome.storage.local.set({ log, onboarding: { completed: 5, done: true } }), log);
});
afterAll(async () => {
  await h?.close();
});

describe('toolbar popup', () => {
  test('a click on the toolbar button shows the duties with their evidence, readable in the popup', async () => {
    const { page: popup } = await h.openToolbarPopup(notion);
    await popup.waitForFunction(() => document.documentElement.dataset.ready === '1');
    const text = (sel: string) => popup.$eval(sel, (el) => (el as HTMLElement).innerText);
    expect(await popup.$$eval('[data-duty]', (els) => els.length)).toBe(13);
    expect(await popup.$eval('[data-duty="two-step"]', (el) => el.getAttribute('data-status'))).toBe('attention');
    expect(await text('[data-duty="two-step"]')).toMatch(/Needs attention[\s\S]*2-step verification was off/);
    expect(await text('[data-duty="review-permissions"]')).toContain('Access last reviewed 3 days ago.');
    expect(await text('[data-testid="score"]')).toMatch(/^\d+ \/ 100$/);
    // A popup sizes itself to its page: wide enough to read, and nothing cut off sideways.
    const [width, scrollWidth] = await popup.evaluate(() => [innerWidth, document.documentElement.scrollWidth]);
    expect(width).toBeGreaterThanOrEqual(320);
    expect(scrollWidth).toBeLessThanOrEqual(width!);
    await popup.close();
  });

  test('"Mark as done" in the popup records the mark, and the next open shows it', async () => {
    const { page: popup } = await h.openToolbarPopup(notion);
    await popup.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await popup.click('[data-duty="offboarding"] button');
    await popup.waitForFunction(() => document.querySelector('[data-duty="offboarding"]')?.getAttribute('data-status') === 'ok');
    await popup.close();
    expect((await storedLog(h.serviceWorker())).filter((e) => e.kind === 'duty-marked').map((e) => e.detail)).toEqual(['offboarding']);
    const again = (await h.openToolbarPopup(notion)).page;
    await again.waitForFunction(() => document.documentElement.dataset.ready === '1');
    expect(await again.$eval('[data-duty="offboarding"]', (el) => (el as HTMLElement).innerText)).toMatch(/OK[\s\S]*today/);
    await again.close();
  });
});
