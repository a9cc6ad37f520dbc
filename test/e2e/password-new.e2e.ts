// Password coaching on a NEW password in real Chromium (dist/chrome), on fixtures at the real Notion URLs:
// the strength meter on Set/Change password and signup, confirm mode, and the login/signup prewarm.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Harness, type NotionPage as Page } from '../../scripts/lib/browser.mjs';
import { resetSettings, fxLog } from './helpers/ext';
import { HOSTS, events, meter, openSettingsDialog, toSecretStep } from './helpers/password';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('strength meter (role=status) on Set / Change password', () => {
  for (const host of HOSTS) {
    for (const fixture of ['password-settings-a.html', 'password-settings-b.html']) {
      test(`${new URL(host).host} ${fixture}: appears, says why in plain words, and updates as you type`, async () => {
        await resetSettings(h, {});
        const { page, field } = await openSettingsDialog(h, host, fixture);
        // b shows 2-step verification on ("Change verification method"): 8 characters; a: off, 15 (NIST 800-63B-4).
        const needed = fixture.endsWith('b.html') ? 8 : 15;
        await field.pressSequentially('hunter2', { delay: 15 });
        const m = meter(page);
        await expect.poll(() => m.innerText()).toContain(`7 characters (${needed} needed)`);
        const weak = await m.innerText();
        expect(weak).toMatch(/Password strength: weak/);
        expect(weak).toMatch(/most common passwords/);
        expect(weak).toMatch(
          fixture.endsWith('b.html') ? /Too short, even with 2-step verification: use at least 8 characters/ : /Too short: use at least 15 characters/,
        );
        expect(await page.getByRole('alert').count()).toBe(0);

        await field.fill('');
        await field.pressSequentially('correct horse battery staple velvet', { delay: 5 });
        await expect.poll(() => m.innerText()).toContain('35 characters');
        expect(await m.innerText()).toMatch(/Password strength: strong/);

        // Submitting records the bucket only.
        await page.locator('[data-fx=pw-submit]').click();
        await expect.poll(() => fxLog(page)).toContain('Password changed');
        await expect.poll(async () => (await events(h, 'password-verdict')).map((e) => e.detail)).toEqual(['strong']);
        expect(page.errors).toEqual([]);
        await page.close();
      });
    }
  }

  test('personal words count against it: the email, the name and the workspace', async () => {
    await resetSettings(h, {});
    const { page, field } = await openSettingsDialog(h, HOSTS[0]!, 'password-settings-a.html');
    await field.fill('AcmeJaneDoe2026!');
    const m = meter(page);
    await expect.poll(() => m.innerText()).toContain('16 characters');
    expect(await m.innerText()).toMatch(/your name, your email or your workspace's name/);
    expect(await m.innerText()).not.toMatch(/Password strength: strong/);
    await page.close();
  });

  test('an organisation policy that raises the bar is applied (minPasswordLength 20)', async () => {
    await resetSettings(h, { minPasswordLength: 20 });
    const { page, field } = await openSettingsDialog(h, HOSTS[1]!, 'password-settings-a.html');
    await field.fill('correct horse battery');
    await expect.poll(() => meter(page).innerText()).toContain('21 characters (20 needed)');
    await field.fill('correct horse batter');
    await expect.poll(() => meter(page).innerText()).toContain('20 characters (20 needed)');
    await field.fill('correct horse batt');
    await expect.poll(() => meter(page).innerText()).toMatch(/Too short: use at least 20 characters/);
    await page.close();
  });

  test('passwordMode "off": no meter, and no password frame is created', async () => {
    await resetSettings(h, { passwordMode: 'off' });
    const { page, field } = await openSettingsDialog(h, HOSTS[0]!, 'password-settings-a.html');
    await field.fill('hunter2');
    await page.waitForTimeout(400);
    expect(await meter(page).count()).toBe(0);
    expect(page.frames().filter((f) => f.url().startsWith('chrome-extension://'))).toEqual([]);
    await page.close();
  });
});

describe('signup with a new password: the meter too', () => {
  for (const host of HOSTS) {
    test(`${new URL(host).host} signup-b.html`, async () => {
      await resetSettings(h, {});
      const { page, secret } = await toSecretStep(h, `${host}/signup`, 'signup-b.html', 'sam@globex.io');
      await secret.pressSequentially('qwerty123', { delay: 10 });
      await expect.poll(() => meter(page).innerText()).toContain('9 characters (15 needed)');
      expect(await meter(page).innerText()).toMatch(/weak/);
      await page.close();
    });
  }
});

describe('passwordMode "confirm": a weak new password is held before it is saved, with a way through', () => {
  const confirmCard = (page: Page) => page.getByRole('alertdialog').filter({ hasText: 'Use this weak password for Notion?' });

  for (const [host, fixture] of [[HOSTS[0]!, 'password-settings-a.html'], [HOSTS[1]!, 'password-settings-b.html']] as const) {
    test(`${new URL(host).host} ${fixture}: "Change password" is held; "Choose a stronger one" goes back, "Use it anyway" saves once`, async () => {
      await resetSettings(h, { passwordMode: 'confirm' });
      const { page, field } = await openSettingsDialog(h, host, fixture);
      await field.fill('hunter2');
      await expect.poll(() => meter(page).innerText()).toContain('7 characters');
      await page.locator('[data-fx=pw-submit]').click();
      const card = confirmCard(page);
      await expect.poll(() => card.count()).toBe(1);
      expect(await card.innerText()).toMatch(/most common passwords/);
      expect(await card.innerText()).toMatch(/Why this is yours to check: .*strong and unique/);
      expect(await fxLog(page)).not.toContain('Password changed');

      await card.getByRole('button', { name: 'Choose a stronger one' }).click();
      await expect.poll(() => card.count()).toBe(0);
      await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await fxLog(page)).not.toContain('Password changed');
      await expect.poll(async () => (await events(h, 'password-verdict')).map((e) => e.decision)).toEqual(['went-back']);

      await page.locator('[data-fx=pw-submit]').click();
      await expect.poll(() => card.count()).toBe(1);
      await card.getByRole('button', { name: 'Use it anyway' }).click();
      await expect.poll(() => fxLog(page)).toContain('Password changed');
      expect((await fxLog(page)).filter((x) => x === 'Password changed')).toHaveLength(1);
      await expect.poll(async () => (await events(h, 'password-verdict')).map((e) => `${e.decision}:${e.detail}`)).toEqual(['went-back:weak', 'proceeded:weak']);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  }

  test('a strong new password is not held', async () => {
    await resetSettings(h, { passwordMode: 'confirm' });
    const { page, field } = await openSettingsDialog(h, HOSTS[0]!, 'password-settings-a.html');
    await field.fill('correct horse battery staple velvet');
    await expect.poll(() => meter(page).innerText()).toMatch(/Password strength: strong/);
    await page.locator('[data-fx=pw-submit]').click();
    await expect.poll(() => fxLog(page)).toContain('Password changed');
    expect(await confirmCard(page).count()).toBe(0);
    await page.close();
  });

  test('signup: Enter in the new-password field is held too, and "Use it anyway" goes on', async () => {
    await resetSettings(h, { passwordMode: 'confirm' });
    const { page, secret } = await toSecretStep(h, `${HOSTS[1]}/signup`, 'signup-b.html', 'sam@globex.io');
    await secret.pressSequentially('qwerty123', { delay: 10 });
    await expect.poll(() => meter(page).innerText()).toContain('9 characters (15 needed)');
    await secret.press('Enter');
    const card = confirmCard(page);
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.innerText()).toMatch(/Too short: use at least 15 characters/);
    expect(await fxLog(page)).not.toContain('Logged in');
    await card.getByRole('button', { name: 'Use it anyway' }).click();
    await expect.poll(() => fxLog(page)).toContain('Logged in');
    // Logged before the tab closes: an event still on its way would land in the next test's log.
    await expect.poll(async () => (await events(h, 'password-verdict')).map((e) => e.decision)).toContain('proceeded');
    await page.close();
  });

  test('after "Use it anyway", the same password is not held again (Notion refused the first try)', async () => {
    await resetSettings(h, { passwordMode: 'confirm' });
    const { page, secret } = await toSecretStep(h, `${HOSTS[0]}/signup`, 'signup-b.html', 'sam@globex.io');
    await page.locator('[data-fx=login-form]').evaluate((f) => f.setAttribute('data-fx-wrong', '')); // "Notion" refuses it
    await secret.fill('qwerty123');
    await expect.poll(() => meter(page).innerText()).toContain('9 characters');
    await secret.press('Enter');
    const card = confirmCard(page);
    await expect.poll(() => card.count()).toBe(1);
    await card.getByRole('button', { name: 'Use it anyway' }).click();
    await expect.poll(() => fxLog(page)).toContain('Wrong password');
    await secret.focus();
    await secret.press('Enter');
    await expect.poll(async () => (await fxLog(page)).filter((x) => x === 'Wrong password').length).toBe(2);
    expect(await card.count()).toBe(0);
    await expect.poll(async () => (await events(h, 'password-verdict')).filter((e) => e.decision === 'proceeded')).toHaveLength(1);
    await page.close();
  });

  test('a sign-in with a weak password is never held (the alert comes after, as in coach mode)', async () => {
    await resetSettings(h, { passwordMode: 'confirm' });
    const { page, secret } = await toSecretStep(h, `${HOSTS[0]}/login`, 'login-b.html', 'sam@globex.io');
    await secret.fill('password1');
    await page.locator('[data-fx=continue]').click();
    await expect.poll(() => fxLog(page)).toContain('Logged in');
    expect(await confirmCard(page).count()).toBe(0);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'The password you use for Notion is weak' }).count()).toBe(1);
    await page.close();
  });
});

