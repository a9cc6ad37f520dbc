// Review reminders in real Chromium: the toolbar badge counts the cadence duties that are due (access
// review, backup/export, sessions review; cadences from settings), recomputed when the log or settings
// change, "mark as done" clears it, and a chrome.alarms alarm raises it at the due moment — also after the
// service worker was stopped through the DevTools protocol (alarms survive worker restarts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../../scripts/lib/browser.mjs';
import { badge, DAY, ev, openExt, PAGES, seed, sleep, stopWorkers, storedLog } from './helpers/ext';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
  page = await openExt(h, PAGES.popup);
});
afterAll(async () => {
  await h?.close();
});

const recent = () => [ev('access-reviewed', 1), ev('backup', 1), ev('sessions-reviewed', 1)];
const title = async () => {
  for (const sw of [...h.context.serviceWorkers()].reverse()) {
    try {
      return await sw.evaluate(() => chrome.action.getTitle({}));
    } catch {
      /* stopped worker */
    }
  }
  return null;
};

describe('reminders and the toolbar badge', () => {
  test('a fresh install: nothing was ever reviewed, so all three reminders are due', async () => {
    await expect.poll(() => badge(h, page)).toBe('3');
    expect(await title()).toBe('SRM Coach: reminders due: Review who has access regularly, Revoke suspicious or old sessions, and Back up and export what matters');
    const alarms = await page.evaluate(() => chrome.alarms.getAll());
    expect(alarms.find((a) => a.name === 'srm-reminders')?.periodInMinutes).toBe(60);
  });

  test('recomputed when the log changes: recent reviews clear it, an old one raises it again', async () => {
    await seed(page, { local: { log: recent() } });
    await expect.poll(() => badge(h, page)).toBe('');
    expect(await title()).toBe('SRM Coach');
    await seed(page, { local: { log: [ev('access-reviewed', 31), ev('backup', 1), ev('sessions-reviewed', 1)] } });
    await expect.poll(() => badge(h, page)).toBe('1');
  });

  test('"mark as reviewed" in the popup records the date and clears the badge', async () => {
    await page.reload();
    const row = page.locator('[data-duty="review-permissions"]');
    await row.getByRole('button', { name: 'Mark as reviewed' }).click();
    await expect.poll(() => badge(h, page)).toBe('');
    const log = await storedLog(page);
    const marked = log.filter((e) => e.kind === 'duty-marked');
    expect(marked.map((e) => e.detail)).toEqual(['review-permissions']);
    expect(Math.abs(marked[0]!.at - Date.now())).toBeLessThan(60_000);
  });

  test('cadences come from settings: a 7-day access review makes a 10-day-old review due', async () => {
    await seed(page, { local: { log: [ev('access-reviewed', 10), ev('backup', 1), ev('sessions-reviewed', 1)] } });
    await expect.poll(() => badge(h, page)).toBe('');
    await page.evaluate(() => chrome.storage.sync.set({ accessReviewDays: 7 }));
    await expect.poll(() => badge(h, page)).toBe('1');
    await page.evaluate(() => chrome.storage.sync.clear());
    await expect.poll(() => badge(h, page)).toBe('');
  });

  test('the user changes a cadence in Settings: the badge and the popup follow; a bad value is refused', async () => {
    await seed(page, { local: { log: [ev('access-reviewed', 10), ev('backup', 1), ev('sessions-reviewed', 1)] } });
    await expect.poll(() => badge(h, page)).toBe('');
    const options = await openExt(h, PAGES.options);
    const field = options.getByRole('spinbutton', { name: 'Review who has access every … days' });
    expect(await field.inputValue()).toBe('30');
    await field.fill('7');
    await field.press('Enter');
    await expect.poll(() => badge(h, page)).toBe('1');
    await page.reload();
    expect(await page.locator('[data-duty="review-permissions"]').getAttribute('data-status')).toBe('attention');
    // 0 days is not a cadence: refused, said, and the field shows the value in force again.
    await field.fill('0');
    await field.press('Enter');
    await expect.poll(() => options.getByRole('alert').innerText()).toBe('Review who has access every … days: enter a whole number from 1 to 365. Not saved.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue()).toBe('7');
    expect(await options.evaluate(() => chrome.storage.sync.get('accessReviewDays'))).toEqual({ accessReviewDays: 7 });
    // Retention is set the same way and reaches the activity log page.
    const keep = options.getByRole('spinbutton', { name: 'Keep activity log entries for … days' });
    await keep.fill('14');
    await keep.press('Tab');
    await expect.poll(() => options.evaluate(() => chrome.storage.sync.get('logRetentionDays'))).toEqual({ logRetentionDays: 14 });
    const log = await openExt(h, PAGES.log);
    expect(await log.locator('main > p').first().innerText()).toContain('the last 14 days, at most 1000 events');
    await log.close();
    await options.close();
    await page.evaluate(() => chrome.storage.sync.clear());
    await expect.poll(() => badge(h, page)).toBe('');
  });

  test('an alarm raises the badge at the due moment, even after the worker was stopped', async () => {
    // Access reviewed 30 days minus 4 s ago: due in 4 s (30-day cadence).
    const almost = { ...ev('access-reviewed', 0), at: Date.now() - 30 * DAY + 4000 };
    await seed(page, { local: { log: [almost, ev('backup', 1), ev('sessions-reviewed', 1)] } });
    await expect.poll(() => badge(h, page)).toBe('');
    const next = (await page.evaluate(() => chrome.alarms.getAll())).find((a) => a.name === 'srm-reminders-next');
    expect(next).toBeDefined();
    expect(Math.abs(next!.scheduledTime - (almost.at + 30 * DAY + 500))).toBeLessThan(1500);
    // Stop the worker: nothing in memory survives; the alarm (persisted by the browser) must wake it.
    const { statuses } = await stopWorkers(page);
    await expect.poll(() => statuses.at(-1)).toBe('stopped');
    // Wait for the due moment without touching the extension (no message, no storage write).
    await sleep(Math.max(0, next!.scheduledTime - Date.now()) + 1500);
    // The alarm woke the worker (nothing else did), and it painted the badge.
    expect(statuses.slice(statuses.indexOf('stopped'))).toContain('running');
    // Read from this extension page, which cannot wake the worker: the badge was painted by the woken worker.
    await expect.poll(() => page.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe('1');
  });
});
