// Password coaching at sign-in in real Chromium: the weak-password alert, shared (role) accounts, and the
// own work domain learned from the signed-in address.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Harness } from '../../scripts/lib/browser.mjs';
import { resetSettings, fxLog } from './helpers/ext';
import { HOSTS, PAGE_PATH, events, meter, toSecretStep } from './helpers/password';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('login: a weak password in use gets an alert with why and what to do', () => {
  for (const host of HOSTS) {
    for (const fixture of ['login-a.html', 'login-b.html']) {
      test(`${new URL(host).host} ${fixture}`, async () => {
        await resetSettings(h, {});
        const { page, secret } = await toSecretStep(h, `${host}/login`, fixture, 'jane.doe@acme.com');
        await secret.pressSequentially('password123', { delay: 10 });
        await secret.press('Enter');
        const alert = page.getByRole('alert');
        await expect.poll(() => alert.count()).toBe(1);
        const text = await alert.innerText();
        expect(text).toMatch(/The password you use for Notion is weak/);
        expect(text).toMatch(/most common passwords/);
        expect(text).toMatch(/Settings → your name → Account security → Change password/);
        expect(text).toMatch(/password manager/);
        expect(text).toMatch(/2-step verification/);
        // Login went on (coaching never blocks); the alert stays until dismissed.
        await expect.poll(() => fxLog(page)).toContain('Logged in');
        expect(await alert.count()).toBe(1);
        await alert.getByRole('button', { name: 'Got it' }).click();
        await expect.poll(() => alert.count()).toBe(0);
        await expect.poll(async () => (await events(h, 'password-verdict')).map((e) => e.detail)).toEqual(['weak']);
        expect(page.errors).toEqual([]);
        await page.close();
      });
    }
  }

  test('a strong password: no alert, "strong" recorded', async () => {
    await resetSettings(h, {});
    const { page, secret } = await toSecretStep(h, `${HOSTS[0]}/login`, 'login-b.html', 'jane.doe@acme.com');
    await secret.fill('velvet orchard thunder ladder plume');
    await secret.press('Enter');
    await expect.poll(async () => (await events(h, 'password-verdict')).map((e) => e.detail)).toEqual(['strong']);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  test('the same field taking an emailed login code is never scored (login-a "Use a login code", signup-a)', async () => {
    await resetSettings(h, {});
    const { page, secret } = await toSecretStep(h, `${HOSTS[1]}/login`, 'login-a.html', 'jane.doe@acme.com');
    await page.locator('[data-fx=use-code]').click();
    await secret.fill('123456');
    await secret.press('Enter');
    const signup = await toSecretStep(h, `${HOSTS[0]}/signup`, 'signup-a.html', 'jane.doe@acme.com');
    await signup.secret.fill('654321');
    await signup.secret.press('Tab');
    await page.waitForTimeout(500);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await signup.page.getByRole('alert').count()).toBe(0);
    expect(await meter(signup.page).count()).toBe(0);
    expect(await events(h, 'password-verdict')).toEqual([]);
    await page.close();
    await signup.page.close();
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('shared (role) accounts get a role=status note, never a block', () => {
  for (const [host, url, fixture] of [
    [HOSTS[0]!, '/signup', 'signup-a.html'],
    [HOSTS[1]!, '/login', 'login-b.html'],
  ] as const) {
    test(`${new URL(host).host}${url} ${fixture}`, async () => {
      await resetSettings(h, {});
      const page = await h.openNotion(host + url, fixture);
      const email = page.locator('[data-fx=email]');
      await email.pressSequentially('team@acme.com', { delay: 5 });
      const note = page.getByRole('status').filter({ hasText: 'shared account' });
      await expect.poll(() => note.count()).toBe(1);
      expect(await note.innerText()).toMatch(/team@acme\.com looks like a shared account/);
      expect(await note.innerText()).toMatch(/your own account, not a shared one/);
      await email.press('Tab'); // the address is committed (not every prefix typed on the way)
      await expect.poll(async () => (await events(h, 'shared-account')).length).toBe(1);
      await email.fill('jane.doe@acme.com');
      await expect.poll(() => note.count()).toBe(0);
      await page.locator('[data-fx=continue]').click(); // not held
      await expect.poll(() => fxLog(page)).toContain('Email step done');
      const shared = await events(h, 'shared-account');
      expect(shared.map((e) => e.domains)).toEqual([['acme.com']]);
      await page.close();
    });
  }
});

describe("the user's own work domain is learned while none is set, never a personal mail domain", () => {
  const own = async () => ((await h.serviceWorker().evaluate(() => chrome.storage.sync.get('ownDomains'))).ownDomains ?? []) as string[];
  test('from the login form (login-a); a second address (password-settings-b) adds nothing', async () => {
    await resetSettings(h, {});
    const login = await toSecretStep(h, `${HOSTS[0]}/login`, 'login-a.html', 'jane.doe@eu.acme.com');
    await expect.poll(own).toEqual(['acme.com']);
    await login.page.close();
    // A page that fakes Notion's Account security cannot add a second "own" domain.
    const settings = await h.openNotion(HOSTS[1]! + PAGE_PATH, 'password-settings-b.html');
    await settings.waitForTimeout(800);
    expect(await own()).toEqual(['acme.com']);
    await settings.close();
  });

  test('from Account security (password-settings-b) when none is set', async () => {
    await resetSettings(h, {});
    const settings = await h.openNotion(HOSTS[1]! + PAGE_PATH, 'password-settings-b.html');
    await expect.poll(own).toEqual(['globex.io']);
    await settings.close();
  });

  test('a gmail.com address is not learned', async () => {
    await resetSettings(h, {});
    const { page } = await toSecretStep(h, `${HOSTS[1]}/login`, 'login-b.html', 'jane.doe@gmail.com');
    await page.waitForTimeout(600);
    expect((await h.serviceWorker().evaluate(() => chrome.storage.sync.get('ownDomains'))).ownDomains).toBeUndefined();
    await page.close();
  });
});