describe('login and signup: the password checks start as the document starts (prewarm), and the coaching uses that frame', () => {
  const extensionFrames = (page: Page) => page.frames().filter((f) => f.url().startsWith('chrome-extension://'));

  test('the frame starts before DOMContentLoaded (the every-page script only runs after it), and there is only one', async () => {
    await resetSettings(h, {});
    // Hold the fixture's parser-blocking script for 800 ms: DOMContentLoaded waits for it, and so does the
    // every-page content script (document_idle). Only the login/signup document_start script can start
    // the frame before it.
    const slow = /\/_fx\/fake-login\.js$/;
    await h.context.route(slow, async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.fallback();
    });
    try {
      const { page, secret } = await toSecretStep(h, `${HOSTS[0]}/signup`, 'signup-b.html', 'sam@globex.io');
      await secret.pressSequentially('qwerty123', { delay: 10 });
      await expect.poll(() => meter(page).innerText()).toContain('9 characters (15 needed)');
      const frames = extensionFrames(page);
      expect(frames.length).toBe(1); // the coaching claimed the prewarmed frame instead of opening another
      const frameStart = await frames[0]!.evaluate(() => performance.timeOrigin);
      const dcl = await page.evaluate(() => performance.timeOrigin + (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart);
      expect(frameStart).toBeLessThan(dcl);
      expect(page.errors).toEqual([]);
      await page.close();
    } finally {
      await h.context.unroute(slow);
    }
  });

  test('passwordMode "off": no frame on /login either', async () => {
    await resetSettings(h, { passwordMode: 'off' });
    const page = await h.openNotion(`${HOSTS[1]}/login`, 'login-a.html');
    await page.waitForTimeout(500);
    expect(extensionFrames(page)).toEqual([]);
    expect(await page.locator('srm-coach-frame').count()).toBe(0);
    await page.close();
  });
});

