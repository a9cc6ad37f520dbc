// The first week in real Chromium: the welcome page opens by itself on first install and is a checklist of
// the Shared Responsibilities Model's duties as six everyday moments (invite, publish, password and 2-step,
// someone leaves, export and clean up, report a problem), each with one line of why, where it is in Notion
// and a link there. An item turns green when SRM Coach sees it in Notion (an event in the log) or when the
// user marks it; the popup shows the progress until every item is green. The invite item keeps the work
// domains and the harmless "Try it" example.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../../scripts/lib/browser.mjs';
import { encodeLog } from '../../src/shared/log/stored';
import { ev, openExt, PAGES, popupReady, readLocal, storedLog } from './helpers/ext';

let h: Harness;
let welcome: Page;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const item = (id: string) => welcome.locator(`[data-item="${id}"]`);
const progress = () => welcome.getByTestId('welcome-progress').innerText();

describe('welcome / first-week checklist', () => {
  test('opens by itself on first install (runtime.onInstalled, reason "install"), with six moments, none done', async () => {
    welcome = await h.welcomeTab();
    await welcome.getByRole('heading', { name: 'Welcome to SRM Coach', level: 1 }).waitFor();
    expect(await welcome.title()).toBe('Welcome to SRM Coach');
    const list = welcome.getByRole('list', { name: 'Your first week' });
    expect(await list.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([
      expect.stringContaining('You invite someone'),
      expect.stringContaining('You publish a page'),
      expect.stringContaining('Your password and 2-step verification'),
      expect.stringContaining('Someone leaves'),
      expect.stringContaining('Export and clean up'),
      expect.stringContaining('Report a problem'),
    ]);
    expect(await progress()).toBe('0 of 6 done');
    expect(await welcome.locator('[data-item][data-done="false"]').count()).toBe(6);
    // The install time is recorded (the reminders' grace period starts there).
    expect(Math.abs(Number(await readLocal(welcome, 'installedAt')) - Date.now())).toBeLessThan(120_000);
  });

  test('each moment says why, where in Notion, and links there (the report item: Notion\'s security contact)', async () => {
    expect(await item('leaver').innerText()).toMatch(/remove them from the workspace[\s\S]*In Notion: Settings → People/);
    expect(await item('sign-in').innerText()).toContain('Settings → your name → Account security');
    expect(await item('export').innerText()).toContain('Export all workspace content');
    expect(await item('publish').innerText()).toContain('Anyone on the web with link');
    expect(await item('leaver').getByRole('link', { name: 'Open Notion' }).getAttribute('href')).toBe('https://app.notion.com/');
    expect(await item('report').getByRole('link', { name: "Notion's security contact" }).getAttribute('href')).toMatch(/Responsible-Disclosure-Policy/);
    expect(await item('sign-in').getByRole('link', { name: 'Notion help: 2-step verification' }).getAttribute('href')).toBe(
      'https://www.notion.com/help/two-step-verification',
    );
  });

  test('the invite item: work domains are saved to settings', async () => {
    await welcome.getByRole('textbox', { name: 'Your work domains' }).fill('Contoso.COM\nnot a domain');
    await welcome.getByRole('textbox', { name: 'Other trusted domains (partners, subsidiaries)' }).fill('@partner.org');
    await welcome.getByRole('button', { name: 'Save domains' }).click();
    await expect.poll(() => item('invite').getByRole('status').innerText()).toContain('Not domains, not saved: not, a, and domain');
    const sync = await welcome.evaluate(() => chrome.storage.sync.get(null));
    expect(sync.ownDomains).toEqual(['contoso.com']);
    expect(sync.trustedDomains).toEqual(['partner.org']);
    // Saving domains is setup, not the moment itself: the item is not green yet.
    expect(await item('invite').getAttribute('data-done')).toBe('false');
  });

  test('the invite item: "Try it" shows the share warning on a pretend invite (nothing saved)', async () => {
    const input = welcome.getByRole('textbox', { name: 'Invite by email (example)' });
    await input.fill('sam@gmail.com');
    await input.press('Enter');
    const card = welcome.getByTestId('example-card');
    await card.waitFor();
    expect(await card.innerText()).toMatch(/gmail\.com is outside your trusted domains[\s\S]*Personal email account[\s\S]*people you know/);
    // As on the real card: personal mail is never offered as trusted; an ordinary unknown domain is.
    expect(await card.getByRole('button', { name: 'Trust this domain' }).count()).toBe(0);
    await input.fill('sam@northwind.io');
    await input.press('Enter');
    await expect.poll(() => card.innerText()).toMatch(/northwind\.io is outside your trusted domains/);
    await card.getByRole('button', { name: 'Trust this domain' }).click();
    expect(await welcome.getByTestId('example-result').innerText()).toContain('Here nothing was saved');
    expect((await welcome.evaluate(() => chrome.storage.sync.get('trustedDomains'))).trustedDomains).toEqual(['partner.org']);
    // A look-alike of the work domain is named as such and cannot be trusted.
    await input.fill('ceo@contosso.com');
    await input.press('Enter');
    await card.waitFor();
    expect(await card.innerText()).toMatch(/contosso\.com[\s\S]*Looks like contoso\.com/);
    expect(await card.getByRole('button', { name: 'Trust this domain' }).count()).toBe(0);
    await card.getByRole('button', { name: 'Dismiss for this page' }).click();
    expect(await welcome.getByTestId('example-result').innerText()).toContain('Dismissed');
    await input.fill('bob@eu.contoso.com');
    await input.press('Enter');
    await expect.poll(() => welcome.getByTestId('example-result').innerText()).toContain('contoso.com is a trusted domain: no warning.');
  });

  test('an item turns green on evidence seen in Notion (an export in the log), while the page is open', async () => {
    await welcome.evaluate((log) => chrome.storage.local.set({ log }), encodeLog([ev('backup', 0, 'recorded', { detail: 'workspace' })]));
    await expect.poll(() => item('export').getAttribute('data-done')).toBe('true');
    expect(await item('export').getAttribute('data-source')).toBe('seen');
    expect(await item('export').innerText()).toMatch(/Done[\s\S]*Seen in Notion today\./);
    expect(await item('export').getByRole('button', { name: 'Mark as done' }).count()).toBe(0);
    expect(await progress()).toBe('1 of 6 done');
  });

  test('an item turns green on the user\'s mark ("you said"), and Undo takes it back', async () => {
    await item('report').getByRole('button', { name: 'I know where to report' }).click();
    await expect.poll(() => item('report').getAttribute('data-done')).toBe('true');
    expect(await item('report').getAttribute('data-source')).toBe('said');
    expect(await item('report').innerText()).toContain('You marked this done today.');
    expect(await progress()).toBe('2 of 6 done');
    expect(((await readLocal(welcome, 'onboarding')) as { marked?: Record<string, number> }).marked).toHaveProperty('report');
    // A checklist mark is not a duty mark: nothing is added to the activity log.
    expect((await storedLog(welcome)).map((e) => e.kind)).toEqual(['backup']);
    await item('report').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => item('report').getAttribute('data-done')).toBe('false');
    await item('report').getByRole('button', { name: 'I know where to report' }).click();
    await expect.poll(progress).toBe('2 of 6 done');
  });

  test('2-step verification seen OFF does not turn the password item green; seen ON does', async () => {
    await welcome.evaluate((log) => chrome.storage.local.set({ log }), encodeLog([ev('backup', 0.01), ev('twofa-status', 0.005, 'recorded', { detail: '2fa-off' })]));
    await welcome.waitForTimeout(300);
    expect(await item('sign-in').getAttribute('data-done')).toBe('false');
    await welcome.evaluate((log) => chrome.storage.local.set({ log }), encodeLog([ev('backup', 0.01), ev('twofa-status', 0, 'recorded', { detail: '2fa-on' })]));
    await expect.poll(() => item('sign-in').getAttribute('data-done')).toBe('true');
  });

  test('progress shows in the popup until every item is green; then "All done" and the popup stops showing it', async () => {
    let popup = await openExt(h, PAGES.popup);
    await popupReady(popup);
    expect(await popup.getByTestId('onboarding').innerText()).toContain('3 of 6 done');
    await popup.close();
    for (const id of ['invite', 'publish', 'leaver']) {
      await item(id).getByRole('button', { name: 'Mark as done' }).click();
      await expect.poll(() => item(id).getAttribute('data-done')).toBe('true');
    }
    await welcome.getByTestId('welcome-done').waitFor();
    expect(await welcome.getByTestId('welcome-done').innerText()).toContain('All done.');
    await expect.poll(async () => ((await readLocal(welcome, 'onboarding')) as { done?: boolean }).done).toBe(true);
    popup = await openExt(h, PAGES.popup);
    await popupReady(popup);
    expect(await popup.getByTestId('onboarding').count()).toBe(0);
    await popup.close();
  });

  test('a locked (organisation) domain list is shown as such and cannot be edited here', async () => {
    await welcome.evaluate(() => chrome.storage.local.set({ managedMirror: { trustedDomains: ['corp-partner.com'] } }));
    const field = welcome.getByRole('textbox', { name: /Other trusted domains/ });
    await expect.poll(() => field.isDisabled()).toBe(true);
    await expect.poll(() => field.inputValue()).toBe('corp-partner.com');
    expect(await welcome.locator('label[for="w-trustedDomains"]').innerText()).toContain('Set by your organisation');
    await welcome.evaluate(() => chrome.storage.local.set({ managedMirror: {} }));
  });
});
