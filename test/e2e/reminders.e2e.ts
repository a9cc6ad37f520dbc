// Review reminders in real Chromium: the toolbar badge counts the cadence duties that are due (access
// review, backup/export, sessions review; cadences from settings), recomputed when the log or settings
// change, "mark as reviewed" clears it, and a chrome.alarms alarm raises it at the due moment — also after
// the service worker was stopped through the DevTools protocol (alarms survive worker restarts). A fresh
// install shows NO badge: a review never done is due only 14 days after install (or after the oldest event
// in the log, if older); one done and now a full cadence old is due at once.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../../scripts/lib/browser.mjs';
import { badge, DAY, ev, openExt, PAGES, readLocal, seed, sleep, stopWorkers, storedLog } from './helpers/ext';

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
  test('a fresh install shows no badge: nothing is due before SRM Coach had a chance to see it done', async () => {
    // The install time is recorded on install.
    await expect.poll(() => readLocal(page, 'installedAt').then((v) => typeof v)).toBe('number');
    expect(Math.abs(Number(await readLocal(page, 'installedAt')) - Date.now())).toBeLessThan(120_000);
    // Never a number, from the first paint on (polled for a while, not read once).
    const seen = new Set<string | null>();
    for (let i = 0; i < 20; i++) {
      seen.add(await badge(h, page));
      await sleep(100);
    }
    expect([...seen]).toEqual(['']);
    expect(await title()).toBe('SRM Coach');
    // The alarms are (re)made by refreshes that follow the start and the install-time write: polled, not read once.
    const alarm = async (name: string) => (await page.evaluate(() => chrome.alarms.getAll())).find((a) => a.name === name);
    await expect.poll(async () => (await alarm('srm-reminders'))?.periodInMinutes).toBe(60);
    // The next reminder alarm is the end of the 14 days.
    const installed = Number(await readLocal(page, 'installedAt'));
    await expect
      .poll(async () => {
        const next = await alarm('srm-reminders-next');
        return next ? Math.abs(next.scheduledTime - (installed + 14 * DAY + 500)) : Number.POSITIVE_INFINITY;
      })
      .toBeLessThan(1500);
  });

  test('14 days after install, the reviews never done are due: the badge counts them', async () => {
    await seed(page, { local: { installedAt: Date.now() - 15 * DAY } });
    await expect.poll(() => badge(h, page)).toBe('3');
    // The title is set after the badge text (background/reminders.ts paint): polled.
    await expect.poll(title).toBe("SRM Coach: reminders due: Review who has access regularly, Sign out devices you don't recognise, and Back up and export what matters");
  });

  test('opening People or the devices list is not a review: the badge stays', async () => {
    await seed(page, { local: { installedAt: Date.now() - 15 * DAY, log: [ev('access-reviewed', 0, 'recorded', { detail: 'people-list' }), ev('sessions-reviewed', 0, 'recorded', { detail: 'devices-list' }), ev('backup', 0)] } });
    await expect.poll(() => badge(h, page)).toBe('2');
    // The People card's "Mark access as reviewed" is a review.
    await seed(page, { local: { installedAt: Date.now() - 15 * DAY, log: [ev('access-reviewed', 0, 'recorded', { detail: 'marked' }), ev('sessions-reviewed', 0, 'recorded', { detail: 'devices-list' }), ev('backup', 0)] } });
    await expect.poll(() => badge(h, page)).toBe('1');
  });

  test('recomputed when the log changes: recent reviews clear it, an old one raises it again', async () => {
    await seed(page, { local: { log: recent() } });
    await expect.poll(() => badge(h, page)).toBe('');
    await expect.poll(title).toBe('SRM Coach');
    await seed(page, { local: { log: [ev('access-reviewed', 31), ev('backup', 1), ev('sessions-reviewed', 1)] } });
    await expect.poll(() => badge(h, page)).toBe('1');
  });

  test('"mark as reviewed" in the popup records the date and clears the badge', async () => {
    await seed(page, { local: { log: [ev('access-reviewed', 31), ev('backup', 1), ev('sessions-reviewed', 1)] } });
    await expect.poll(() => badge(h, page)).toBe('1');
    await page.reload();
    // Due, so it leads the popup's next things.
    const row = page.locator('[data-next="review-permissions"]');
    expect(await row.getAttribute('data-kind')).toBe('attention');
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
    expect(await page.locator('[data-next="review-permissions"]').getAttribute('data-kind')).toBe('attention');
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
    expect(await log.locator('main > p').first().innerText()).toContain('the last 14 days, at most 1,000 events');
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
    // The seeded log moves into the background's store first, then the badge is worked out: polled.
    const nextAlarm = async () => (await page.evaluate(() => chrome.alarms.getAll())).find((a) => a.name === 'srm-reminders-next');
    // Intermediate states (the seed landing, then its migration) may clear and recreate the alarm: poll until it
    // is set for this due moment, and keep the alarm that was read then.
    let next: Awaited<ReturnType<typeof nextAlarm>>;
    const offBy = async () => {
      next = await nextAlarm();
      return next ? Math.abs(next.scheduledTime - (almost.at + 30 * DAY + 500)) : Number.POSITIVE_INFINITY;
    };
    await expect.poll(offBy).toBeLessThan(1500);
    // Stop the worker: nothing in memory survives; the alarm (persisted by the browser) must wake it.
    const { statuses } = await stopWorkers(page);
    await expect.poll(() => statuses.at(-1)).toBe('stopped');
    // Wait for the due moment without touching the extension (no message, no storage write).
    await sleep(Math.max(0, next!.scheduledTime - Date.now()) + 1500);
    // The alarm woke the worker (nothing else did), and it painted the badge.
    // Polled (the alarm and the worker's start may come late on a busy machine); reading the statuses touches
    // nothing of the extension.
    await expect.poll(() => statuses.slice(statuses.indexOf('stopped')), { timeout: 10_000 }).toContain('running');
    // Read from this extension page, which cannot wake the worker: the badge was painted by the woken worker.
    await expect.poll(() => page.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe('1');
  });
});
