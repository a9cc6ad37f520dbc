// The opt-in reuse watch in real Chromium (granted build): the Notion password as a keyed fingerprint out of
// content scripts' reach, other sites learning nothing, and the options page that turns the checks on.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, type NotionPage as Page } from '../../scripts/lib/browser.mjs';
import { resetSettings } from './helpers/ext';
import { HOSTS, PAGE_PATH, events, launchGranted, openSettingsDialog, sha, toSecretStep } from './helpers/password';

let hg: Harness;

beforeAll(async () => {
  hg = await launchGranted();
});
afterAll(async () => {
  await hg?.close();
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

  test("a compromised content script (code in SRM Coach's own isolated world on Notion) reads no fingerprint or key, and cannot write the Notion fingerprint", async () => {
    const page = await hg.openNotion(`${HOSTS[0]}${PAGE_PATH}`, 'share-a.html');
    const cdp = await hg.context.newCDPSession(page);
    const worlds: { id: number; name: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    await expect.poll(() => worlds.some((w) => w.name === 'SRM Coach')).toBe(true);
    const contextId = worlds.find((w) => w.name === 'SRM Coach')!.id;
    const before = (await reuseState())?.notion?.fp;
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        const local = await chrome.storage.local.get(null);
        let session = 'readable';
        try { await chrome.storage.session.get(null); } catch { session = 'refused'; }
        const pre = 'ab'.repeat(32);
        const notion = await chrome.runtime.sendMessage({ type: 'reuse:notion', payload: { pre } });
        const other = await chrome.runtime.sendMessage({ type: 'reuse:other', payload: { pre, host: 'evil.example' } });
        const token = await chrome.runtime.sendMessage({ type: 'frame:redeem', payload: { token: '0'.repeat(32) } });
        return { local: JSON.stringify(local), session, notion, other, token };
      })()`,
    });
    const got = result.value as { local: string; session: string; notion: unknown; other: unknown; token: unknown };
    const state = (await reuseState())!;
    expect(got.local).not.toContain(state.salt); // the HMAC key
    expect(got.local).not.toContain(state.notion!.fp);
    expect(got.local).not.toMatch(/"reuse"/);
    expect(got.session).toBe('refused');
    expect(got.notion).toEqual({}); // not a redeemed secret frame
    expect(got.other).toEqual({}); // from a Notion host: no "other site" to record
    expect(got.token).toEqual({ ok: false });
    expect((await reuseState())!.notion!.fp).toBe(before);
    expect((await reuseState())!.others.map((o) => o.host)).not.toContain('evil.example');
    await cdp.detach();
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

  test("closing a tab does not wake SRM Coach's worker; a closed tab's secret frame is forgotten when the next frame opens", async () => {
    const sw = hg.serviceWorker();
    // No tabs.onRemoved listener: one would start the worker whenever any tab in the browser closes.
    expect(await sw.evaluate(() => chrome.tabs.onRemoved.hasListeners())).toBe(false);
    const frames = () => sw.evaluate(async () => Object.keys((await chrome.storage.session.get('secretFrames')).secretFrames ?? {}));
    const first = await toSecretStep(hg, `${HOSTS[0]}/login`, 'login-a.html', 'jane.doe@acme.com');
    await expect.poll(async () => (await frames()).length).toBeGreaterThan(0);
    const gone = await frames();
    await first.page.close();
    const second = await toSecretStep(hg, `${HOSTS[0]}/login`, 'login-a.html', 'jane.doe@acme.com');
    await expect.poll(async () => { const now = await frames(); return now.length > 0 && now.every((k) => !gone.includes(k)); }).toBe(true);
    await second.page.close();
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

