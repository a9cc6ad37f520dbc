// Accessibility in real Chromium: axe-core (node_modules/axe-core, injected into the chrome-extension://
// pages) finds no violations on the popup, options, welcome (every step) and activity-log pages, in the
// states that matter; and the popup, the welcome tour and the log work with the keyboard alone.
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

  test('popup: evidence, attention items, onboarding progress, formula open', async () => {
    await goto(PAGES.popup, { local: { log: LOG, onboarding: { completed: 2, done: false } } });
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

  test('welcome: every step, with the example card shown', async () => {
    await goto(PAGES.welcome, {});
    for (let step = 1; step <= 5; step++) {
      await page.locator(`section.step[data-step="${step}"]`).waitFor();
      if (step === 4) {
        const input = page.getByRole('textbox', { name: 'Invite by email (example)' });
        await input.fill('sam@gmail.com');
        await input.press('Enter');
        await page.getByTestId('example-card').waitFor();
      }
      expect(await axe(page), `step ${step}`).toEqual([]);
      await page.getByRole('button', { name: step === 5 ? 'Finish' : 'Next' }).click();
    }
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
  test('popup: Tab reaches every link, button and the formula toggle; Enter marks a duty as reviewed', async () => {
    await goto(PAGES.popup, { local: { log: LOG } });
    await popupReady(page);
    const order = await tabOrder(120);
    const interactive = await page.locator(INTERACTIVE).count();
    expect(order.length).toBe(interactive);
    // In document order, each once.
    expect(order.map((d) => Number(d.split(':')[0]))).toEqual(Array.from({ length: interactive }, (_, i) => i));
    expect(order.some((d) => d.includes(':summary:How is this worked out?'))).toBe(true);
    // Focus is visible (page.css outlines :focus-visible).
    const button = page.locator('[data-duty="review-permissions"]').getByRole('button', { name: 'Mark as reviewed' });
    await button.focus();
    expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-duty="review-permissions"]').getAttribute('data-status')).toBe('ok');
    await page.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('table', { name: 'Score terms' }).isVisible()).toBe(true);
  });

  test('welcome: the whole tour with the keyboard alone', async () => {
    await goto(PAGES.welcome, {});
    const pressButton = async (name: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return page.keyboard.press('Enter');
      }
      throw new Error(`could not Tab to ${name}`);
    };
    for (let step = 1; step <= 5; step++) {
      await page.locator(`section.step[data-step="${step}"]`).waitFor();
      // After Next, focus lands on the new step's heading.
      if (step > 1) await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step-h');
      if (step === 2) {
        await page.keyboard.press('Tab'); // from the heading into the first field
        await page.keyboard.type('contoso.com');
      }
      if (step === 4) {
        for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'example-invite'; i++) await page.keyboard.press('Tab');
        await page.keyboard.type('sam@gmail.com');
        await page.keyboard.press('Enter');
        await page.getByTestId('example-card').waitFor();
        await pressButton('Dismiss for this page');
        await expect.poll(() => page.getByTestId('example-result').innerText()).toContain('Dismissed');
      }
      await pressButton(step === 5 ? 'Finish' : 'Next');
    }
    await page.getByTestId('welcome-done').waitFor();
    expect((await page.evaluate(() => chrome.storage.sync.get('ownDomains'))).ownDomains).toEqual(['contoso.com']);
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
