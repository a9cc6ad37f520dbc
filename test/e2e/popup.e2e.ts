// The duties popup in real Chromium (dist/chrome), opened as a tab at its extension URL (the manifest's
// action.default_popup) at the popup's width: it fits 600 px, leads with the next three things (needs
// attention, then due, then not checked; one action each), says what the score rests on ("seen in Notion"
// / "you said"), folds every duty away under "All duties (13)", keeps Settings and the log in the header,
// and shows the first-week progress until done.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../../scripts/lib/browser.mjs';
import { encodeLog } from '../../src/shared/log/stored';
import { DAY, demoLog, ev, mark, openExt, PAGES, popupReady, seed, storedLog, type Seed } from './helpers/ext';

let h: Harness;
let popup: Page;

/** The popup's width (src/ui/page.css body.popup) and the most a toolbar popup may be tall. */
const POPUP_WIDTH = 420; // body.popup's width (src/ui/page.css)
const POPUP_MAX_HEIGHT = 600;

beforeAll(async () => {
  h = await launch();
  popup = await openExt(h, PAGES.popup);
  await popup.setViewportSize({ width: POPUP_WIDTH, height: POPUP_MAX_HEIGHT });
});
afterAll(async () => {
  await h?.close();
});

async function reopen(state: Seed) {
  await seed(popup, state);
  await popup.reload();
  await popupReady(popup);
}
/** A just-installed extension: the install time is now (the background writes it on install). */
const fresh = (local: Seed['local'] = {}): Seed => ({ local: { installedAt: Date.now(), ...local } });
const next = (id: string) => popup.locator(`[data-next="${id}"]`);
const nextIds = () => popup.locator('[data-next]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-next'), e.getAttribute('data-kind')]));
const duty = (id: string) => popup.locator(`[data-duty="${id}"]`);
async function openAll() {
  await popup.getByText(/^All duties \(13\)$/).click();
  await duty('two-step').waitFor();
}
/** The popup's content height at its width (a toolbar popup is at most 600 px tall, then it scrolls). */
const contentHeight = async () => {
  // Measured with the coverage line in place (it comes in the first full render: checked in the first test).
  await popup.getByTestId('coverage').waitFor();
  return measuredHeight();
};
const measuredHeight = () => popup.evaluate(() => Math.max(document.documentElement.scrollHeight, Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom)));

