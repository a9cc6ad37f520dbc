// The foundation in real Chromium: where the content script runs, and that updating or disabling the
// extension leaves Notion's page clean.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Harness, type NotionPage } from '../../scripts/lib/browser.mjs';
import { fxLog } from './helpers/ext';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const PAGE = 'Roadmap-0123456789abcdef0123456789abcdef';

async function riskyInvite(page: NotionPage) {
  await page.getByText('Share', { exact: true }).first().click();
  const input = page.locator('[data-fx=invite-input]');
  await input.fill('someone@gmail.com');
  await input.press('Enter');
}

describe('content script scope', () => {
  for (const host of ['app.notion.com', 'www.notion.so', 'notion.so', 'www.notion.com']) {
    test(`coaches on ${host}`, async () => {
      const page = await h.openNotion(`https://${host}/${PAGE}`, 'share-a.html');
      await riskyInvite(page);
      await expect.poll(() => page.getByRole('alert').count()).toBe(1);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  }
  for (const url of ['https://example.com/share', 'https://notion.site.example.org/x', 'https://acme.notion.site/Roadmap']) {
    // (*.notion.site gets only the published-page password warning, so no share coaching there either.)
    test(`does not run on ${new URL(url).host}, even on a Notion-shaped page`, async () => {
      const page = await h.openNotion(url, 'share-a.html');
      await riskyInvite(page);
      // The fixture itself works (the chip is there), but no coaching appears.
      await expect.poll(() => page.locator('[data-fx=chip]').count()).toBe(1);
      await page.waitForTimeout(400);
      expect(await page.locator('srm-coach-ui').count()).toBe(0);
      await page.close();
    });
  }
});

describe('in-app navigation', () => {
  test('coaching keeps working after Notion changes the URL without a reload', async () => {
    const page = await h.openNotion(`https://app.notion.com/p/${PAGE}`, 'share-b.html');
    await page.evaluate(() => history.pushState({}, '', '/p/Other-page-fedcba9876543210fedcba9876543210'));
    await page.evaluate(() => {
      document.title = 'Other page';
    });
    await riskyInvite(page);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    await page.close();
  });
});

describe('in-app navigation the browser tells of', () => {
  // Notion's page, narrowed to its overlay layer and quiet (nothing touched): its runtime ticks every 5 s,
  // and the editor's own DOM is not observed. Leaving the login page for a page in-app (history.pushState,
  // no change the observer sees), the page's coaching must be on before the user's first paste: only the
  // browser's navigation event can tell the runtime in time (runtime/navigation.ts).
  test('from the login page to a page: a secret pasted at once is coached', async () => {
    const page = await h.openNotion('https://app.notion.com/login', 'page-a.html');
    await page.waitForTimeout(1500); // the runtime is up, and quiet
    await page.evaluate(() => history.pushState({}, '', '/p/Deploy-notes-0123456789abcdef0123456789abcdef'));
    await page.locator('[data-fx=block2]').evaluate((el, t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, `prod creds: ${['AKIA', 'Z7QK4R2M', 'V9PL3WQX'].join('')} please rotate`);
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    expect(await page.getByRole('alert').innerText()).toContain('a cloud access key');
    await page.close();
  });
});

// Each lifecycle test gets a browser of its own: the extension does not come back the same way.
describe('lifecycle', () => {
  test('updating (reloading) the extension removes the old coaching and leaves no errors in the page', async () => {
    await h.close();
    h = await launch();
    const page = await h.openNotion(`https://app.notion.com/p/${PAGE}`, 'share-a.html');
    await riskyInvite(page);
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    const sw = h.serviceWorker();
    await sw.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // The orphaned content script notices within a second and tears its UI down.
    await expect.poll(() => page.locator('srm-coach-ui').count(), { timeout: 5000 }).toBe(0);
    // Keep using Notion: typing, adding people, clicking Invite — nothing throws.
    const input = page.locator('[data-fx=invite-input]');
    await input.fill('other@yahoo.com');
    await input.press('Enter');
    await page.locator('[data-fx=invite]').click();
    await page.waitForTimeout(500);
    expect(page.errors).toEqual([]);
    expect(await fxLog(page)).toEqual(['Invited 2']);
    await page.close();
  });

  test('disabling the extension leaves no errors in the page', async () => {
    await h.close();
    h = await launch();
    const page = await h.openNotion(`https://www.notion.so/acme/${PAGE}`, 'share-c.html');
    await riskyInvite(page);
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    const ext = await h.context.newPage();
    await ext.goto('chrome://extensions/');
    await ext.evaluate(
      // chrome.management is available to the chrome://extensions page itself.
      (id) => (globalThis as unknown as { chrome: { management: { setEnabled(id: string, on: boolean): Promise<void> } } }).chrome.management.setEnabled(id, false),
      h.extensionId,
    );
    await expect.poll(() => page.locator('srm-coach-ui').count(), { timeout: 5000 }).toBe(0);
    await page.locator('[data-fx=invite]').click();
    await page.waitForTimeout(500);
    expect(page.errors).toEqual([]);
    await ext.evaluate(
      (id) => (globalThis as unknown as { chrome: { management: { setEnabled(id: string, on: boolean): Promise<void> } } }).chrome.management.setEnabled(id, true),
      h.extensionId,
    );
    await ext.close();
    await page.close();
  });
});
