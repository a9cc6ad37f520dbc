// Share coaching in real Chromium with dist/chrome loaded, on fixtures served at real Notion URLs.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NotionPage as Page } from '../../scripts/lib/browser.mjs';
import { launch } from '../../scripts/lib/browser.mjs';
import { storedLog, resetSettings, fxLog, keepBackgroundBusy } from './helpers/ext';

type Harness = Awaited<ReturnType<typeof launch>>;
let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const PAGE = 'Roadmap-0123456789abcdef0123456789abcdef';
const HOSTS = ['https://app.notion.com/p/', 'https://www.notion.so/acme/'];
const VARIANTS = ['share-a.html', 'share-b.html', 'share-c.html', 'share-d.html'];

async function openShare(url: string, fixture: string): Promise<Page> {
  const page = await h.openNotion(url, fixture);
  await page.getByText('Share', { exact: true }).first().click();
  await page.locator('[data-fx=invite-input]').waitFor();
  return page;
}

async function addInvitee(page: Page, email: string) {
  const input = page.locator('[data-fx=invite-input]');
  await input.fill(email);
  await input.press('Enter');
}

/** The confirm dialog opens and names `domain`; "Go back" closes it and Notion sent nothing. Returns the dialog. */
async function goesBack(page: Page, domain: string) {
  const dialog = page.getByRole('alertdialog');
  await expect.poll(() => dialog.count()).toBe(1);
  expect(await dialog.innerText()).toContain(domain);
  await dialog.getByRole('button', { name: 'Go back' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await fxLog(page)).toEqual([]);
  return dialog;
}

describe('share coaching', () => {
  // Every DOM variant once in a real browser, spread over both hosts; the DOM tier (test/content/notion)
  // runs each adapter on every variant.
  for (const [i, fixture] of VARIANTS.entries()) {
    const host = HOSTS[i % HOSTS.length]!;
    {
      test(`${new URL(host).host} ${fixture}: a personal-mail invitee gets an alert naming the domain`, async () => {
        await resetSettings(h, { ownDomains: ['acme.com'] });
        const page = await openShare(host + PAGE, fixture);
        await addInvitee(page, 'jane.doe@gmail.com');
        const alert = page.getByRole('alert');
        await expect.poll(() => alert.count()).toBe(1);
        await expect.poll(() => alert.innerText()).toContain('gmail.com');
        expect(await alert.innerText()).toMatch(/Personal email account/);
        expect(await alert.innerText()).toMatch(/Why this is yours to check: .*people you know/);
        expect(page.errors).toEqual([]);
        await page.close();
      });
    }
  }

  test('a colleague from the own domain gets no warning; a trusted subdomain neither', async () => {
    await resetSettings(h, { ownDomains: ['acme.com'] });
    const page = await openShare(HOSTS[0] + PAGE, 'share-a.html');
    await addInvitee(page, 'bob@acme.com');
    await addInvitee(page, 'eve@eu.acme.com');
    await page.waitForTimeout(300);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  test('each risky domain is named with its reason: unknown, personal, look-alike (with punycode shown)', async () => {
    await resetSettings(h, { ownDomains: ['contoso.com'] });
    const page = await openShare(HOSTS[0] + PAGE, 'share-a.html');
    const input = page.locator('[data-fx=invite-input]');
    await input.fill('a@vendor.io, b@outlook.com, c@contosso.com, d@xn--cntoso-2fg.com ');
    const alert = page.getByRole('alert');
    // The last address, still in the field, counts once typing pauses (features/share-invite.ts SETTLE_MS).
    await expect.poll(() => alert.innerText()).toContain('xn--cntoso-2fg.com');
    const text = await alert.innerText();
    expect(text).not.toContain('to imitate .');
    expect(text).toContain('outlook.com');
    expect(text).toMatch(/contosso\.com[\s\S]*Looks like contoso\.com/);
    expect(text).toContain('xn--cntoso-2fg.com');
    expect(text).toMatch(/Unknown domain/);
    expect(text).toMatch(/4 invitees/);
    await page.close();
  });

  test('"Trust this domain" removes the warning and the domain is saved for next time', async () => {
    await resetSettings(h, { ownDomains: ['acme.com'] });
    const page = await openShare(HOSTS[0] + PAGE, 'share-b.html');
    await addInvitee(page, 'pat@partner.org');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    await alert.getByRole('button', { name: 'Trust this domain' }).click();
    // It asks once, inside the card, before saving anything.
    await alert.getByRole('button', { name: 'Trust partner.org' }).click();
    await expect.poll(() => alert.count()).toBe(0);
    const stored = await h.serviceWorker().evaluate(() => chrome.storage.sync.get('trustedDomains'));
    expect(stored.trustedDomains).toEqual(['partner.org']);
    await page.close();
  });

  test('"Dismiss for this page" hides the card and records the decision', async () => {
    await resetSettings(h, { ownDomains: ['acme.com'] });
    const page = await openShare(HOSTS[1] + PAGE, 'share-a.html');
    await addInvitee(page, 'x@unknown-vendor.net');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    await alert.getByRole('button', { name: 'Dismiss for this page' }).click();
    await expect.poll(() => alert.count()).toBe(0);
    await expect
      .poll(async () => {
        const log = await storedLog(h.serviceWorker());
        return log.filter((e) => e.kind === 'invite-risky').map((e) => `${e.decision}:${e.domains?.join(',')}`);
      })
      .toEqual(['shown:unknown-vendor.net', 'dismissed:unknown-vendor.net']);
    // Only the domain is recorded, never the address.
    const raw = JSON.stringify(await h.serviceWorker().evaluate(() => chrome.storage.local.get(null)));
    expect(raw).not.toContain('x@unknown-vendor.net');
    await page.close();
  });

  test('confirm mode: Invite is held; "Go back" stops it, "Share anyway" lets Notion invite', async () => {
    await resetSettings(h, { ownDomains: ['acme.com'], shareMode: 'confirm' });
    const page = await openShare(HOSTS[0] + PAGE, 'share-c.html');
    await addInvitee(page, 'sam@gmail.com');
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    await page.locator('[data-fx=invite]').click();
    const dialog = await goesBack(page, 'gmail.com');

    await page.locator('[data-fx=invite]').click();
    await expect.poll(() => dialog.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await fxLog(page)).toEqual([]);

    await page.locator('[data-fx=invite]').click();
    await dialog.getByRole('button', { name: 'Share anyway' }).click();
    await expect.poll(() => fxLog(page)).toEqual(['Invited 1']);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('confirm mode: Invite pressed while the share coaching is still on its way is held, then asks', async () => {
    // Publish coaching off, so only the share coaching's own hold can catch the press (public exposure's
    // hold, while its part is on its way, would catch it too).
    await resetSettings(h, { ownDomains: ['acme.com'], shareMode: 'confirm', publishMode: 'off' });
    const page = await h.openNotion(HOSTS[0] + PAGE, 'share-c.html');
    await page.waitForTimeout(300); // the page's coaching has started (settings are published)
    // The background is kept busy, so the share coaching (the part it injects) comes late.
    const busy = keepBackgroundBusy(h, 2000);
    await page.getByText('Share', { exact: true }).first().click();
    await addInvitee(page, 'sam@gmail.com');
    const invite = (await page.locator('[data-fx=invite]').boundingBox())!;
    await page.mouse.click(invite.x + invite.width / 2, invite.y + invite.height / 2);
    const sentAtOnce = await fxLog(page);
    const checkedAt = await page.evaluate(() => Date.now());
    expect(checkedAt).toBeLessThan(await busy); // all of the above before the share coaching could be here
    expect(sentAtOnce).toEqual([]);
    await goesBack(page, 'gmail.com');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('trusted domains changed in options reach an open Notion tab without reload', async () => {
    await resetSettings(h, { ownDomains: ['acme.com'] });
    const page = await openShare(HOSTS[0] + PAGE, 'share-a.html');
    await addInvitee(page, 'lee@partner.org');
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    const options = await h.context.newPage();
    await options.goto(h.extensionUrl('src/options/index.html'));
    await options.getByLabel('Trusted domains', { exact: true }).fill('partner.org\nother.com');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await options.close();
    await page.close();
  });
});
