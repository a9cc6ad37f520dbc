// Password coaching in real Chromium with dist/chrome loaded, on fixtures served at the real Notion
// URLs, both hosts, two DOM variants per surface (with notion-* ids/classes: *-a; without: *-b).
//
// Two browsers:
//  - `h`: the extension as installed (no optional permission granted) — everything that works by default;
//  - `hg`: the same build with its optional permissions (api.pwnedpasswords.com, all sites, scripting) moved
//    to required ones, i.e. as if the user had accepted the options page's prompt. Headless Chromium has no
//    way to click "Allow" on an extension permission prompt, so this is how the granted state is tested.
// The HIBP range API is a local fake routed in the browser context; the test asserts the exact request.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Request, Route } from 'playwright-core';
import { launch, NOTION_HOST_RE, ROOT, setManagedPolicy, type Harness, type NotionPage as Page } from '../../scripts/lib/browser.mjs';
import { storedLog, resetSettings } from './helpers/ext';

const HOSTS = ['https://app.notion.com', 'https://www.notion.so'];
const PAGE_PATH = '/p/Roadmap-0123456789abcdef0123456789abcdef';
const HIBP = 'https://api.pwnedpasswords.com';

let h: Harness;
let hg: Harness;
let grantedDir = '';

async function launchGranted(): Promise<Harness> {
  grantedDir = mkdtempSync(join(tmpdir(), 'srm-granted-'));
  cpSync(join(ROOT, 'dist/chrome'), grantedDir, { recursive: true });
  const file = join(grantedDir, 'manifest.json');
  const m = JSON.parse(readFileSync(file, 'utf8'));
  m.permissions = [...m.permissions, ...(m.optional_permissions ?? [])];
  m.host_permissions = [...m.host_permissions, ...(m.optional_host_permissions ?? [])];
  delete m.optional_permissions;
  delete m.optional_host_permissions;
  writeFileSync(file, JSON.stringify(m, null, 2));
  return launch({ ext: grantedDir });
}

beforeAll(async () => {
  h = await launch();
  hg = await launchGranted();
});
afterAll(async () => {
  await h?.close();
  await hg?.close();
  if (grantedDir) rmSync(grantedDir, { recursive: true, force: true });
});


type LoggedEvent = { kind: string; decision: string; detail?: string; domains?: string[] };
async function events(x: Harness, kind?: string): Promise<LoggedEvent[]> {
  const log: LoggedEvent[] = await storedLog(x.serviceWorker());
  return log.filter((e) => !kind || e.kind === kind);
}

const sha = (alg: 'sha1' | 'sha256', s: string) => createHash(alg).update(s, 'utf8').digest('hex').toUpperCase();

const meter = (page: Page) => page.getByRole('status').filter({ hasText: 'Password strength' });

async function openSettingsDialog(x: Harness, host: string, fixture: string): Promise<{ page: Page; field: Locator }> {
  const page = await x.openNotion(host + PAGE_PATH, fixture);
  await page.locator('[data-fx=open-password]').click();
  const field = page.getByLabel('New password', { exact: true });
  await field.waitFor();
  return { page, field };
}

