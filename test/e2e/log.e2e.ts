// The activity log in real Chromium: list with filters, a plain detail of each row, repeated statuses folded
// into one row, pages of 100 rows, retention from settings, CSV (with BOM) and JSON export, reports to the
// security team (preview, copy, mail to the policy's security contact, `?report=<id>`), clear-all with a
// confirm step, a log stored by an earlier build moved into the new store — and the worker-stop case: the
// service worker is stopped through the DevTools protocol in the middle of a burst of recordings from a
// Notion tab, and every event still ends up in the log exactly once (content scripts retry; the log
// de-duplicates by id).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../../scripts/lib/browser.mjs';
import { ev, launchWithPolicy, openExt, PAGES, rawLog, seed, sleep, stopWorkers, storedLog, type Seed } from './helpers/ext';
import type { CoachEvent } from '../../src/shared/events';
import { readDigest } from '../../src/shared/log/digest';

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
    await expect.poll(count).toBe('Showing 6 of 6 events.');
    const rows = page.locator('tbody tr');
    expect(await rows.first().innerText()).toMatch(
      /Risky invite\s+Shown\s+An invite to gmail\.com \(a personal email service\)\.\s+gmail\.com\s+Roadmap · app\.notion\.com/,
    );
    await page.getByLabel('What', { exact: true }).selectOption({ label: 'Risky invite' });
    await expect.poll(count).toBe('Showing 3 of 6 events.');
    await page.getByLabel('Decision', { exact: true }).selectOption({ label: 'Went ahead anyway' });
    await expect.poll(count).toBe('Showing 1 of 6 events.');
    await expect.poll(() => rows.innerText()).toContain('vendor.io');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Domain', { exact: true }).fill('@Gmail.com');
    await expect.poll(count).toBe('Showing 1 of 6 events.');
    await page.getByLabel('Domain', { exact: true }).fill('');
    await page.getByLabel('Page', { exact: true }).fill('q3 PLAN');
    await expect.poll(count).toBe('Showing 1 of 6 events.');
    await expect.poll(() => rows.innerText()).toContain('vendor.io');
    await page.getByLabel('Page', { exact: true }).fill('');
    await page.getByLabel('From', { exact: true }).fill(localDay(4));
    await expect.poll(count).toBe('Showing 3 of 6 events.');
    await page.getByLabel('To', { exact: true }).fill(localDay(2));
    await expect.poll(count).toBe('Showing 2 of 6 events.');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(count).toBe('Showing 6 of 6 events.');
  });

  test('retention follows settings: older events are not kept, and the page says what is kept', async () => {
    // Stored by an earlier build with the 40- and 50-day-old marks: moved into the new store under today's
    // 30-day limit. The marks leave the log; their evidence stays in the popup's digest.
    await reopen({ sync: { logRetentionDays: 30 }, local: { log: [ev('duty-marked', 50, 'recorded', { detail: 'backups' }), ...EVENTS] } });
    expect(await count()).toBe('Showing 5 of 5 events.');
    expect(await page.locator('tbody tr').allInnerTexts()).toHaveLength(5);
    expect(await page.locator('main > p').first().innerText()).toContain('the last 30 days, at most 1,000 events. The popup keeps the newest evidence of each duty');
    await expect.poll(async () => readDigest((await rawLog(page)).digest).events.map((e) => e.detail)).toContain('backups');
    await reopen({ sync: { logRetentionDays: 30 }, local: { log: [...EVENTS, ev('invite-risky', 35, 'shown', { domains: ['old.example'] })] } });
    expect(await count()).toBe('Showing 5 of 5 events.');
    expect(await page.locator('tbody').innerText()).not.toContain('old.example');
  });

  test('the store keeps at most the set number of events: each new one pushes out the oldest, and the page says so', async () => {
    // logMaxEvents 10 (the least): 12 old-format events move in (cut to the newest 10), then five more are
    // recorded one by one, each cutting the oldest in the same write (platform/log-db.ts logDbAppend).
    const old = Array.from({ length: 12 }, (_, i) => ev('twofa-status', 20 - i, 'recorded', { detail: '2fa-on', id: `old-${i}` }));
    await reopen({ sync: { logMaxEvents: 10 }, local: { log: old } });
    await expect.poll(async () => (await rawLog(page)).records.map((e) => e.id).sort()).toEqual(old.slice(2).map((e) => e.id).sort());
    for (let i = 0; i < 5; i++) {
      const event = ev('access-reviewed', 1 - i * 0.1, 'recorded', { detail: 'people-list', id: `new-${i}` });
      expect(await page.evaluate((e) => chrome.runtime.sendMessage({ type: 'event:record', payload: { event: e } }), event)).toEqual({ ok: true });
    }
    const ids = (await rawLog(page)).records.map((e) => e.id);
    expect(ids.sort()).toEqual([...old.slice(7).map((e) => e.id), 'new-0', 'new-1', 'new-2', 'new-3', 'new-4'].sort());
    // A retried event (a content script whose answer was lost) is not stored twice, and cuts nothing.
    const again = ev('access-reviewed', 0.6, 'recorded', { detail: 'people-list', id: 'new-4' });
    expect(await page.evaluate((e) => chrome.runtime.sendMessage({ type: 'event:record', payload: { event: e } }), again)).toEqual({ ok: true });
    expect((await rawLog(page)).records.map((e) => e.id).sort()).toEqual(ids);
    // Forty more, each cutting the oldest: past the oldest keys the background remembers (platform/log-db.ts
    // HEAD), so it reads them again on the way; the newest ten are what is left.
    const more = Array.from({ length: 40 }, (_, i) => ev('access-reviewed', 0.5 - i * 0.01, 'recorded', { detail: 'people-list', id: `more-${i}` }));
    for (const event of more) expect(await page.evaluate((e) => chrome.runtime.sendMessage({ type: 'event:record', payload: { event: e } }), event)).toEqual({ ok: true });
    expect((await rawLog(page)).records.map((e) => e.id).sort()).toEqual(more.slice(30).map((e) => e.id).sort());
    await page.reload();
    await expect.poll(count).toBe('Showing 10 of 10 events.');
    // The digest's copy says the same, once it caught up.
    await expect.poll(async () => readDigest((await rawLog(page)).digest).total).toBe(10);
  });

  test('a log stored by an earlier build (one JSON string) moves into the new store with every event', async () => {
    await reopen({ local: { log: EVENTS } });
    expect(await count()).toBe('Showing 6 of 6 events.');
    await expect.poll(async () => (await rawLog(page)).legacy).toBeUndefined();
    const { records } = await rawLog(page);
    expect(records.map((e) => e.id).sort()).toEqual(EVENTS.map((e) => e.id).sort());
    expect(records.find((e) => e.domains?.[0] === 'vendor.io')).toEqual(EVENTS[1]);
    // The log page lists each of them.
    for (const e of EVENTS) expect(await page.locator(`tbody tr[data-event-id="${e.id}"]`).count()).toBe(1);
  });

  test('each row says what happened in plain words; a status seen again and again is one row', async () => {
    const seen = [0.1, 0.2, 0.3, 0.4, 0.5].map((age) => ev('twofa-status', age, 'recorded', { detail: '2fa-on', host: 'app.notion.com' }));
    const paste = ev('secret-paste', 0.6, 'proceeded', { detail: 'aws-access-key,github-token', pageTitle: 'Runbook', pageId: '0123456789abcdef0123456789abcdef', host: 'app.notion.com' });
    const older = [0.7, 0.8].map((age) => ev('twofa-status', age, 'recorded', { detail: '2fa-on', host: 'app.notion.com' }));
    await reopen({ local: { log: [...seen, paste, ...older] } });
    expect(await count()).toBe('Showing 8 of 8 events.');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    const first = await rows.nth(0).innerText();
    expect(first).toContain('2-step verification was on.');
    expect(first).toMatch(/Seen 5 times, last /);
    expect(await rows.nth(0).getAttribute('data-count')).toBe('5');
    expect(await rows.nth(1).innerText()).toContain('Pasted into the page: an AWS access key and a GitHub token.');
    expect(await rows.nth(1).innerText()).not.toContain('aws-access-key');
    expect(await rows.nth(2).innerText()).toMatch(/Seen 2 times/);
    // "Report…" only where it matters: the pasted secret, not the statuses.
    expect(await page.getByRole('button', { name: /^Report:/ }).count()).toBe(1);
    expect(await rows.nth(1).getByRole('button', { name: /^Report: Secret pasted/ }).count()).toBe(1);
  });

  test('pages through a long log, 100 rows at a time, newest first', async () => {
    const many = Array.from({ length: 250 }, (_, i) => ev('invite-risky', i / 100 + 0.01, i % 2 ? 'shown' : 'dismissed', { domains: [`v${i}.example`], reasons: ['unknown'] }));
    await reopen({ local: { log: many } });
    expect(await count()).toBe('Showing 250 of 250 events.');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(100);
    expect(await rows.first().innerText()).toContain('v0.example');
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => rows.count()).toBe(200);
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => rows.count()).toBe(250);
    expect(await rows.last().innerText()).toContain('v249.example');
    expect(await page.getByRole('button', { name: 'Show more' }).count()).toBe(0);
    // Filters apply to the whole log, not the rows loaded.
    await page.getByLabel('Decision', { exact: true }).selectOption({ label: 'Dismissed' });
    await expect.poll(count).toBe('Showing 125 of 250 events.');
    expect(await rows.count()).toBe(100);
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => rows.count()).toBe(125);
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

  test('"Report…" previews a plain report in the user\'s words, then copies it', async () => {
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
    // Only the invite sent anyway is worth a report here.
    expect(await page.getByRole('button', { name: /^Report:/ }).count()).toBe(1);
    const row = page.locator('tbody tr', { hasText: 'vendor.io' });
    await row.getByRole('button', { name: /^Report: Risky invite/ }).click();
    const preview = page.getByTestId('report-preview');
    await preview.waitFor();
    expect(await preview.getByRole('heading', { name: 'Report to your security team' }).count()).toBe(1);
    expect(await preview.getByTestId('report-to').innerText()).toContain('has not set a security contact');
    const subject = await preview.getByLabel('Subject').inputValue();
    const body = await preview.getByLabel('Message').inputValue();
    expect(subject).toBe('Security report from SRM Coach: Risky invite');
    expect(body).toContain('An invite to vendor.io (not a trusted domain). I went ahead anyway.');
    expect(body).toContain('Page: “Q3 plan”');
    expect(body).toContain('Link: https://app.notion.com/p/0123456789abcdef0123456789abcdef');
    expect(body).toMatch(/When: \w+day, /); // local time, spelled out
    expect(body).not.toMatch(/invite-risky|proceeded|What:/);
    expect(body).toMatch(/Sent from SRM Coach \d+\.\d+\.\d+\n$/);
    // Nothing was copied or sent before the user asked.
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([]);
    await preview.getByRole('button', { name: 'Copy the report' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/Report copied|Could not copy/);
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([`${subject}\n\n${body}`]);
    await preview.getByRole('button', { name: 'Close' }).click();
    expect(await page.getByTestId('report-preview').count()).toBe(0);
  });

  test('`?report=<id>` opens straight into the preview of that event', async () => {
    const paste = ev('secret-paste', 0.1, 'shown', { detail: 'stripe-key', pageTitle: 'Billing', pageId: 'fedcba9876543210fedcba9876543210', host: 'app.notion.com' });
    await reopen({ local: { log: [...EVENTS, paste] } });
    await page.goto(`${h.extensionUrl(PAGES.log)}?report=${encodeURIComponent(paste.id)}`);
    const preview = page.getByTestId('report-preview');
    await preview.waitFor();
    expect(await preview.getAttribute('data-event-id')).toBe(paste.id);
    const body = await preview.getByLabel('Message').inputValue();
    expect(body).toContain('Pasted into the page: a Stripe API key. SRM Coach warned; no choice was made.');
    expect(body).toContain('The secret itself was not recorded and is not in this report.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Report to your security team');
    await page.goto(`${h.extensionUrl(PAGES.log)}?report=no-such-event`);
    await expect.poll(() => page.getByRole('status').innerText()).toBe('That event is no longer in the activity log.');
    expect(await page.getByTestId('report-preview').count()).toBe(0);
    await page.goto(h.extensionUrl(PAGES.log));
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

describe('the digest the popup reads, across a worker stop', () => {
  test('evidence recorded just before the worker stopped reaches the popup after it, and the log keeps counting', async () => {
    await seed(page, {});
    const record = (events: CoachEvent[]) =>
      page.evaluate(async (list) => {
        for (const event of list) {
          const r = (await chrome.runtime.sendMessage({ type: 'event:record', payload: { event } })) as { ok?: boolean } | undefined;
          if (!r?.ok) throw new Error(`event:record: ${JSON.stringify(r)}`);
        }
      }, events);
    // Acknowledged means stored; in the store these wait in the digest's small delta (log-store.ts), not its base.
    await record([ev('access-reviewed', 0, 'recorded', { detail: 'marked' }), ev('twofa-status', 0, 'recorded', { detail: '2fa-off' })]);
    const { statuses } = await stopWorkers(page);
    // Stopped (this log page may wake it again at once: what it holds in memory is gone either way).
    await expect.poll(() => statuses.includes('stopped')).toBe(true);
    // As if the worker had stopped before copying the digest: the copy the popup reads is gone.
    await page.evaluate(() => chrome.storage.local.remove('logDigest'));
    // A new worker: the next recordings (more than one delta holds) read the store as it was left.
    await record(Array.from({ length: 40 }, () => ev('password-verdict', 0, 'recorded', { detail: 'strong' })));
    // The status events come on their own DevTools session, not in step with the page's answers: polled.
    await expect.poll(() => statuses.slice(statuses.indexOf('stopped'))).toContain('running');
    await expect.poll(async () => readDigest((await rawLog(page)).digest).total).toBe(42);
    const popup = await openExt(h, PAGES.popup);
    await popup.getByText(/^All duties \(13\)$/).click();
    await expect.poll(() => popup.locator('[data-duty="review-permissions"]').getAttribute('data-status')).toBe('ok');
    await expect.poll(() => popup.locator('[data-duty="two-step"]').getAttribute('data-status')).toBe('attention');
    await popup.close();
  });
});

describe('reports to the security contact set by policy', () => {
  let p: Harness | undefined;
  afterAll(async () => {
    await p?.close();
  });

  test('the preview names the contact and "Open in my email" mails it with subject and body', async () => {
    p = await launchWithPolicy({ securityContact: 'security@example.com' });
    const log = await openExt(p, PAGES.log);
    const phishing = ev('published-password-prompt', 0.2, 'shown', { detail: 'password-field', host: 'acme-login.notion.site' });
    await seed(log, { local: { log: [phishing] } });
    await log.goto(`${p.extensionUrl(PAGES.log)}?report=${encodeURIComponent(phishing.id)}`);
    const preview = log.getByTestId('report-preview');
    // The policy reaches the page through the background's mirror: poll until it is there.
    await expect.poll(() => preview.getByTestId('report-to').innerText(), { timeout: 10_000 }).toBe('To: security@example.com');
    const href = (await preview.getByRole('link', { name: 'Open in my email' }).getAttribute('href'))!;
    expect(href.startsWith('mailto:security@example.com?')).toBe(true);
    const q = new URL(href).searchParams;
    expect(q.get('subject')).toBe('Security report from SRM Coach: Password prompt on a published page');
    expect(q.get('body')).toContain('A published Notion page on acme-login.notion.site asked for a password: likely phishing.');
    expect(q.get('body')).toContain('Link: https://acme-login.notion.site/');
    expect(q.get('body')).toBe((await preview.getByLabel('Message').inputValue()).replace(/\n/g, '\r\n'));
  });
});
