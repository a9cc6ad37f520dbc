// The duties popup in real Chromium (dist/chrome), opened as a tab at its extension URL: the split at a
// glance, duties grouped as the SRM groups them with status / evidence / next step, "mark as reviewed",
// the hygiene score and its formula, the source link, onboarding progress.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../../scripts/lib/browser.mjs';
import { encodeLog } from '../../src/shared/log/stored';
import { ev, mark, openExt, PAGES, popupReady, seed, storedLog, type Seed } from './helpers/ext';

let h: Harness;
let popup: Page;

beforeAll(async () => {
  h = await launch();
  popup = await openExt(h, PAGES.popup);
});
afterAll(async () => {
  await h?.close();
});

async function reopen(state: Seed) {
  await seed(popup, state);
  await popup.reload();
  await popupReady(popup);
}
const duty = (id: string) => popup.locator(`[data-duty="${id}"]`);

describe('popup', () => {
  test('a fresh install: the split, 13 duties in 5 groups, all "Not known yet", no score pretended', async () => {
    await reopen({});
    const split = popup.getByRole('region', { name: 'Who looks after what' });
    expect(await split.innerText()).toMatch(/Notion looks after[\s\S]*servers, software and corporate hardware[\s\S]*Network security/);
    expect(await split.innerText()).toMatch(/You look after[\s\S]*Access & authorisation[\s\S]*Data management/);
    const groups = await popup.locator('.group h3').allInnerTexts();
    expect(groups).toEqual(['Access & authorisation', 'Authentication', 'Monitoring & review', 'Responsible use', 'Data management']);
    expect(await popup.locator('[data-duty]').count()).toBe(13);
    expect(await popup.locator('[data-status="unknown"]').count()).toBe(13);
    expect(await duty('two-step').innerText()).toMatch(/Not known yet[\s\S]*SRM Coach has seen nothing about this yet/);
    expect(await popup.getByTestId('score').innerText()).toBe('Not known yet');
    const source = popup.getByRole('link', { name: "Source: Notion's Shared Responsibilities Model" });
    expect(await source.getAttribute('href')).toBe('https://www.notion.com/help/shared-responsibilities-model');
    expect(await popup.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe(h.extensionUrl(PAGES.options));
    expect(await popup.getByRole('link', { name: 'Activity log' }).getAttribute('href')).toBe(h.extensionUrl(PAGES.log));
  });

  test('evidence from the log: status, one line of evidence, next step, and the score with its formula', async () => {
    await reopen({
      local: {
        log: [
          ev('invite-risky', 2, 'proceeded', { domains: ['gmail.com'] }),
          ev('invite-risky', 1, 'proceeded', { domains: ['vendor.io'] }),
          ev('password-verdict', 3, 'recorded', { detail: 'weak' }),
          ev('access-reviewed', 45),
          ev('twofa-status', 1, 'recorded', { detail: '2fa-on' }),
        ],
      },
    });
    const invites = duty('trusted-collaborators');
    expect(await invites.getAttribute('data-status')).toBe('attention');
    expect(await invites.innerText()).toMatch(/Needs attention[\s\S]*shared anyway in the last 7 days: 2\.[\s\S]*Share menu/);
    expect(await duty('strong-passwords').innerText()).toMatch(/Password rated weak on \d{1,2} \w{3} \d{4}|Password rated weak on \w{3} \d{1,2}, \d{4}/);
    expect(await duty('strong-passwords').innerText()).toContain('Settings → your name → Account security → Change password');
    expect(await duty('review-permissions').innerText()).toContain('Access last reviewed 45 days ago.');
    expect(await duty('two-step').getAttribute('data-status')).toBe('ok');
    expect(await duty('two-step').innerText()).toMatch(/OK[\s\S]*2-step verification was on when last seen/);
    // Unknown stays unknown.
    expect(await duty('offboarding').getAttribute('data-status')).toBe('unknown');
    // Known: collaborators 3 + permissions 2 + passwords 3 (attention) + 2-step 3 (ok) → floor(100 × 3 / 11) = 27.
    expect(await popup.getByTestId('score').innerText()).toBe('27 / 100');
    expect(await popup.getByTestId('score-chip').innerText()).toContain('27');
    const formula = popup.getByRole('table', { name: 'Score terms' });
    expect(await formula.isVisible()).toBe(false);
    await popup.getByText('How is this worked out?').click();
    await formula.waitFor();
    expect(await popup.getByTestId('score-sums').innerText()).toBe('Known: 11 of 25 weight. OK: 3.');
    const row = formula.getByRole('row', { name: /2-step verification/ });
    expect(await row.innerText()).toMatch(/3\s+OK\s+3/);
    expect(await formula.getByRole('row', { name: /Revoke access when someone leaves/ }).innerText()).toMatch(/Not known yet\s+left out/);
    // Reminders due are listed (access review and the two cadence duties never done).
    expect(await popup.getByTestId('due').innerText()).toMatch(/Due now: .*Review who has access/);
  });

  test('"Mark as reviewed" records a duty-marked event and the duty turns OK', async () => {
    await reopen({ local: { log: [ev('access-reviewed', 45)] } });
    const row = duty('review-permissions');
    expect(await row.getAttribute('data-status')).toBe('attention');
    await row.getByRole('button', { name: 'Mark as reviewed' }).click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('ok');
    expect(await row.innerText()).toContain('Access last reviewed today.');
    const log = await storedLog(popup);
    expect(log.filter((e) => e.kind === 'duty-marked').map((e) => [e.detail, e.decision])).toEqual([['review-permissions', 'recorded']]);
    expect(await popup.getByRole('status').innerText()).toContain('Noted: Review who has access regularly');
  });

  test('a mark older than 90 days no longer counts: the duty is unknown again, and says why', async () => {
    await reopen({ local: { log: [mark('offboarding', 100), mark('accurate-data', 5)] } });
    expect(await duty('offboarding').getAttribute('data-status')).toBe('unknown');
    expect(await duty('offboarding').innerText()).toContain('too long ago to count');
    expect(await duty('accurate-data').getAttribute('data-status')).toBe('ok');
    expect(await duty('accurate-data').innerText()).toContain('You marked this as done 5 days ago.');
  });

  test('next steps link where to act: Notion, the help pages, Notion\'s security contact', async () => {
    await reopen({});
    expect(await duty('two-step').getByRole('link', { name: 'Open Notion' }).getAttribute('href')).toBe('https://app.notion.com/');
    expect(await duty('report-issues').getByRole('link', { name: "Notion's security contact" }).getAttribute('href')).toBe(
      'https://www.notion.so/Responsible-Disclosure-Policy-5f18bb6b86804eaf989c006131778b9c',
    );
    expect(await duty('responsible-use').getByRole('link', { name: "How-to on Notion's site" }).getAttribute('href')).toMatch(/Content-Use-Policy/);
  });

  test('onboarding progress shows until done; "Not now" puts it aside; "require" cannot be put aside', async () => {
    await reopen({ local: { onboarding: { completed: 2, done: false } } });
    const onb = popup.getByTestId('onboarding');
    expect(await onb.innerText()).toMatch(/Getting started[\s\S]*2 of 5 steps done/);
    expect(await onb.getByRole('link', { name: 'Continue the tour' }).getAttribute('href')).toBe(h.extensionUrl(PAGES.welcome));
    await onb.getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => onb.count()).toBe(0);

    await reopen({ sync: { onboarding: 'require' }, local: { onboarding: { completed: 2, done: false, snoozed: true } } });
    expect(await onb.innerText()).toContain('Your organisation asks you to finish these steps.');
    expect(await onb.getByRole('button', { name: 'Not now' }).count()).toBe(0);

    await reopen({ sync: { onboarding: 'require' }, local: { onboarding: { completed: 5, done: true } } });
    expect(await onb.count()).toBe(0);
  });

  test("where to report stays at hand once the duty is OK; a mark that cannot be saved says so", async () => {
    await reopen({ local: { log: [mark('report-issues', 1)] } });
    const report = duty('report-issues');
    expect(await report.getAttribute('data-status')).toBe('ok');
    expect(await report.getByRole('link', { name: "Notion's security contact" }).getAttribute('href')).toMatch(/^https:\/\//);
    // The worker cannot be reached: the popup says the mark was not saved, and nothing changes.
    await popup.evaluate(() => {
      // The e2e typings only know chrome.runtime.reload/id; the page has the real API.
      (chrome.runtime as unknown as { sendMessage: () => Promise<never> }).sendMessage = () => Promise.reject(new Error('Could not establish connection.'));
    });
    await duty('offboarding').getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(() => popup.getByRole('alert').innerText()).toBe('Could not save the mark for “Revoke access when someone leaves”. Please try again.');
    expect(await duty('offboarding').getAttribute('data-status')).toBe('unknown');
    expect((await storedLog(popup)).map((e) => e.detail)).toEqual(['report-issues']);
  });

  test('the popup updates live when an event is recorded while it is open', async () => {
    await reopen({});
    expect(await duty('backups').getAttribute('data-status')).toBe('unknown');
    await popup.evaluate((log) => chrome.storage.local.set({ log }), encodeLog([ev('backup', 0)]));
    await expect.poll(() => duty('backups').getAttribute('data-status')).toBe('ok');
    expect(await duty('backups').innerText()).toContain('Last export or backup today.');
  });

  test('a log stored by an earlier build (an array, format 1) still shows, and the next event keeps it', async () => {
    await reopen({});
    await popup.evaluate((log) => chrome.storage.local.set({ log }), [ev('access-reviewed', 45), ev('twofa-status', 1, 'recorded', { detail: '2fa-off' })]);
    await popup.reload();
    await popupReady(popup);
    expect(await duty('review-permissions').innerText()).toContain('Access last reviewed 45 days ago.');
    expect(await duty('two-step').getAttribute('data-status')).toBe('attention');
    await duty('offboarding').getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(async () => (await storedLog(popup)).map((e) => e.kind)).toEqual(['access-reviewed', 'twofa-status', 'duty-marked']);
    // The old key is gone: the background moved the log into its store (IndexedDB).
    await expect.poll(() => popup.evaluate(() => chrome.storage.local.get('log').then((g) => g.log))).toBeUndefined();
    await expect.poll(() => duty('two-step').getAttribute('data-status')).toBe('attention');
  });
});
