// The activity log in real Chromium: list with filters, retention from settings, CSV (with BOM) and JSON
// export, "Copy a report", clear-all with a confirm step — and the worker-stop case: the service worker is
// stopped through the DevTools protocol in the middle of a burst of recordings from a Notion tab, and
// every event still ends up in the log exactly once (content scripts retry; the log de-duplicates by id).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../../scripts/lib/browser.mjs';
import { ev, openExt, PAGES, seed, sleep, stopWorkers, storedLog, type Seed } from './helpers/ext';
import type { CoachEvent } from '../../src/shared/events';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
  page = await openExt(h, PAGES.log);
});
afterAll(async () => {
  await h?.close();
});

const EVENTS: CoachEvent[] = [
  ev('invite-risky', 1, 'shown', { domains: ['gmail.com'], reasons: ['personal'], pageTitle: 'Roadmap', host: 'app.notion.com' }),
  ev('invite-risky', 2, 'proceeded', { domains: ['vendor.io'], reasons: ['unknown'], pageTitle: 'Q3 plan', pageId: '0123456789abcdef0123456789abcdef', host: 'app.notion.com' }),
  ev('public-exposure', 3, 'shown', { pageTitle: '=HYPERLINK("http://x")', detail: 'publish', host: 'www.notion.so' }),
  ev('password-verdict', 10, 'recorded', { detail: 'weak' }),
  ev('invite-risky', 5, 'trusted', { domains: ['partner.org'], reasons: ['unknown'] }),
  ev('duty-marked', 40, 'recorded', { detail: 'backups' }),
];
const count = () => page.getByTestId('log-count').innerText();
const localDay = (ageDays: number) => {
  const d = new Date(Date.now() - ageDays * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function reopen(state: Seed) {
  await seed(page, state);
  await page.reload();
  await page.getByRole('heading', { name: 'SRM Coach activity log' }).waitFor();
}

describe('activity log page', () => {
  test('lists events newest first, with filters for kind, decision, domain, page and date', async () => {
    await reopen({ local: { log: EVENTS } });
    expect(await count()).toBe('Showing 6 of 6 events.');
    const rows = page.locator('tbody tr');
    expect(await rows.first().innerText()).toMatch(/Risky invite\s+Shown\s+gmail\.com\s+Roadmap · app\.notion\.com/);
    await page.getByLabel('What', { exact: true }).selectOption({ label: 'Risky invite' });
    expect(await count()).toBe('Showing 3 of 6 events.');
    await page.getByLabel('Decision', { exact: true }).selectOption({ label: 'Went ahead anyway' });
    expect(await count()).toBe('Showing 1 of 6 events.');
    expect(await rows.innerText()).toContain('vendor.io');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Domain', { exact: true }).fill('@Gmail.com');
    expect(await count()).toBe('Showing 1 of 6 events.');
    await page.getByLabel('Domain', { exact: true }).fill('');
    await page.getByLabel('Page', { exact: true }).fill('q3 PLAN');
    expect(await count()).toBe('Showing 1 of 6 events.');
    expect(await rows.innerText()).toContain('vendor.io');
    await page.getByLabel('Page', { exact: true }).fill('');
    await page.getByLabel('From', { exact: true }).fill(localDay(4));
    expect(await count()).toBe('Showing 3 of 6 events.');
    await page.getByLabel('To', { exact: true }).fill(localDay(2));
    expect(await count()).toBe('Showing 2 of 6 events.');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await count()).toBe('Showing 6 of 6 events.');
  });

  test('retention follows settings: older events are not shown, and the page says what is kept', async () => {
    // The 40-day-old mark is the latest evidence for "backups" and stays; the older one for it goes.
    await reopen({ sync: { logRetentionDays: 30 }, local: { log: [ev('duty-marked', 50, 'recorded', { detail: 'backups' }), ...EVENTS] } });
    expect(await count()).toBe('Showing 6 of 6 events.');
    expect(await page.locator('tbody tr').allInnerTexts()).toHaveLength(6);
    expect(await page.locator('main > p').first().innerText()).toContain('the last 30 days, at most 1000 events, and the newest event of each kind, without page or people');
    await reopen({ sync: { logRetentionDays: 30 }, local: { log: [...EVENTS, ev('invite-risky', 35, 'shown', { domains: ['old.example'] })] } });
    expect(await count()).toBe('Showing 6 of 6 events.');
    expect(await page.locator('tbody').innerText()).not.toContain('old.example');
  });

  test('exports what is shown: CSV with a BOM (and formula cells defused) and JSON', async () => {
    await reopen({ local: { log: EVENTS } });
    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(csvDl.suggestedFilename()).toMatch(/^srm-coach-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await csvDl.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFtime,kind,decision,domains,reasons,host,page_title,page_id,detail,id\r\n')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(7);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    await page.getByLabel('What', { exact: true }).selectOption({ label: 'Risky invite' });
    const [jsonDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const json = JSON.parse(readFileSync((await jsonDl.path())!, 'utf8')) as CoachEvent[];
    expect(json.map((e) => e.domains?.[0])).toEqual(['partner.org', 'vendor.io', 'gmail.com']);
    expect(await page.getByRole('status').innerText()).toBe('Exported 3 events.');
  });

  test('"Copy a report" puts a plain-text summary of one event on the clipboard', async () => {
    await reopen({ local: { log: EVENTS } });
    // Record what reaches the real clipboard API (Chromium refuses clipboard permissions to
    // chrome-extension:// origins in Playwright, so the clipboard cannot be read back here).
    await page.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      const real = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (t: string) => {
        w.copied.push(t);
        return real(t);
      };
    });
    const row = page.locator('tbody tr', { hasText: 'vendor.io' });
    await row.getByRole('button', { name: /^Copy a report/ }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/Report copied|Could not copy/);
    const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(copied).toHaveLength(1);
    const text = copied[0]!;
    // If the browser refused the write, the same report is offered in a field to copy by hand.
    if ((await page.getByRole('status').innerText()).startsWith('Could not copy')) {
      expect(await page.getByRole('textbox', { name: 'Report' }).inputValue()).toBe(text);
    }
    expect(text).toContain('What: Risky invite (invite-risky)');
    expect(text).toContain('Page title: Q3 plan');
    expect(text).toContain('Domains: vendor.io (unknown)');
    expect(text).toContain('Decision: Went ahead anyway (proceeded)');
    expect(text).toMatch(/Reported from SRM Coach v\d+\.\d+\.\d+\n$/);
  });

  test('clear-all asks first; Cancel keeps everything, "Delete all" empties the log', async () => {
    await reopen({ local: { log: EVENTS } });
    await page.getByRole('button', { name: 'Delete all events' }).click();
    await expect.poll(() => page.getByText(/^Delete all 6 events from this browser\? This cannot be undone, and the popup loses the review dates and marks/).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Delete all');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await storedLog(page)).length).toBe(6);
    await page.getByRole('button', { name: 'Delete all events' }).click();
    await page.getByRole('button', { name: 'Delete all', exact: true }).click();
    await expect.poll(() => page.getByText('No events yet.').count()).toBe(1);
    expect(await storedLog(page)).toEqual([]);
    expect(await page.getByRole('status').innerText()).toBe('The activity log is now empty.');
  });
});

describe('worker stopped in the middle of recording', () => {
  test('a burst of recordings from a Notion tab: every event is in the log exactly once', async () => {
    await seed(page, { sync: { ownDomains: ['acme.com'] } });
    const notion = await h.openNotion('https://app.notion.com/p/Roadmap-0123456789abcdef0123456789abcdef', 'share-a.html');
    await notion.getByText('Share', { exact: true }).first().click();
    const input = notion.locator('[data-fx=invite-input]');
    await input.waitFor();
    const alert = notion.getByRole('alert');
    const N = 24;
    const stops: Promise<{ statuses: string[] }>[] = [];
    // Each new risky domain makes the share coaching record one 'shown' event for the new set of domains.
    for (let i = 1; i <= N; i++) {
      await input.fill(`user${i}@vendor${i}.io`);
      await input.press('Enter');
      await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toContain(`vendor${i}.io`);
      if (i === 8 || i === 16) stops.push(stopWorkers(notion)); // not awaited: recordings keep coming
    }
    const runs = await Promise.all(stops);
    const read = () => storedLog(page);
    await expect.poll(async () => (await read()).filter((e) => e.kind === 'invite-risky').length, { timeout: 30_000 }).toBe(N);
    await sleep(8000); // longer than the content script's whole retry schedule (0.2+0.5+1+2+4 s): no late duplicate
    const shown = (await read()).filter((e) => e.kind === 'invite-risky');
    expect(shown).toHaveLength(N);
    expect(new Set(shown.map((e) => e.id)).size).toBe(N);
    expect(shown.every((e) => e.decision === 'shown')).toBe(true);
    // One event per set of domains, 1…N: nothing lost, nothing counted twice.
    expect(shown.map((e) => e.domains!.length).sort((a, b) => a - b)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    // The worker really was stopped (twice) and came back.
    for (const r of runs) {
      expect(r.statuses).toContain('stopped');
      expect(r.statuses.slice(r.statuses.indexOf('stopped'))).toContain('running');
    }
    expect(notion.errors).toEqual([]);
    await notion.close();
    await page.reload();
    await page.getByTestId('log-count').waitFor();
    expect(await count()).toBe(`Showing ${N} of ${N} events.`);
  });
});