describe('popup', () => {
  test('a fresh install: fits 600 px, the next three things not checked yet, nothing due, no score pretended', async () => {
    // The coverage line comes in the first full render (the same storage read): nothing below it shifts later.
    // Noted in the page at the moment the popup marks itself ready.
    await popup.addInitScript(() => {
      new MutationObserver((_, mo) => {
        if (document.documentElement.dataset.ready !== '1') return;
        (window as unknown as { coverageAtReady: boolean }).coverageAtReady = !!document.querySelector('[data-testid="coverage"]');
        mo.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] }); // no <html> yet here
    });
    await reopen(fresh());
    expect(await popup.evaluate(() => (window as unknown as { coverageAtReady?: boolean }).coverageAtReady)).toBe(true);
    expect(await contentHeight()).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
    expect(await nextIds()).toEqual([
      ['trusted-collaborators', 'unknown'],
      ['strong-passwords', 'unknown'],
      ['two-step', 'unknown'],
    ]);
    expect(await popup.getByTestId('summary').innerText()).toBe('0 need attention · 0 OK · 13 not checked');
    expect(await popup.getByTestId('score').innerText()).toBe('No score until SRM Coach sees something in Notion.');
    // Nothing is due on a fresh install.
    expect(await popup.locator('[data-kind="due"]').count()).toBe(0);
    expect(await popup.getByText('Due', { exact: true }).count()).toBe(0);
    // One action each.
    for (const id of ['trusted-collaborators', 'strong-passwords', 'two-step']) expect(await next(id).locator('a, button').count()).toBe(1);
    expect(await next('two-step').getByRole('link', { name: 'Open Notion' }).getAttribute('href')).toBe('https://app.notion.com/');
    // Settings and the log are in the header; the who-does-what block is one folded line.
    const header = popup.locator('header');
    expect(await header.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe(h.extensionUrl(PAGES.options));
    expect(await header.getByRole('link', { name: 'Activity log' }).getAttribute('href')).toBe(h.extensionUrl(PAGES.log));
    expect(await popup.getByText('Who looks after what', { exact: true }).count()).toBe(1);
    expect(await popup.getByText('Notion looks after').isVisible()).toBe(false);
    // Every duty is folded away until asked for.
    expect(await duty('two-step').count()).toBe(0);
    await openAll();
    expect(await popup.locator('[data-duty]').count()).toBe(13);
    expect(await popup.locator('[data-status="unknown"]').count()).toBe(13);
    expect(await popup.locator('.group h3').allInnerTexts()).toEqual(['Who gets in', 'Signing in', 'Keeping an eye on access', 'Using Notion fairly', 'Your data']);
    expect(await duty('two-step').innerText()).toMatch(/Not checked yet[\s\S]*SRM Coach has seen nothing about this yet/);
    // Who looks after what, the source and the checklist: one fold.
    await popup.getByText('Who looks after what', { exact: true }).click();
    await expect.poll(() => popup.getByText('Notion looks after').isVisible()).toBe(true);
    const source = popup.getByRole('link', { name: "Source: Notion's Shared Responsibilities Model" });
    expect(await source.getAttribute('href')).toBe('https://www.notion.com/help/shared-responsibilities-model');
    expect(await popup.getByRole('link', { name: 'First-week checklist' }).getAttribute('href')).toBe(h.extensionUrl(PAGES.welcome));
  });

  test('after a demo session: still fits 600 px, leads with what needs attention, labels what was seen, no number yet', async () => {
    await reopen(fresh({ log: demoLog() }));
    expect(await contentHeight()).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
    expect(await nextIds()).toEqual([
      ['trusted-collaborators', 'attention'],
      ['strong-passwords', 'attention'],
      ['review-permissions', 'unknown'],
    ]);
    expect(await next('trusted-collaborators').innerText()).toMatch(/Needs attention[\s\S]*Seen in Notion: Invites outside your trusted domains shared anyway in the last 7 days: 1\./);
    expect(await next('strong-passwords').getByRole('link', { name: 'Open Notion' }).count()).toBe(1);
    // Opening Settings → People is "looked at", never a review.
    expect(await next('review-permissions').innerText()).toContain('You opened Settings → People today but did not mark access as reviewed.');
    // invites 3 + password 3 (attention), 2-step 3 + export 2 (OK): 11 of 25 known → counts, no number.
    expect(await popup.getByTestId('summary').innerText()).toBe('2 need attention · 2 OK · 9 not checked');
    expect(await popup.getByTestId('score').innerText()).toBe('No score until SRM Coach knows most of your duties.');
    // No reminder is due in the first two weeks: no "Due" anywhere, and no badge.
    expect(await popup.locator('[data-kind="due"]').count()).toBe(0);
    await openAll();
    expect(await duty('revoke-sessions').getAttribute('data-status')).toBe('unknown');
    expect(await duty('revoke-sessions').innerText()).toContain('You opened the list of signed-in devices today but did not mark it as reviewed.');
    expect(await duty('two-step').innerText()).toMatch(/OK[\s\S]*Seen in Notion: 2-step verification was on when last seen/);
    expect(await duty('two-step').getAttribute('data-source')).toBe('seen');
  });

  test('"Mark as reviewed" turns the review OK as the user said; it leaves the next three', async () => {
    // Reviewed 45 days ago (the People card's "Mark access as reviewed"), People opened again today.
    await reopen({ local: { log: [ev('access-reviewed', 45, 'recorded', { detail: 'marked' }), ev('access-reviewed', 0.01, 'recorded', { detail: 'people-list' })] } });
    expect(await next('review-permissions').getAttribute('data-kind')).toBe('attention');
    expect(await next('review-permissions').innerText()).toMatch(/Access last reviewed 45 days ago\.[\s\S]*Opened again today, not marked as reviewed\./);
    await next('review-permissions').getByRole('button', { name: 'Mark as reviewed' }).click();
    await expect.poll(() => next('review-permissions').count()).toBe(0);
    const log = await storedLog(popup);
    expect(log.filter((e) => e.kind === 'duty-marked').map((e) => [e.detail, e.decision])).toEqual([['review-permissions', 'recorded']]);
    // Set when the mark's answer arrives, which may come after the re-render from the digest's storage change.
    await expect.poll(() => popup.getByRole('status').innerText()).toContain('Noted: Review who has access regularly');
    await openAll();
    expect(await duty('review-permissions').getAttribute('data-status')).toBe('ok');
    expect(await duty('review-permissions').getAttribute('data-source')).toBe('said');
    expect(await duty('review-permissions').innerText()).toMatch(/You said: Access last reviewed today\./);
    expect(await popup.getByTestId('summary').innerText()).toBe('0 need attention · 1 OK · 12 not checked (1 you said)');
    // The other reviews were never done and the log is 45 days old: they are due now.
    expect(await nextIds()).toEqual([
      ['revoke-sessions', 'due'],
      ['backups', 'due'],
      ['trusted-collaborators', 'unknown'],
    ]);
  });

  test('"Mark as done" alone never makes the score look complete', async () => {
    const ids = ['trusted-collaborators', 'review-permissions', 'strong-passwords', 'no-shared-logins', 'two-step', 'watch-activity', 'revoke-sessions', 'offboarding', 'responsible-use', 'report-issues', 'backups', 'retention', 'accurate-data'];
    await reopen(fresh({ log: ids.map((id) => mark(id, 0.01)) }));
    expect(await popup.getByTestId('summary').innerText()).toBe('0 need attention · 13 OK · 0 not checked (13 you said)');
    expect(await popup.getByTestId('score').innerText()).toBe('No score: most of it rests on your own marks.');
    expect(await popup.getByText('Nothing to do right now: every duty is OK.').count()).toBe(1);
  });

  test('a long-time user: the score with its formula; never-done reviews are due after what needs attention', async () => {
    await reopen({
      local: {
        log: [
          ev('invite-risky', 2, 'proceeded', { domains: ['gmail.com'] }),
          ev('invite-risky', 1, 'proceeded', { domains: ['vendor.io'] }),
          ev('password-verdict', 3, 'recorded', { detail: 'weak' }),
          ev('access-reviewed', 45, 'recorded', { detail: 'marked' }),
          ev('twofa-status', 1, 'recorded', { detail: '2fa-on' }),
          ev('backup', 2, 'recorded', { detail: 'workspace' }),
          ev('password-status', 1, 'recorded', { detail: 'has-password' }),
          mark('offboarding', 1),
        ],
      },
    });
    expect(await contentHeight()).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
    // Attention: invites (3), password (3), access review 45 days old (2); then the devices review, never done.
    expect(await nextIds()).toEqual([
      ['trusted-collaborators', 'attention'],
      ['strong-passwords', 'attention'],
      ['review-permissions', 'attention'],
    ]);
    expect(await next('review-permissions').innerText()).toContain('Access last reviewed 45 days ago.');
    // Known: invites 3 + access 2 + password 3 (attention) + 2-step 3 + backups 2 (seen OK) + offboarding 2 (said OK)
    // = 15 of 25, 13 seen → floor(100 × 7 / 15) = 46.
    expect(await popup.getByTestId('summary').innerText()).toBe('3 need attention · 3 OK · 7 not checked (1 you said)');
    expect(await popup.getByTestId('score').innerText()).toBe('Score: 46 / 100');
    await openAll();
    expect(await duty('revoke-sessions').innerText()).toMatch(/Due/);
    const formula = popup.getByRole('table', { name: 'Score terms' });
    expect(await formula.count()).toBe(0);
    await popup.getByText('How is this worked out?').click();
    await formula.waitFor();
    expect(await popup.getByTestId('score-sums').innerText()).toBe('Known: 15 of 25 weight (13 seen in Notion). OK: 7.');
    expect(await formula.getByRole('row', { name: /2-step verification/ }).innerText()).toMatch(/3\s+OK\s+Seen in Notion\s+3/);
    expect(await formula.getByRole('row', { name: /Remove people who leave/ }).innerText()).toMatch(/2\s+OK\s+You said\s+2/);
    expect(await formula.getByRole('row', { name: /Watch member activity/ }).innerText()).toMatch(/Not checked yet\s+–\s+left out/);
  });

  test('a mark older than 90 days no longer counts: the duty is not checked again, and says why', async () => {
    await reopen(fresh({ log: [mark('offboarding', 100), mark('accurate-data', 5)] }));
    await openAll();
    expect(await duty('offboarding').getAttribute('data-status')).toBe('unknown');
    expect(await duty('offboarding').innerText()).toContain('too long ago to count');
    expect(await duty('accurate-data').getAttribute('data-status')).toBe('ok');
    expect(await duty('accurate-data').innerText()).toContain('You marked this as done 5 days ago.');
  });

  test("next steps link where to act: Notion, the help pages, Notion's security contact", async () => {
    await reopen(fresh());
    await openAll();
    expect(await duty('two-step').getByRole('link', { name: 'Open Notion' }).getAttribute('href')).toBe('https://app.notion.com/');
    expect(await duty('report-issues').getByRole('link', { name: "Notion's security contact" }).getAttribute('href')).toBe(
      'https://www.notion.so/Responsible-Disclosure-Policy-5f18bb6b86804eaf989c006131778b9c',
    );
    expect(await duty('responsible-use').getByRole('link', { name: "How-to on Notion's site" }).getAttribute('href')).toMatch(/Content-Use-Policy/);
  });

  test('first-week progress shows until done; "Not now" puts it aside; "require" cannot be put aside', async () => {
    await reopen(fresh({ onboarding: { completed: 0, done: false, marked: { report: Date.now() } }, log: [ev('backup', 0.01)] }));
    const onb = popup.getByTestId('onboarding');
    expect(await onb.innerText()).toMatch(/Getting started[\s\S]*2 of 6 done/);
    expect(await onb.getByRole('link', { name: 'Open the checklist' }).getAttribute('href')).toBe(h.extensionUrl(PAGES.welcome));
    await onb.getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => onb.count()).toBe(0);

    await reopen({ sync: { onboarding: 'require' }, local: { installedAt: Date.now(), onboarding: { completed: 2, done: false, snoozed: true } } });
    expect(await onb.innerText()).toContain('Your organisation asks you to finish the first-week checklist.');
    expect(await onb.getByRole('button', { name: 'Not now' }).count()).toBe(0);

    await reopen({ sync: { onboarding: 'require' }, local: { onboarding: { completed: 6, done: true } } });
    expect(await onb.count()).toBe(0);
  });

  test('where to report stays at hand once the duty is OK; a mark that cannot be saved says so', async () => {
    await reopen(fresh({ log: [mark('report-issues', 1)] }));
    await openAll();
    const report = duty('report-issues');
    expect(await report.getAttribute('data-status')).toBe('ok');
    expect(await report.getByRole('link', { name: "Notion's security contact" }).getAttribute('href')).toMatch(/^https:\/\//);
    // The worker cannot be reached: the popup says the mark was not saved, and nothing changes.
    await popup.evaluate(() => {
      // The e2e typings only know chrome.runtime.reload/id; the page has the real API.
      (chrome.runtime as unknown as { sendMessage: () => Promise<never> }).sendMessage = () => Promise.reject(new Error('Could not establish connection.'));
    });
    await duty('offboarding').getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(() => popup.getByRole('alert').innerText()).toBe('Could not save the mark for “Remove people who leave”. Please try again.');
    expect(await duty('offboarding').getAttribute('data-status')).toBe('unknown');
    expect((await storedLog(popup)).map((e) => e.detail)).toEqual(['report-issues']);
    await popup.reload(); // the real API again for the tests after this one
  });

  test('the popup updates live when an event is recorded while it is open', async () => {
    await reopen(fresh());
    expect(await popup.getByTestId('summary').innerText()).toBe('0 need attention · 0 OK · 13 not checked');
    await popup.evaluate((log) => chrome.storage.local.set({ log }), encodeLog([ev('twofa-status', 0, 'recorded', { detail: '2fa-off' })]));
    await expect.poll(() => next('two-step').getAttribute('data-kind')).toBe('attention');
    expect(await popup.getByTestId('summary').innerText()).toBe('1 need attention · 0 OK · 12 not checked');
  });

  test('a log stored by an earlier build (an array, format 1) still shows, and the next event keeps it', async () => {
    await reopen(fresh());
    await popup.evaluate((log) => chrome.storage.local.set({ log }), [ev('access-reviewed', 45), ev('twofa-status', 1, 'recorded', { detail: '2fa-off' })]);
    await popup.reload();
    await popupReady(popup);
    // An access review of an earlier build (no detail) is a review.
    expect(await next('review-permissions').innerText()).toContain('Access last reviewed 45 days ago.');
    expect(await next('two-step').getAttribute('data-kind')).toBe('attention');
    await openAll();
    await duty('offboarding').getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(async () => (await storedLog(popup)).map((e) => e.kind)).toEqual(['access-reviewed', 'twofa-status', 'duty-marked']);
    // The old key is gone: the background moved the log into its store (IndexedDB).
    await expect.poll(() => popup.evaluate(() => chrome.storage.local.get('log').then((g) => g.log))).toBeUndefined();
    await expect.poll(() => next('two-step').getAttribute('data-kind')).toBe('attention');
  });

  test('the install time is recorded, and two weeks after it the never-done reviews are due', async () => {
    await reopen({ local: { installedAt: Date.now() - 15 * DAY } });
    expect(await nextIds()).toEqual([
      ['review-permissions', 'due'],
      ['revoke-sessions', 'due'],
      ['backups', 'due'],
    ]);
    expect(await contentHeight()).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
  });
});
