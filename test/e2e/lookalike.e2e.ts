// Look-alikes as attackers make them, in real Chromium: a multi-swap homoglyph invitee gets the look-alike
// card naming the domain it imitates, and nothing risky is ever one click from trusted — not a look-alike,
// not a personal mailbox — in the card or in the options page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NotionPage as Page } from '../../scripts/lib/browser.mjs';
import { launch, type Harness } from '../../scripts/lib/browser.mjs';
import { PAGES, openExt, resetSettings } from './helpers/ext';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await h.closeWelcomeTab();
});
afterAll(async () => {
  await h?.close();
});

const URL_ = 'https://app.notion.com/p/Roadmap-0123456789abcdef0123456789abcdef';
const sync = (key: string) => h.serviceWorker().evaluate(async (k) => (await chrome.storage.sync.get(k))[k], key);

async function inviteOnShare(email: string): Promise<Page> {
  const page = await h.openNotion(URL_, 'share-a.html');
  await page.getByText('Share', { exact: true }).first().click();
  const input = page.locator('[data-fx=invite-input]');
  await input.waitFor();
  await input.fill(email);
  await input.press('Enter');
  return page;
}

describe('look-alike invitees', () => {
  for (const [email, of] of [
    ['ceo@c0nt0só.com', 'contoso.com'],
    ['it@co.ntoso.com', 'contoso.com'],
    ['help@contoso-login.com', 'contoso.com'],
    ['ana@nortlhwincltraders.com', 'northwindtraders.com'],
  ] as const) {
    test(`${email} → the look-alike card names ${of}, with no trust action`, async () => {
      await resetSettings(h, { ownDomains: ['contoso.com'], trustedDomains: ['northwindtraders.com'] });
      const page = await inviteOnShare(email);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.count()).toBe(1);
      // "Looks like contoso.com", or for look-alike characters "… to imitate contoso.com".
      await expect.poll(() => alert.innerText()).toMatch(new RegExp(`(Looks like|imitate) ${of.replace('.', '\\.')}`));
      expect(await alert.getByRole('button', { name: 'Trust this domain' }).count()).toBe(0);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  }

  test('a personal mailbox (gmail.com) is warned about and never offered as trusted', async () => {
    await resetSettings(h, { ownDomains: ['contoso.com'] });
    const page = await inviteOnShare('sam@gmail.com');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('gmail.com');
    expect(await alert.getByRole('button', { name: 'Trust this domain' }).count()).toBe(0);
    await page.close();
  });

  test('an ordinary unknown domain still offers "Trust this domain"', async () => {
    await resetSettings(h, { ownDomains: ['contoso.com'] });
    const page = await inviteOnShare('li@fabrikam-design.io');
    await expect.poll(() => page.getByRole('alert').getByRole('button', { name: 'Trust this domain' }).count()).toBe(1);
    await page.close();
  });
});

describe('options page: the trusted list', () => {
  test('refuses gmail.com and a public suffix, saying why; saves the rest', async () => {
    await resetSettings(h, { ownDomains: ['contoso.com'] });
    const options = await openExt(h, PAGES.options);
    await options.getByLabel('Trusted domains', { exact: true }).fill('partner.org\ngmail.com\nco.uk');
    await options.getByRole('button', { name: 'Save' }).first().click();
    await expect.poll(() => sync('trustedDomains')).toEqual(['partner.org']);
    await expect.poll(() => options.getByRole('status').first().innerText()).toContain('Not trusted: gmail.com and co.uk');
    await options.close();
  });

  test('asks before saving a look-alike of an own domain; "Don\'t trust them" saves without it, "Trust anyway" with it', async () => {
    await resetSettings(h, { ownDomains: ['contoso.com'] });
    const options = await openExt(h, PAGES.options);
    const field = options.getByLabel('Trusted domains', { exact: true });
    await field.fill('partner.org\nc0ntoso.com');
    await options.getByRole('button', { name: 'Save' }).first().click();
    const ask = options.getByRole('alertdialog');
    await expect.poll(() => ask.innerText()).toContain('c0ntoso.com looks like contoso.com');
    expect(await sync('trustedDomains')).toBeUndefined(); // nothing saved while asking
    await ask.getByRole('button', { name: "Don't trust them" }).click();
    await expect.poll(() => sync('trustedDomains')).toEqual(['partner.org']);
    await field.fill('partner.org\nc0ntoso.com');
    await options.getByRole('button', { name: 'Save' }).first().click();
    await ask.getByRole('button', { name: 'Trust anyway' }).click();
    await expect.poll(() => sync('trustedDomains')).toEqual(['partner.org', 'c0ntoso.com']);
    await options.close();
  });
});
