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
  test('a click on the toolbar button leads with the next things and their evidence, and fits 600 px', async () => {
    const { page: popup } = await h.openToolbarPopup(notion);
    await popup.waitForFunction(() => document.documentElement.dataset.ready === '1');
    const text = (sel: string) => popup.$eval(sel, (el) => (el as HTMLElement).innerText);
    expect(await popup.$eval('[data-next="two-step"]', (el) => el.getAttribute('data-kind'))).toBe('attention');
    expect(await text('[data-next="two-step"]')).toMatch(/Needs attention[\s\S]*Seen in Notion: 2-step verification was off/);
    expect(await popup.$$eval('[data-next]', (els) => els.length)).toBe(3);
    // 2-step (attention), the access review and the export (OK): 7 of 25 known, no number yet.
    expect(await text('[data-testid="summary"]')).toBe('1 need attention · 2 OK · 10 not checked');
    expect(await text('[data-testid="score"]')).toBe('No score until SRM Coach knows most of your duties.');
    // A popup sizes itself to its page: wide enough to read, nothing cut off sideways, at most 600 px tall
    // (measured with the coverage line in place).
    await popup.waitForSelector('[data-testid="coverage"]');
    const [width, scrollWidth, height] = await popup.evaluate(() => [innerWidth, document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
    expect(width).toBeGreaterThanOrEqual(320);
    expect(scrollWidth).toBeLessThanOrEqual(width!);
    expect(height).toBeLessThanOrEqual(600);
    // Every duty is one click away.
    await popup.click('[data-testid="all-duties"] summary');
    await popup.waitForSelector('[data-duty="review-permissions"]');
    expect(await popup.$$eval('[data-duty]', (els) => els.length)).toBe(13);
    expect(await text('[data-duty="review-permissions"]')).toContain('Access last reviewed 3 days ago.');
    await popup.close();
  });

  test('"Mark as done" in the popup records the mark, and the next open shows it', async () => {
    const { page: popup } = await h.openToolbarPopup(notion);
    await popup.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await popup.click('[data-testid="all-duties"] summary');
    await popup.waitForSelector('[data-duty="offboarding"] button');
    await popup.click('[data-duty="offboarding"] button');
    await popup.waitForFunction(() => document.querySelector('[data-duty="offboarding"]')?.getAttribute('data-status') === 'ok');
    await popup.close();
    expect((await storedLog(h.serviceWorker())).filter((e) => e.kind === 'duty-marked').map((e) => e.detail)).toEqual(['offboarding']);
    const again = (await h.openToolbarPopup(notion)).page;
    await again.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await again.click('[data-testid="all-duties"] summary');
    await again.waitForSelector('[data-duty="offboarding"]');
    expect(await again.$eval('[data-duty="offboarding"]', (el) => (el as HTMLElement).innerText)).toMatch(/OK[\s\S]*today/);
    await again.close();
  });
});