/** Login/signup: email step, "Continue", then the secret field. */
async function toSecretStep(x: Harness, url: string, fixture: string, email: string): Promise<{ page: Page; secret: Locator }> {
  const page = await x.openNotion(url, fixture);
  await page.locator('[data-fx=email]').fill(email);
  await page.locator('[data-fx=continue]').click();
  const secret = page.locator('[data-fx=secret]');
  await secret.waitFor();
  return { page, secret };
}

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────
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
        await expect.poll(() => page.evaluate(() => (window as unknown as { fxLog: string[] }).fxLog)).toContain('Password changed');
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
  const fxLog = (page: Page) => page.evaluate(() => (window as unknown as { fxLog: string[] }).fxLog);
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
      expect(await card.innerText()).toMatch(/Your SRM duty: a strong, unique password/);
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
    expect((await events(h, 'password-verdict')).filter((e) => e.decision === 'proceeded')).toHaveLength(1);
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
        await expect.poll(() => page.evaluate(() => (window as unknown as { fxLog: string[] }).fxLog)).toContain('Logged in');
        expect(await alert.count()).toBe(1);
        await alert.getByRole('button', { name: 'Got it' }).click();
        await expect.poll(() => alert.count()).toBe(0);
        expect((await events(h, 'password-verdict')).map((e) => e.detail)).toEqual(['weak']);
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
      expect(await note.innerText()).toMatch(/individual accounts/);
      await email.press('Tab'); // the address is committed (not every prefix typed on the way)
      await expect.poll(async () => (await events(h, 'shared-account')).length).toBe(1);
      await email.fill('jane.doe@acme.com');
      await expect.poll(() => note.count()).toBe(0);
      await page.locator('[data-fx=continue]').click(); // not held
      await expect.poll(() => page.evaluate(() => (window as unknown as { fxLog: string[] }).fxLog)).toContain('Email step done');
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

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────
type Seen = { method: string; url: string; headers: Record<string, string> };

/** Routes the HIBP range API to a local fake. `answer` gets the prefix and returns a body (or a status). */
async function fakeHibp(x: Harness, answer: (prefix: string) => { status?: number; body?: string } | 'abort'): Promise<Seen[]> {
  const seen: Seen[] = [];
  await x.context.unroute(`${HIBP}/**`).catch(() => undefined);
  await x.context.route(`${HIBP}/**`, async (route: Route, request: Request) => {
    seen.push({ method: request.method(), url: request.url(), headers: await request.allHeaders() });
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'Add-Padding', 'access-control-allow-methods': 'GET' };
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    const prefix = new URL(request.url()).pathname.split('/').pop() ?? '';
    const a = answer(prefix);
    if (a === 'abort') return route.abort('internetdisconnected');
    return route.fulfill({ status: a.status ?? 200, headers: { ...cors, 'content-type': 'text/plain' }, body: a.body ?? '' });
  });
  return seen;
}

/** A padded range response (CRLF, 35-hex suffixes): `hits` are real lines, plus count-0 padding lines. */
function rangeBody(hits: Record<string, number>, padding: string[] = []): string {
  const lines = ['0018A45C4D1DEF81644B54AB7F969B88D65:1', '00D4F6E8FA6EECAD2A3AA415EEC418D38EC:2'];
  for (const [suffix, n] of Object.entries(hits)) lines.push(`${suffix}:${n}`);
  for (const p of padding) lines.push(`${p}:0`);
  for (let i = 0; i < 20; i++) lines.push(`${createHash('sha1').update(String(i)).digest('hex').slice(5).toUpperCase()}:0`);
  return lines.join('\r\n');
}

