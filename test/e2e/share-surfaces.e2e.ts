// Share coaching beyond the page Share menu: Settings → People "Add members" and any other Notion
// dialog with an email field (generic fallback), on both main hosts and every fixture variant.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resetSettings, fxLog } from './helpers/ext';
import { launch, type Harness, type NotionPage } from '../../scripts/lib/browser.mjs';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const URLS = ['https://app.notion.com/p/Wiki-0123456789abcdef0123456789abcdef', 'https://www.notion.so/acme/Wiki-0123456789abcdef0123456789abcdef'];
const FIXTURES = ['people-a.html', 'people-b.html', 'people-c.html', 'generic-a.html', 'generic-b.html', 'generic-c.html'];

async function openInvite(url: string, fixture: string) {
  const page = await h.openNotion(url, fixture);
  await page.locator('[data-fx=open-people]').first().click();
  await page.locator('[data-fx=invite-input]').waitFor();
  return page;
}

async function add(page: NotionPage, email: string) {
  const input = page.locator('[data-fx=invite-input]');
  await input.fill(email);
  await input.press('Enter');
}

describe('People settings and generic invite dialogs', () => {
  // Each fixture once in a real browser, spread over both hosts (the DOM tier runs every adapter on each).
  for (const [i, fixture] of FIXTURES.entries()) {
    const url = URLS[i % URLS.length]!;
    {
      test(`${new URL(url).host} ${fixture}: an unknown-domain invitee gets an alert; a colleague does not`, async () => {
        await resetSettings(h, { ownDomains: ['acme.com'] });
        const page = await openInvite(url, fixture);
        await add(page, 'kim@acme.com');
        await page.waitForTimeout(250);
        expect(await page.getByRole('alert').count()).toBe(0);
        await add(page, 'lou@freelance-studio.net');
        const alert = page.getByRole('alert');
        await expect.poll(() => alert.count()).toBe(1);
        expect(await alert.innerText()).toContain('freelance-studio.net');
        expect(await alert.innerText()).toMatch(/Unknown domain/);
        expect(page.errors).toEqual([]);
        await page.close();
      });
    }
  }

  for (const fixture of ['people-c.html', 'generic-b.html']) {
    test(`${fixture}: confirm mode holds "Send invite"/"Invite" until Share anyway`, async () => {
      await resetSettings(h, { ownDomains: ['acme.com'], shareMode: 'confirm' });
      const page = await openInvite(URLS[0], fixture);
      await add(page, 'max@gmail.com');
      await page.locator('[data-fx=invite]').click();
      const dialog = page.getByRole('alertdialog');
      await expect.poll(() => dialog.count()).toBe(1);
      await dialog.getByRole('button', { name: 'Go back' }).click();
      expect(await fxLog(page)).toEqual([]);
      await page.locator('[data-fx=invite]').click();
      await dialog.getByRole('button', { name: 'Share anyway' }).click();
      await expect.poll(() => fxLog(page)).toEqual(['Invited 1']);
      await page.close();
    });
  }
});
