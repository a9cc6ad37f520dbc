// Public-exposure coaching in real Chromium: General access → web, Publish, and public-page switches.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Harness, type NotionPage } from '../../scripts/lib/browser.mjs';
import { storedLog, resetSettings, fxLog, keepBackgroundBusy } from './helpers/ext';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const PAGE = 'Roadmap-0123456789abcdef0123456789abcdef';

async function openMenu(url: string, fixture: string) {
  const page = await h.openNotion(url, fixture);
  await page.getByText('Share', { exact: true }).first().click();
  await page.locator('[data-fx=share-menu]').waitFor();
  return page;
}

/** Notion's share menu (the fixture's template) appended to the element `sel` finds. */
const appendShareMenu = (page: NotionPage, sel: string) =>
  page.evaluate((s) => document.querySelector(s)!.append((document.getElementById('fx-share') as HTMLTemplateElement).content.firstElementChild!.cloneNode(true)), sel);

async function publishTab(page: NotionPage) {
  await page.locator('[data-fx=tab][data-fx-tab=publish]').click();
}

describe('public exposure, coach mode', () => {
  for (const [url, fixture] of [
    [`https://app.notion.com/p/${PAGE}`, 'share-a.html'],
    [`https://www.notion.so/acme/${PAGE}`, 'share-b.html'],
    [`https://app.notion.com/p/${PAGE}`, 'share-c.html'],
    [`https://www.notion.so/acme/${PAGE}`, 'share-d.html'],
  ]) {
    test(`${fixture} on ${new URL(url).host}: "Anyone on the web with link" goes through and an alert names the page`, async () => {
      await resetSettings(h, {});
      const page = await openMenu(url, fixture);
      await page.locator('[data-fx=access-button]').click();
      await page.getByText('Anyone on the web with link').click();
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.count()).toBe(1);
      const text = await alert.innerText();
      expect(text).toContain('"Roadmap" will be visible to anyone on the web');
      expect(text).toMatch(/Only people invited/);
      expect(await fxLog(page)).toEqual(['General access: Anyone on the web with link']);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  }

  test('Publish and search-engine indexing each get their own consequence', async () => {
    await resetSettings(h, {});
    const page = await openMenu(`https://app.notion.com/p/${PAGE}`, 'share-a.html');
    await publishTab(page);
    await page.locator('[data-fx=publish]').click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('Publishing puts "Roadmap" on the public web');
    await page.locator('[data-fx-name=indexing]').click();
    await expect.poll(() => alert.innerText()).toContain('Search engines will index "Roadmap"');
    await page.locator('[data-fx-name=duplicate]').click();
    await expect.poll(() => alert.innerText()).toContain('copy "Roadmap" into their own workspace');
    expect(await fxLog(page)).toEqual(['Published', 'Switch indexing on', 'Switch duplicate on']);
    // Turning a switch off is not an exposure: no new alert text.
    await alert.getByRole('button', { name: 'Got it' }).click();
    await page.locator('[data-fx-name=indexing]').click();
    await page.waitForTimeout(300);
    expect(await alert.count()).toBe(0);
    await page.close();
  });

  test('a page that is already public shows a status line when the share menu opens', async () => {
    await resetSettings(h, {});
    const page = await openMenu(`https://app.notion.com/p/Public-FAQ-0123456789abcdef0123456789abcdef`, 'share-public.html');
    const status = page.getByRole('status').filter({ hasText: 'already public' });
    await expect.poll(() => status.count()).toBe(1);
    expect(await status.innerText()).toContain('"Public FAQ" is already public');
    await page.close();
  });

  test('a share menu rendered outside Notion\'s overlay layer is still found: within 5 s untouched, within a second or two of a press', async () => {
    await resetSettings(h, {});
    const page = await openMenu(`https://app.notion.com/p/Public-FAQ-0123456789abcdef0123456789abcdef`, 'share-public.html');
    const status = page.getByRole('status').filter({ hasText: 'already public' });
    await expect.poll(() => status.count()).toBe(1); // the coach runs (and has taken its first looks)
    await page.evaluate(() => document.querySelector('[data-fx=share-menu]')!.remove());
    await expect.poll(() => status.count()).toBe(0);
    // Only the overlay layer is observed (notion/roots.ts): a menu put deep in the page is not seen by the
    // observer, only by the whole-page look the runtime takes (runtime/look.ts: every 5 s on a page
    // nobody touches, every second for 4 s after a press).
    const putDeep = async () => {
      await page.evaluate(() => {
        const deep = document.createElement('div');
        deep.className = 'fx-deep';
        document.querySelector('.notion-topbar')!.append(deep);
      });
      await appendShareMenu(page, '.fx-deep');
    };
    await putDeep();
    await expect.poll(() => status.count(), { timeout: 9000 }).toBe(1);
    await page.evaluate(() => document.querySelector('.fx-deep')!.remove());
    await expect.poll(() => status.count(), { timeout: 4000 }).toBe(0); // held: looked at every second
    await page.mouse.click(5, 300); // a press somewhere in the page, as the one that opens a menu
    await putDeep();
    await expect.poll(() => status.count(), { timeout: 3000 }).toBe(1);
    await page.close();
  });

  test('Notion replacing its overlay layer while someone types: a menu in the new layer is found as it opens', async () => {
    await resetSettings(h, {});
    const page = await openMenu(`https://app.notion.com/p/Public-FAQ-0123456789abcdef0123456789abcdef`, 'share-public.html');
    const status = page.getByRole('status').filter({ hasText: 'already public' });
    await expect.poll(() => status.count()).toBe(1);
    await page.evaluate(() => document.querySelector('[data-fx=share-menu]')!.remove());
    await expect.poll(() => status.count()).toBe(0);
    // Someone typing (a key every 500 ms): the runtime takes no whole-page look then (runtime/look.ts), so
    // only the observed root leaving the page can make it find the new layer.
    let typing = true;
    const keys = (async () => {
      while (typing) {
        await page.keyboard.press('Shift');
        await page.waitForTimeout(500);
      }
    })();
    // The new layer is deep in the page, where nothing observes it until the runtime reads its roots again.
    await page.evaluate(() => {
      document.querySelector('.notion-overlay-container')!.remove();
      const layer = document.createElement('div');
      layer.className = 'notion-overlay-container';
      document.querySelector('.notion-topbar')!.append(layer);
    });
    await page.waitForTimeout(300); // the observed layer leaving its container comes as a record: looked for again at once
    await appendShareMenu(page, '.notion-overlay-container');
    try {
      await expect.poll(() => status.count(), { timeout: 3000 }).toBe(1);
    } finally {
      typing = false;
      await keys;
    }
    await page.close();
  });

  test('Notion replacing its overlay layer on a quiet page (nothing touched, nothing shown): a menu in the new layer is found as it opens', async () => {
    await resetSettings(h, {});
    const page = await h.openNotion(`https://app.notion.com/p/Public-FAQ-0123456789abcdef0123456789abcdef`, 'share-public.html');
    await page.waitForTimeout(800); // the runtime is up; its next tick is the 5-s look (runtime/look.ts nextTickIn)
    // Notion re-renders the container around its layer: a new container, holding the page and a new layer.
    await page.evaluate(() => {
      const inner = document.querySelector('.notion-app-inner')!;
      const next = document.createElement('div');
      next.className = inner.className;
      const layer = document.createElement('div');
      layer.className = 'notion-overlay-container';
      next.append(inner.querySelector('main')!, layer);
      inner.replaceWith(next);
    });
    await page.waitForTimeout(200);
    await appendShareMenu(page, '.notion-overlay-container'); // opened by Notion itself: no press
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'already public' }).count(), { timeout: 1500 }).toBe(1);
    await page.close();
  });

  test('a private page shows no such status line', async () => {
    await resetSettings(h, {});
    const page = await openMenu(`https://app.notion.com/p/${PAGE}`, 'share-a.html');
    await page.waitForTimeout(400);
    expect(await page.getByRole('status').filter({ hasText: 'already public' }).count()).toBe(0);
    await page.close();
  });
});