describe('breach check (opt-in): HIBP range API, local fake', () => {
  const PW = 'Spring-Tulip-Harbor-1987';
  const HASH = sha('sha1', PW);

  test('off by default: blur and submit send nothing', async () => {
    await resetSettings(hg, {});
    const seen = await fakeHibp(hg, () => ({ body: rangeBody({}) }));
    const { page, secret } = await toSecretStep(hg, `${HOSTS[0]}/login`, 'login-a.html', 'jane.doe@acme.com');
    await secret.fill(PW);
    await secret.press('Tab');
    await secret.press('Enter');
    await page.waitForTimeout(600);
    expect(seen).toEqual([]);
    await page.close();
  });

  for (const host of HOSTS) {
    test(`${new URL(host).host} login: exactly one request per blur/submit, 5-hex prefix only, Add-Padding; breached → alert`, async () => {
      await resetSettings(hg, { breachCheck: true });
      const seen = await fakeHibp(hg, (prefix) => ({ body: prefix === HASH.slice(0, 5) ? rangeBody({ [HASH.slice(5)]: 12345 }) : rangeBody({}) }));
      const { page, secret } = await toSecretStep(hg, `${host}/login`, 'login-b.html', 'jane.doe@acme.com');
      await secret.pressSequentially(PW, { delay: 10 });
      await page.waitForTimeout(300);
      expect(seen).toEqual([]); // never per keystroke
      await secret.press('Tab'); // blur
      await expect.poll(() => seen.length).toBe(1);
      expect(seen[0]!.method).toBe('GET');
      expect(seen[0]!.url).toBe(`${HIBP}/range/${HASH.slice(0, 5)}`);
      expect(seen[0]!.headers['add-padding']).toBe('true');
      expect(JSON.stringify(seen[0]!.headers)).not.toContain(HASH.slice(5, 12));
      expect(seen[0]!.headers.referer).toBeUndefined();
      expect(seen[0]!.headers.cookie).toBeUndefined();
      const alert = page.getByRole('alert').filter({ hasText: 'data breaches' });
      await expect.poll(() => alert.count()).toBe(1);
      expect(await alert.innerText()).toMatch(/12,345 times/);
      expect(await alert.innerText()).toMatch(/Only the first 5 characters of its hash left your browser/);
      // Submitting the same password does not ask again.
      await secret.focus();
      await secret.press('Enter');
      await page.waitForTimeout(400);
      expect(seen.length).toBe(1);
      expect((await events(hg, 'password-breached')).length).toBe(1);
      await page.close();
    });
  }

  test('set/change dialog: a new breached password → "choose a different password"; padded lines (count 0) are ignored', async () => {
    await resetSettings(hg, { breachCheck: true });
    const other = 'Velvet-Orchard-Thunder-42';
    const otherHash = sha('sha1', other);
    const seen = await fakeHibp(hg, (prefix) => ({
      body:
        prefix === HASH.slice(0, 5)
          ? rangeBody({ [HASH.slice(5)]: 7 })
          : rangeBody({}, [otherHash.slice(5)]), // the other password appears only as padding: not breached
    }));
    const { page, field } = await openSettingsDialog(hg, HOSTS[1]!, 'password-settings-b.html');
    await field.fill(PW);
    await field.press('Tab');
    const alert = page.getByRole('alert').filter({ hasText: 'data breaches' });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.innerText()).toMatch(/Choose a different password/);
    await field.fill(other);
    await field.press('Tab');
    await expect.poll(() => seen.length).toBe(2);
    await expect.poll(() => alert.count()).toBe(0);
    await page.close();
  });

  test('confirm mode: a strong but breached new password is held, and keeping it is recorded as a breach, not as "strong"', async () => {
    await resetSettings(hg, { breachCheck: true, passwordMode: 'confirm' });
    await fakeHibp(hg, (prefix) => ({ body: prefix === HASH.slice(0, 5) ? rangeBody({ [HASH.slice(5)]: 7 }) : rangeBody({}) }));
    const { page, field } = await openSettingsDialog(hg, HOSTS[0]!, 'password-settings-a.html');
    await field.fill(PW);
    await expect.poll(() => meter(page).innerText()).toMatch(/Password strength: strong/);
    await field.press('Tab');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'data breaches' }).count()).toBe(1);
    await page.locator('[data-fx=pw-submit]').click();
    const card = page.getByRole('alertdialog').filter({ hasText: 'Use this weak password for Notion?' });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.innerText()).toMatch(/known data breaches/);
    await card.getByRole('button', { name: 'Use it anyway' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { fxLog: string[] }).fxLog)).toContain('Password changed');
    await expect.poll(async () => (await events(hg, 'password-breached')).map((e) => e.decision)).toEqual(['shown', 'proceeded']);
    expect((await events(hg, 'password-verdict')).filter((e) => e.decision === 'proceeded')).toEqual([]);
    await page.close();
  });

  for (const [name, answer] of [
    ['HTTP 503', () => ({ status: 503, body: 'Service Unavailable' })],
    ['offline', () => 'abort' as const],
    ['not a range response', () => ({ body: '<html>captive portal</html>' })],
  ] as const) {
    test(`failing API (${name}) → a quiet "could not check", never a block`, async () => {
      await resetSettings(hg, { breachCheck: true });
      const seen = await fakeHibp(hg, answer);
      const { page, secret } = await toSecretStep(hg, `${HOSTS[0]}/login`, 'login-a.html', 'jane.doe@acme.com');
      await secret.fill('velvet orchard thunder ladder plume');
      await secret.press('Enter');
      const note = page.getByRole('status').filter({ hasText: 'Could not check' });
      await expect.poll(() => note.count()).toBe(1);
      expect(seen.filter((r) => r.method === 'GET').length).toBe(1);
      expect(await page.getByRole('alert').count()).toBe(0);
      await expect.poll(() => page.evaluate(() => (window as unknown as { fxLog: string[] }).fxLog)).toContain('Logged in');
      await page.close();
    });
  }
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────

