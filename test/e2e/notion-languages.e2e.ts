// Notion in Korean, Simplified Chinese and Japanese, in real Chromium with dist/chrome loaded: the localised
// fixtures (test/fixtures/notion/{share,login}-{ko,zh-cn,ja}.html, each with its <html lang> and Notion's
// words in that language) served at real Notion URLs. Each gets the invite warning for a personal address,
// the look-alike warning naming the imitated domain, the publish warnings (web option, Publish) and the
// weak-password alert at login; a trusted invitee stays silent. SRM Coach's own cards stay in the browser's
// language (English here), so the assertions read English card text.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Harness, type NotionPage } from '../../scripts/lib/browser.mjs';
import { resetSettings, storedLog, fxLog } from './helpers/ext';
import { events, toSecretStep } from './helpers/password';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const ID = '0123456789abcdef0123456789abcdef';
// The page title comes from the fixture's <title> (Notion's document title), in the page's language.
const LANGS = [
  { lang: 'ko', host: 'https://app.notion.com', path: `/p/Roadmap-${ID}`, title: '로드맵' },
  { lang: 'zh-cn', host: 'https://www.notion.so', path: `/acme/Roadmap-${ID}`, title: '路线图' },
  { lang: 'ja', host: 'https://app.notion.com', path: `/p/Roadmap-${ID}`, title: 'ロードマップ' },
] as const;

async function openShare(url: string, fixture: string): Promise<NotionPage> {
  const page = await h.openNotion(url, fixture);
  await page.locator('[data-fx=open-share]').click(); // the topbar button, named in the page's language
  await page.locator('[data-fx=invite-input]').waitFor();
  return page;
}

async function addInvitee(page: NotionPage, email: string) {
  const input = page.locator('[data-fx=invite-input]');
  await input.fill(email);
  await input.press('Enter');
}

for (const { lang, host, path, title } of LANGS) {
  const share = `share-${lang}.html`;
  const url = host + path;

  describe(`Notion in ${lang}`, () => {
    test(`${share}: a personal-mail invitee (gmail.com) gets the invite warning naming the domain`, async () => {
      await resetSettings(h, { ownDomains: ['acme.com'] });
      const page = await openShare(url, share);
      await addInvitee(page, 'sam@gmail.com');
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.count()).toBe(1);
      await expect.poll(() => alert.innerText()).toContain('gmail.com');
      expect(await alert.innerText()).toMatch(/Personal email account/);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test(`${share}: a look-alike of the trusted acme.com (acrne.com) is named as imitating acme.com`, async () => {
      await resetSettings(h, { trustedDomains: ['acme.com'] });
      const page = await openShare(url, share);
      await addInvitee(page, 'ada@acrne.com');
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.count()).toBe(1);
      await expect.poll(() => alert.innerText()).toMatch(/acrne\.com[\s\S]*(Looks like|imitate) acme\.com/);
      expect(await alert.getByRole('button', { name: 'Trust this domain' }).count()).toBe(0);
      await page.close();
    });

    test(`${share}: a trusted invitee stays silent, and Invite (found by its ${lang} name) goes through`, async () => {
      await resetSettings(h, { ownDomains: ['acme.com'], trustedDomains: ['partner.org'], shareMode: 'confirm' });
      // The previous test's page may still have a record in flight to the background: only this test's count.
      const since = Date.now();
      const page = await openShare(url, share);
      await addInvitee(page, 'bob@acme.com');
      await addInvitee(page, 'pat@partner.org');
      await page.locator('[data-fx=invite]').click();
      await expect.poll(() => fxLog(page)).toEqual(['Invited 2']);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.getByRole('alertdialog').count()).toBe(0);
      expect((await storedLog(h.serviceWorker())).filter((e) => e.kind === 'invite-risky' && e.at >= since)).toEqual([]);
      await page.close();
    });

    test(`${share}: confirm mode holds the ${lang} Invite button while a personal invitee is present`, async () => {
      await resetSettings(h, { ownDomains: ['acme.com'], shareMode: 'confirm' });
      const page = await openShare(url, share);
      await addInvitee(page, 'sam@gmail.com');
      await expect.poll(() => page.getByRole('alert').count()).toBe(1);
      await page.locator('[data-fx=invite]').click();
      const dialog = page.getByRole('alertdialog');
      await expect.poll(() => dialog.count()).toBe(1);
      await dialog.getByRole('button', { name: 'Go back' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await fxLog(page)).toEqual([]);
      await page.close();
    });

    test(`${share}: General access → the web option, then Publish, each get the publish warning naming "${title}"`, async () => {
      await resetSettings(h, {});
      const page = await openShare(url, share);
      await page.locator('[data-fx=access-button]').click();
      await page.locator('[data-fx=access-option]').last().click();
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.count()).toBe(1);
      await expect.poll(() => alert.innerText()).toContain(`"${title}" will be visible to anyone on the web`);
      await alert.getByRole('button', { name: 'Got it' }).click();
      await expect.poll(() => alert.count()).toBe(0);

      await page.locator('[data-fx=tab][data-fx-tab=publish]').click();
      await page.locator('[data-fx=publish]').click();
      await expect.poll(() => alert.innerText()).toContain(`Publishing puts "${title}" on the public web`);
      await page.locator('[data-fx-name=indexing]').click();
      await expect.poll(() => alert.innerText()).toContain(`Search engines will index "${title}"`);
      expect((await fxLog(page)).slice(1)).toEqual(['Published', 'Switch indexing on']);
      await expect
        .poll(async () => (await storedLog(h.serviceWorker())).filter((e) => e.kind === 'public-exposure').map((e) => e.detail))
        .toEqual(['web-link', 'publish', 'indexing']);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test(`login-${lang}.html: a weak password at login gets the weak-password alert`, async () => {
      await resetSettings(h, {});
      const { page, secret } = await toSecretStep(h, `${host}/login`, `login-${lang}.html`, 'jane.doe@acme.com');
      await secret.pressSequentially('password123', { delay: 10 });
      await secret.press('Enter');
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.count()).toBe(1);
      await expect.poll(() => alert.innerText()).toMatch(/The password you use for Notion is weak/);
      await expect.poll(async () => (await events(h, 'password-verdict')).map((e) => e.detail)).toEqual(['weak']);
      await expect.poll(() => fxLog(page)).toContain('Logged in');
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
}
