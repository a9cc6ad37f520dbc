// Accessibility in real Chromium: axe-core (node_modules/axe-core, injected into the chrome-extension://
// pages) finds no violations on the popup, options, welcome checklist and activity-log pages, in the
// states that matter; and the popup, the welcome checklist and the log work with the keyboard alone.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../../scripts/lib/browser.mjs';
import { axe, ev, openExt, PAGES, popupReady, seed, type Seed } from './helpers/ext';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
  page = await openExt(h, PAGES.popup);
});
afterAll(async () => {
  await h?.close();
});

const LOG = [
  ev('invite-risky', 1, 'proceeded', { domains: ['gmail.com'], reasons: ['personal'], pageTitle: 'Roadmap', host: 'app.notion.com' }),
  ev('password-verdict', 3, 'recorded', { detail: 'weak' }),
  ev('access-reviewed', 45),
  ev('twofa-status', 1, 'recorded', { detail: '2fa-on' }),
];

async function goto(path: string, state?: Seed) {
  if (state) await seed(page, state);
  await page.goto(h.extensionUrl(path));
  await page.locator('h1').first().waitFor();
}

const INTERACTIVE = 'a[href], button, summary, input, select, textarea';

/** The interactive elements Tab reaches, in order, as "index:tag:text" (stops when focus wraps around). */
async function tabOrder(max = 80): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const d = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const index = [...document.querySelectorAll(sel)].indexOf(el);
      return `${index}:${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 40)}`;
    }, INTERACTIVE);
    if (!d || seen.includes(d)) break;
    seen.push(d);
  }
  return seen;
}

describe('axe-core: 0 violations', () => {
  test('popup: fresh install', async () => {
    await goto(PAGES.popup, {});
    await popupReady(page);
    expect(await axe(page)).toEqual([]);
  });

  test('popup: evidence, attention items, onboarding progress, all duties and the formula open', async () => {
    await goto(PAGES.popup, { local: { log: LOG, onboarding: { completed: 2, done: false } } });
    await page.locator('[data-kind="attention"]').first().waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByText(/^All duties \(13\)$/).click();
    await page.locator('[data-status="attention"]').first().waitFor();
    await page.getByText('How is this worked out?').click();
    await page.getByRole('table', { name: 'Score terms' }).waitFor();
    expect(await axe(page)).toEqual([]);
  });

  test('options (with a setting locked by the organisation)', async () => {
    await goto(PAGES.options, { local: { managedMirror: { trustedDomains: ['partner.org'], shareMode: 'confirm' } } });
    await page.getByRole('textbox', { name: /Trusted domains/ }).waitFor();
    expect(await axe(page)).toEqual([]);
  });

  test('welcome: the checklist, with the example card shown, an item marked, and all done', async () => {
    await goto(PAGES.welcome, {});
    await page.locator('[data-item="invite"]').waitFor();
    expect(await axe(page), 'fresh').toEqual([]);
    const input = page.getByRole('textbox', { name: 'Invite by email (example)' });
    await input.fill('sam@gmail.com');
    await input.press('Enter');
    await page.getByTestId('example-card').waitFor();
    await page.locator('[data-item="report"]').getByRole('button', { name: 'I know where to report' }).click();
    await page.locator('[data-item="report"][data-done="true"]').waitFor();
    expect(await axe(page), 'marked').toEqual([]);
    for (const id of ['invite', 'publish', 'sign-in', 'leaver', 'export']) await page.locator(`[data-item="${id}"]`).getByRole('button', { name: 'Mark as done' }).click();
    await page.getByTestId('welcome-done').waitFor();
    expect(await axe(page), 'done').toEqual([]);
  });

  test('activity log: events listed, confirm step open', async () => {
    await goto(PAGES.log, { local: { log: LOG } });
    await page.locator('tbody tr').first().waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete all events' }).click();
    expect(await axe(page)).toEqual([]);
  });
});

describe('keyboard', () => {
  test('popup: Tab reaches every link, button and fold; Enter marks a duty as reviewed and opens the folds', async () => {
    await goto(PAGES.popup, { local: { log: LOG } });
    await popupReady(page);
    const order = await tabOrder(120);
    // What is on screen (the folds' contents are not, until opened).
    const interactive = await page.evaluate((sel) => [...document.querySelectorAll(sel)].filter((el) => el.checkVisibility()).length, INTERACTIVE);
    expect(order.length).toBe(interactive);
    // In document order, each once: the header links first, then the next things, then the folds.
    expect(order.map((d) => Number(d.split(':')[0]))).toEqual(Array.from({ length: interactive }, (_, i) => i));
    expect(order[0]).toMatch(/:a:Settings$/);
    expect(order.some((d) => d.includes(':summary:All duties (13)'))).toBe(true);
    // Focus is visible (page.css outlines :focus-visible).
    const button = page.locator('[data-next="review-permissions"]').getByRole('button', { name: 'Mark as reviewed' });
    await button.focus();
    expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-next="review-permissions"]').count()).toBe(0);
    await page.locator('[data-testid="all-duties"] summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-duty="review-permissions"]').getAttribute('data-status')).toBe('ok');
    await page.getByText('How is this worked out?').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('table', { name: 'Score terms' }).isVisible()).toBe(true);
  });

  test('welcome: the checklist with the keyboard alone', async () => {
    await goto(PAGES.welcome, {});
    await page.locator('[data-item="invite"]').waitFor();
    const pressButton = async (name: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return page.keyboard.press('Enter');
      }
      throw new Error(`could not Tab to ${name}`);
    };
    // The invite item: its mark, then the work domains and the example.
    await pressButton('Mark as done');
    await expect.poll(() => page.locator('[data-item="invite"]').getAttribute('data-done')).toBe('true');
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'w-ownDomains'; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('contoso.com');
    await pressButton('Save domains');
    await expect.poll(async () => (await page.evaluate(() => chrome.storage.sync.get('ownDomains'))).ownDomains).toEqual(['contoso.com']);
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'example-invite'; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('sam@gmail.com');
    await page.keyboard.press('Enter');
    await page.getByTestId('example-card').waitFor();
    await pressButton('Dismiss for this page');
    await expect.poll(() => page.getByTestId('example-result').innerText()).toContain('Dismissed');
    // The next item's mark is reached by Tab too.
    await pressButton('Mark as done');
    await expect.poll(() => page.locator('[data-item="publish"]').getAttribute('data-done')).toBe('true');
  });

  test('activity log: clear-all confirm moves focus in and back out', async () => {
    await goto(PAGES.log, { local: { log: LOG } });
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Delete all events' }).focus();
    await page.keyboard.press('Enter');
    // Focus moves once the confirm has rendered (an effect after the click): wait for it, don't race it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Delete all');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Cancel
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Delete all events');
  });
});
