// Nothing secret kept or sent, in real Chromium: every storage area, the console and every request after
// typing on every password surface, by default and with both opt-in checks on.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { launch, NOTION_HOST_RE, type Harness } from '../../scripts/lib/browser.mjs';
import { resetSettings } from './helpers/ext';
import { HOSTS, events, fakeHibp, launchGranted, openSettingsDialog, rangeBody, sha, toSecretStep } from './helpers/password';

let h: Harness;
let hg: Harness;

beforeAll(async () => {
  h = await launch();
  hg = await launchGranted();
});
afterAll(async () => {
  await h?.close();
  await hg?.close();
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