describe('public exposure, confirm mode', () => {
  test('General access → web waits for a decision: Go back keeps it private, "anyway" applies it', async () => {
    await resetSettings(h, { publishMode: 'confirm' });
    const page = await openMenu(`https://www.notion.so/acme/${PAGE}`, 'share-a.html');
    await page.locator('[data-fx=access-button]').click();
    await page.getByText('Anyone on the web with link').click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.innerText()).toContain('"Roadmap" will be visible to anyone on the web');
    await dialog.getByRole('button', { name: 'Go back' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await fxLog(page)).toEqual([]);

    await page.getByText('Anyone on the web with link').click();
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Open to the web anyway' }).click();
    await expect.poll(() => fxLog(page)).toEqual(['General access: Anyone on the web with link']);
    await page.close();
  });

  test('Publish waits for a decision; Escape means go back', async () => {
    await resetSettings(h, { publishMode: 'confirm' });
    const page = await openMenu(`https://app.notion.com/p/${PAGE}`, 'share-b.html');
    await publishTab(page);
    await page.locator('[data-fx=publish]').click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await fxLog(page)).toEqual([]);
    await page.locator('[data-fx=publish]').click();
    // The user pressed Publish: the way through says Publish, not "open to the web".
    await dialog.getByRole('button', { name: 'Publish anyway' }).click();
    await expect.poll(() => fxLog(page)).toEqual(['Published']);
    // Every decision is recorded for the activity log.
    await expect
      .poll(async () => {
        const log = await storedLog(h.serviceWorker());
        return log.filter((e) => e.kind === 'public-exposure').map((e) => `${e.decision}:${e.detail}`);
      })
      .toEqual(['went-back:publish', 'proceeded:publish']);
    await page.close();
  });

  test('presses made in the menu before its coaching has loaded are held, then go through; Publish still waits', async () => {
    await resetSettings(h, { publishMode: 'confirm' });
    const page = await h.openNotion(`https://app.notion.com/p/${PAGE}`, 'share-b.html');
    // The background is kept busy, so the part the share menu asks for (parts/menus.iife.ts) comes late.
    const busy = h.serviceWorker().evaluate(() => {
      const end = Date.now() + 800;
      while (Date.now() < end) {
        /* busy */
      }
      return Date.now();
    });
    await page.getByText('Share', { exact: true }).first().click();
    await page.locator('[data-fx=share-menu]').waitFor();
    // A real press on the Publish tab while the part cannot come: held, not lost.
    const tab = (await page.locator('[data-fx=tab][data-fx-tab=publish]').boundingBox())!;
    await page.mouse.click(tab.x + tab.width / 2, tab.y + tab.height / 2);
    const switchedAtOnce = await page.locator('[data-fx=publish]').isVisible();
    const checkedAt = await page.evaluate(() => Date.now());
    expect(checkedAt).toBeLessThan(await busy); // all of the above while the part could not come
    expect(switchedAtOnce).toBe(false);
    // Once the part is here the tab press goes through to Notion, and Publish is held for a decision.
    await page.locator('[data-fx=publish]').click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await fxLog(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Publish anyway' }).click();
    await expect.poll(() => fxLog(page)).toEqual(['Published']);
    await page.close();
  });

  test('a press in the menu while the page\'s coaching is still starting is held, then coached like any other', async () => {
    await resetSettings(h, {});
    // No settings published (as after an update before the worker ran): the page's script asks the
    // background for its settings code, and the background is kept busy, so coaching starts late.
    await h.serviceWorker().evaluate(() => chrome.storage.local.remove('effectiveSettings'));
    const busy = keepBackgroundBusy(h, 1500);
    const page = await openMenu(`https://app.notion.com/p/${PAGE}`, 'share-a.html');
    // A real press on General access while no feature listens yet: held, not lost.
    const button = (await page.locator('[data-fx=access-button]').boundingBox())!;
    await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
    const openedAtOnce = await page.locator('[data-fx=access-menu]').count();
    const checkedAt = await page.evaluate(() => Date.now());
    expect(checkedAt).toBeLessThan(await busy); // all of the above before coaching could start
    expect(openedAtOnce).toBe(0);
    // Once coaching listens the press reaches Notion, and the web option is coached.
    await page.getByText('Anyone on the web with link').click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('"Roadmap" will be visible to anyone on the web');
    expect(await fxLog(page)).toEqual(['General access: Anyone on the web with link']);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('off mode: nothing is shown or held', async () => {
    await resetSettings(h, { publishMode: 'off' });
    const page = await openMenu(`https://app.notion.com/p/${PAGE}`, 'share-a.html');
    await page.locator('[data-fx=access-button]').click();
    await page.getByText('Anyone on the web with link').click();
    await expect.poll(() => fxLog(page)).toEqual(['General access: Anyone on the web with link']);
    await page.waitForTimeout(300);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });
});