describe('reuse watch (opt-in; optional all-sites permission)', () => {
  const NOTION_PW = 'Harbor-Velvet-Orchard-2026';

  async function registered(): Promise<string[]> {
    return hg.serviceWorker().evaluate(async () => {
      const s = (chrome as unknown as { scripting?: { getRegisteredContentScripts(): Promise<{ id: string }[]> } }).scripting;
      return s ? (await s.getRegisteredContentScripts()).map((x) => x.id) : [];
    });
  }
  /** The reuse state, read from the extension origin's IndexedDB (where content scripts cannot look). */
  type State = { salt: string; notion?: { fp: string }; others: { fp: string; host: string }[] };
  const reuseState = (): Promise<State | undefined> =>
    hg.serviceWorker().evaluate(
      () =>
        new Promise<State | undefined>((resolve, reject) => {
          const open = indexedDB.open('srm-coach-secrets', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('kv');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('kv').objectStore('kv').get('reuse');
            get.onsuccess = () => {
              open.result.close();
              resolve(get.result as State | undefined);
            };
          };
        }),
    );
  const badge = () => hg.serviceWorker().evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));
  /** Types like a person (real key events): what the reuse watch needs before it checks anything. */
  const typeInto = async (page: Page, selector: string, text: string) => {
    await page.locator(selector).click();
    await page.locator(selector).pressSequentially(text);
  };

  test('turned on: the other-sites script is registered; the Notion password is remembered only as a keyed 36-bit fingerprint, out of content scripts\' reach', async () => {
    await resetSettings(hg, { reuseWatch: true });
    await expect.poll(registered).toEqual(['srm-coach-reuse-watch']);
    const { page, secret } = await toSecretStep(hg, `${HOSTS[0]}/login`, 'login-a.html', 'jane.doe@acme.com');
    await secret.fill(NOTION_PW);
    await secret.press('Enter');
    await expect.poll(async () => (await reuseState())?.notion?.fp).toMatch(/^[0-9a-f]{9}$/);
    const state = (await reuseState())!;
    expect(atob(state.salt).length).toBeGreaterThanOrEqual(16);
    // Keyed: not a prefix of the plain SHA-256.
    expect(sha('sha256', NOTION_PW).toLowerCase().startsWith(state.notion!.fp)).toBe(false);
    // What every content script can read (storage.local) holds no fingerprint and no key: only the public salt.
    const local = await hg.serviceWorker().evaluate(() => chrome.storage.local.get(null));
    expect(local.reuse).toBeUndefined();
    expect(JSON.stringify(local)).not.toContain(state.notion!.fp);
    expect(JSON.stringify(local)).not.toContain(state.salt);
    expect(typeof local.reusePublicSalt).toBe('string');
    await page.close();
  });

  test('the Notion password typed on another site → badge and log name example.com; nothing appears in that site\'s page', async () => {
    const other = await hg.openNotion('https://example.com/login', 'elsewhere-login.html');
    const before = await other.evaluate(() => document.querySelectorAll('*').length);
    await typeInto(other, 'input[type=password]', NOTION_PW);
    await other.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(async () => (await events(hg, 'password-reused')).map((e) => `${e.domains}:${e.detail}`)).toEqual(['example.com:other-site']);
    await expect.poll(badge).toEqual({ text: '!', title: expect.stringContaining('your Notion password is also used on example.com') });
    // The site learns nothing: no element, no change in its document.
    expect(await other.evaluate(() => document.querySelectorAll('*').length)).toBe(before);
    expect(await other.locator('srm-coach-reuse').count()).toBe(0);
    await other.close();
  });

  test('only the user\'s own typing counts: script-made input, execCommand + blur (one guess per fresh frame) and requestSubmit check nothing', async () => {
    const other = await hg.openNotion('https://scripted.example.org/login', 'elsewhere-login.html');
    await other.evaluate(async (pw) => {
      const input = document.querySelector('input[type=password]') as HTMLInputElement;
      input.value = pw;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      (document.getElementById('login') as HTMLFormElement).requestSubmit();
      // The attack that worked before: trusted input events from execCommand, a real blur, in fresh frames.
      for (const guess of ['wrong-guess-1', pw, 'wrong-guess-2']) {
        const f = document.createElement('iframe');
        document.body.append(f);
        const doc = f.contentDocument!;
        doc.body.innerHTML = '<form><input type="password"></form>';
        const field = doc.querySelector('input')!;
        field.focus();
        doc.execCommand('insertText', false, guess);
        field.blur();
        await new Promise((r) => setTimeout(r, 100));
      }
      input.focus();
      document.execCommand('insertText', false, pw);
      input.blur();
    }, NOTION_PW);
    await other.waitForTimeout(1000);
    expect((await events(hg, 'password-reused')).filter((e) => e.domains?.[0] === 'scripted.example.org')).toEqual([]);
    expect((await reuseState())?.others.map((o) => o.host)).not.toContain('scripted.example.org');
    await other.close();
  });

  test('the reverse: a password used on another site, then chosen for Notion → alert on Notion', async () => {
    const shared = 'Copper-Lantern-Meadow-91';
    const other = await hg.openNotion('https://shop.example.net/login', 'elsewhere-login.html');
    await typeInto(other, 'input[type=password]', shared);
    await other.locator('input[type=password]').press('Enter');
    await expect.poll(async () => ((await reuseState())?.others ?? []).map((o) => o.host)).toContain('shop.example.net');
    await other.close();
    const { page, field } = await openSettingsDialog(hg, HOSTS[1]!, 'password-settings-a.html');
    await field.fill(shared);
    await page.locator('[data-fx=pw-submit]').click();
    const alert = page.getByRole('alert').filter({ hasText: 'also use this password' });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.innerText()).toMatch(/You also use this password on shop\.example\.net/);
    expect(await alert.innerText()).toMatch(/Choose a password you use nowhere else/);
    await page.close();
  });

  test('per-site limits survive a restart of the worker (kept in storage.session)', async () => {
    const limits = () => hg.serviceWorker().evaluate(async () => (await chrome.storage.session.get('reuseLimits')).reuseLimits ?? {});
    expect(Object.keys(await limits())).toEqual(expect.arrayContaining(['site:example.com', 'site:shop.example.net', 'sites']));
  });

  test('turned off: the script is unregistered and every fingerprint and salt is forgotten', async () => {
    await hg.serviceWorker().evaluate(() => chrome.storage.sync.set({ reuseWatch: false }));
    await expect.poll(registered).toEqual([]);
    await expect.poll(reuseState).toBeUndefined();
    await expect.poll(async () => (await hg.serviceWorker().evaluate(() => chrome.storage.local.get('reusePublicSalt'))).reusePublicSalt).toBeUndefined();
  });
});

