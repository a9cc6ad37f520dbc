// Onboarding in real Chromium: the welcome page opens by itself on first install, walks through five
// steps (the split; work domains; password and 2-step verification; what SRM Coach warns about, with a
// harmless interactive example; where the popup is), keeps its progress, and the popup shows it until done.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../../scripts/lib/browser.mjs';
import { openExt, PAGES, popupReady, readLocal, storedLog } from './helpers/ext';

let h: Harness;
let welcome: Page;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const step = () => welcome.locator('section.step').getAttribute('data-step');
const next = () => welcome.getByRole('button', { name: 'Next' }).click();

describe('welcome / onboarding', () => {
  test('opens by itself on first install (runtime.onInstalled, reason "install")', async () => {
    welcome = await h.welcomeTab();
    await welcome.getByRole('heading', { name: 'Welcome to SRM Coach' }).waitFor();
    expect(await welcome.title()).toBe('Welcome to SRM Coach');
    expect(await step()).toBe('1');
    expect(await welcome.getByText('Step 1 of 5').count()).toBe(1);
    expect(await welcome.locator('.steps li').count()).toBe(5);
  });

  test('step 1: what Notion does and what you do', async () => {
    const text = await welcome.locator('section.step').innerText();
    expect(text).toMatch(/Notion looks after[\s\S]*Access to its core systems/);
    expect(text).toMatch(/You look after[\s\S]*Authentication[\s\S]*Responsible use/);
    await next();
    await expect.poll(step).toBe('2');
    // Focus moves to the new step's heading (keyboard and screen-reader users land on it).
    await expect.poll(() => welcome.evaluate(() => document.activeElement?.id)).toBe('step-h');
  });

  test('step 2: confirm work domains — saved to settings when moving on', async () => {
    await welcome.getByRole('textbox', { name: 'Your work domains' }).fill('Contoso.COM\nnot a domain');
    await welcome.getByRole('textbox', { name: 'Other trusted domains (partners, subsidiaries)' }).fill('@partner.org');
    await welcome.getByRole('button', { name: 'Save domains' }).click();
    await expect.poll(() => welcome.getByRole('status').first().innerText()).toContain('Not domains, not saved: not, a, domain');
    const sync = await welcome.evaluate(() => chrome.storage.sync.get(null));
    expect(sync.ownDomains).toEqual(['contoso.com']);
    expect(sync.trustedDomains).toEqual(['partner.org']);
    await welcome.getByRole('textbox', { name: 'Other trusted domains (partners, subsidiaries)' }).fill('partner.org\nsub.example.net');
    await next();
    await expect.poll(step).toBe('3');
    expect((await welcome.evaluate(() => chrome.storage.sync.get('trustedDomains'))).trustedDomains).toEqual(['partner.org', 'sub.example.net']);
  });

  test('progress is kept: the popup shows it, and a reload resumes at the same step', async () => {
    expect(await readLocal(welcome, 'onboarding')).toEqual({ completed: 2, done: false });
    const popup = await openExt(h, PAGES.popup);
    await popup.getByTestId('onboarding').waitFor();
    expect(await popup.getByTestId('onboarding').innerText()).toContain('2 of 5 steps done');
    await popup.close();
    await welcome.reload();
    await welcome.locator('section.step').waitFor();
    expect(await step()).toBe('3');
  });

  test('step 3: password and 2-step verification — where in Notion, help links, and "it is on" is noted', async () => {
    const text = await welcome.locator('section.step').innerText();
    expect(text).toContain('Settings → your name → Account security');
    expect(await welcome.getByRole('link', { name: 'Notion help: 2-step verification' }).getAttribute('href')).toBe(
      'https://www.notion.com/help/two-step-verification',
    );
    await welcome.getByRole('button', { name: '2-step verification is on' }).click();
    await expect.poll(() => welcome.getByText('Noted: 2-step verification is on').count()).toBe(1);
    await expect
      .poll(async () => (await storedLog(welcome)).map((e) => `${e.kind}:${e.detail}`))
      .toEqual(['duty-marked:two-step']);
    await next();
    await expect.poll(step).toBe('4');
  });

  test('step 4: what SRM Coach warns about, with a harmless example card (nothing saved)', async () => {
    const text = await welcome.locator('section.step').innerText();
    expect(text).toMatch(/Inviting someone outside your trusted domains[\s\S]*Opening a page to the web[\s\S]*Secrets such as API keys/);
    const input = welcome.getByRole('textbox', { name: 'Invite by email (example)' });
    await input.fill('sam@gmail.com');
    await input.press('Enter');
    const card = welcome.getByTestId('example-card');
    await card.waitFor();
    expect(await card.innerText()).toMatch(/gmail\.com is outside your trusted domains[\s\S]*Personal email account[\s\S]*people you know/);
    await card.getByRole('button', { name: 'Trust this domain' }).click();
    expect(await welcome.getByTestId('example-result').innerText()).toContain('Here nothing was saved');
    expect((await welcome.evaluate(() => chrome.storage.sync.get('trustedDomains'))).trustedDomains).toEqual(['partner.org', 'sub.example.net']);
    // A look-alike of the work domain saved in step 2 is named as such and cannot be trusted.
    await input.fill('ceo@contosso.com');
    await input.press('Enter');
    await card.waitFor();
    expect(await card.innerText()).toMatch(/contosso\.com[\s\S]*Looks like contoso\.com/);
    expect(await card.getByRole('button', { name: 'Trust this domain' }).count()).toBe(0);
    await card.getByRole('button', { name: 'Dismiss for this page' }).click();
    expect(await welcome.getByTestId('example-result').innerText()).toContain('Dismissed');
    // A colleague: no warning.
    await input.fill('bob@eu.contoso.com');
    await input.press('Enter');
    await expect.poll(() => welcome.getByTestId('example-result').innerText()).toContain('contoso.com is a trusted domain: no warning.');
    await next();
    await expect.poll(step).toBe('5');
  });

  test('step 5: where the popup is; Finish marks onboarding done and the popup stops showing it', async () => {
    expect(await welcome.locator('section.step').innerText()).toMatch(/puzzle-piece Extensions button[\s\S]*pin next to SRM Coach/);
    expect(await welcome.getByRole('img', { name: 'SRM Coach icon' }).count()).toBe(1);
    await welcome.getByRole('button', { name: 'Finish' }).click();
    await welcome.getByTestId('welcome-done').waitFor();
    expect(await readLocal(welcome, 'onboarding')).toEqual({ completed: 5, done: true });
    const popup = await openExt(h, PAGES.popup);
    await popupReady(popup);
    expect(await popup.getByTestId('onboarding').count()).toBe(0);
    // The 2-step mark from step 3 is evidence in the popup.
    expect(await popup.locator('[data-duty="two-step"]').getAttribute('data-status')).toBe('ok');
    await popup.close();
  });

  test('a locked (organisation) domain list is shown as such and cannot be edited here', async () => {
    await welcome.evaluate(() => chrome.storage.local.set({ managedMirror: { trustedDomains: ['corp-partner.com'] } }));
    await welcome.getByRole('button', { name: 'Back' }).click();
    await welcome.getByRole('button', { name: 'Back' }).click();
    await welcome.getByRole('button', { name: 'Back' }).click();
    await expect.poll(step).toBe('2');
    const field = welcome.getByRole('textbox', { name: /Other trusted domains/ });
    await expect.poll(() => field.isDisabled()).toBe(true);
    expect(await field.inputValue()).toBe('corp-partner.com');
    expect(await welcome.locator('label[for="w-trustedDomains"]').innerText()).toContain('Set by your organisation');
    await welcome.evaluate(() => chrome.storage.local.set({ managedMirror: {} }));
  });
});