describe('options page: the two opt-in checks, each with its why', () => {
  test('turning them on asks for the permission and saves only when granted (granted build: no prompt needed)', async () => {
    await resetSettings(hg, {});
    const options = await hg.context.newPage();
    await options.goto(hg.extensionUrl('src/options/index.html'));
    const reuse = options.getByRole('checkbox', { name: /Notion password is used on other sites/ });
    const breach = options.getByRole('checkbox', { name: /known breaches/ });
    await reuse.waitFor();
    expect(await reuse.isChecked()).toBe(false);
    // The why is tied to each checkbox (aria-describedby).
    expect(await options.locator(`#${await reuse.getAttribute('aria-describedby')}`).innerText()).toMatch(/salted 36-bit fingerprint/);
    expect(await options.locator(`#${await breach.getAttribute('aria-describedby')}`).innerText()).toMatch(/api\.pwnedpasswords\.com.*first 5 characters/s);
    await reuse.check();
    await breach.check();
    const sync = async () => {
      const all = await hg.serviceWorker().evaluate(() => chrome.storage.sync.get(null));
      return { reuseWatch: all.reuseWatch, breachCheck: all.breachCheck };
    };
    await expect.poll(sync).toEqual({ reuseWatch: true, breachCheck: true });
    await reuse.uncheck();
    await expect.poll(sync).toEqual({ reuseWatch: undefined, breachCheck: true });
    await options.close();
    await resetSettings(hg, {});
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('nothing secret kept', () => {
  const PASSWORDS = ['Zq7-Lantern-Quartz-Meadow', 'hunter2', 'Tr0ub4dor&3xyz', 'correct horse battery staple velvet'];

  /** Every form in which a password (or what can be derived from it without a salt) could be stored. */
  function needles(pw: string): string[] {
    const out = new Set<string>([pw]);
    if (pw.length >= 6) out.add(pw.slice(0, 6));
    for (const alg of ['sha1', 'sha256'] as const) {
      const hex = sha(alg, pw);
      for (const n of [6, 8, 10, hex.length]) {
        out.add(hex.slice(0, n));
        out.add(hex.slice(0, n).toLowerCase());
      }
      out.add(createHash(alg).update(pw).digest('base64'));
    }
    return [...out];
  }

  /** Read from an extension page: chrome.storage works there even while the worker sleeps. */
  async function everyStorageArea(x: Harness): Promise<string> {
    const page = await x.context.newPage();
    await page.goto(x.extensionUrl('src/options/index.html'));
    const dump = await page.evaluate(async () => {
      const c = chrome as unknown as { storage: Record<string, { get(k: null): Promise<unknown> }> };
      const out: Record<string, unknown> = {};
      for (const area of ['sync', 'local', 'session', 'managed']) out[area] = await c.storage[area]!.get(null).catch(() => ({}));
      return out;
    });
    await page.close();
    return JSON.stringify(dump);
  }

  async function typeOnEverySurface(x: Harness, consoleLines: string[]) {
    for (const [i, pw] of PASSWORDS.entries()) {
      const host = HOSTS[i % 2]!;
      for (const fixture of ['login-a.html', 'login-b.html']) {
        const { page, secret } = await toSecretStep(x, `${host}/login`, fixture, 'jane.doe@acme.com');
        page.on('console', (m) => consoleLines.push(m.text()));
        await secret.pressSequentially(pw, { delay: 2 });
        await secret.press('Tab');
        await secret.press('Enter');
        await page.waitForTimeout(150);
        await page.close();
      }
      const signup = await toSecretStep(x, `${host}/signup`, 'signup-b.html', 'sam@globex.io');
      await signup.secret.fill(pw);
      await signup.secret.press('Enter');
      await signup.page.close();
      for (const fixture of ['password-settings-a.html', 'password-settings-b.html']) {
        const { page, field } = await openSettingsDialog(x, host, fixture);
        page.on('console', (m) => consoleLines.push(m.text()));
        await field.pressSequentially(pw, { delay: 2 });
        await field.press('Tab');
        await page.locator('[data-fx=pw-submit]').click();
        await page.waitForTimeout(150);
        await page.close();
      }
    }
  }

  test('by default: no storage area holds a password, a hash or a prefix of one, and no request left for a non-Notion host', { timeout: 120_000 }, async () => {
    await resetSettings(h, {});
    h.requests.length = 0;
    const consoleLines: string[] = [];
    await typeOnEverySurface(h, consoleLines);
    const stored = await everyStorageArea(h);
    for (const pw of PASSWORDS) for (const n of needles(pw)) expect(stored, `found ${JSON.stringify(n)}`).not.toContain(n);
    for (const line of consoleLines) for (const pw of PASSWORDS) expect(line).not.toContain(pw);
    expect(h.requests.filter((u) => !NOTION_HOST_RE.test(u))).toEqual([]);
    // What was kept: strength buckets.
    const verdicts = await events(h, 'password-verdict');
    expect(verdicts.length).toBeGreaterThan(0);
    for (const v of verdicts) expect(['weak', 'fair', 'strong']).toContain(v.detail);
  });

  test('with the breach check and the reuse watch on: still only salted fingerprints and buckets', { timeout: 120_000 }, async () => {
    await resetSettings(hg, { breachCheck: true, reuseWatch: true });
    hg.requests.length = 0;
    const seen = await fakeHibp(hg, () => ({ body: rangeBody({}) }));
    const consoleLines: string[] = [];
    await typeOnEverySurface(hg, consoleLines);
    const stored = await everyStorageArea(hg);
    for (const pw of PASSWORDS) for (const n of needles(pw)) expect(stored, `found ${JSON.stringify(n)}`).not.toContain(n);
    for (const line of consoleLines) for (const pw of PASSWORDS) expect(line).not.toContain(pw);
    // The only thing that left: 5-hex prefixes, each once per blur/submit, never more of the hash.
    for (const r of seen.filter((s) => s.method === 'GET')) expect(r.url).toMatch(/^https:\/\/api\.pwnedpasswords\.com\/range\/[0-9A-F]{5}$/);
    expect(seen.length).toBeGreaterThan(0);
    expect(hg.requests.filter((u) => !NOTION_HOST_RE.test(u))).toEqual([]); // the fake is routed before the harness sees it
    await resetSettings(hg, {});
  });
});

// Last: a real policy file is read by every running Chromium (policy directories are watched).
describe('breach check turned on by the organisation: works without a permission prompt', () => {
  test('managed breachCheck=true, optional permission NOT granted: one GET with the prefix (CORS)', async () => {
    setManagedPolicy({ breachCheck: true });
    let hp: Harness | undefined;
    try {
      hp = await launch();
      const PW = 'Managed-Policy-Harbor-77';
      const hash = sha('sha1', PW);
      const seen = await fakeHibp(hp, (prefix) => ({ body: prefix === hash.slice(0, 5) ? rangeBody({ [hash.slice(5)]: 3 }) : rangeBody({}) }));
      const granted = await hp.serviceWorker().evaluate(() => (chrome as unknown as { permissions: { contains(p: object): Promise<boolean> } }).permissions.contains({ origins: ['https://api.pwnedpasswords.com/*'] }));
      expect(granted).toBe(false);
      // Chromium reads the policy at start-up; the worker mirrors it into storage.local.
      await expect.poll(async () => (await hp!.serviceWorker().evaluate(() => chrome.storage.local.get('managedMirror'))).managedMirror, { timeout: 10_000 }).toEqual({ breachCheck: true });
      const { page, secret } = await toSecretStep(hp, `${HOSTS[0]}/login`, 'login-a.html', 'jane.doe@acme.com');
      await secret.fill(PW);
      await secret.press('Tab');
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'data breaches' }).count()).toBe(1);
      const gets = seen.filter((r) => r.method === 'GET');
      expect(gets.map((r) => r.url)).toEqual([`${HIBP}/range/${hash.slice(0, 5)}`]);
      expect(gets[0]!.headers['add-padding']).toBe('true');
      await page.close();
      // Options: shown as set by the organisation, not editable, and why there was no prompt.
      const options = await hp.context.newPage();
      await options.goto(hp.extensionUrl('src/options/index.html'));
      const breach = options.getByRole('checkbox', { name: /known breaches/ });
      await expect.poll(() => breach.isChecked()).toBe(true);
      expect(await breach.isDisabled()).toBe(true);
      const field = options.locator('.field').filter({ has: breach });
      expect(await field.innerText()).toMatch(/Set by your organisation/);
      expect(await field.innerText()).toMatch(/Turned on by your organisation: no permission prompt is needed/);
      await options.close();
    } finally {
      await hp?.close();
      setManagedPolicy(null);
    }
  });
});
