// The opt-in breach check in real Chromium: the HIBP range API as a local fake (the exact request is
// asserted), turned on by the user (granted build) and by the organisation (a real policy, no prompt).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, setManagedPolicy, type Harness } from '../../scripts/lib/browser.mjs';
import { resetSettings, fxLog } from './helpers/ext';
import { HIBP, HOSTS, events, fakeHibp, launchGranted, meter, openSettingsDialog, rangeBody, sha, toSecretStep } from './helpers/password';

let hg: Harness;

beforeAll(async () => {
  hg = await launchGranted();
});
afterAll(async () => {
  await hg?.close();
});

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
      // Recorded after the alert is shown (content/password/breach.ts): polled.
      await expect.poll(async () => (await events(hg, 'password-breached')).length).toBe(1);
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
    // Logged before the tab closes: an event still on its way would land in the next test's log.
    await expect.poll(async () => (await events(hg, 'password-breached')).map((e) => e.decision)).toEqual(['shown']);
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
    await expect.poll(() => fxLog(page)).toContain('Password changed');
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
      await expect.poll(() => fxLog(page)).toContain('Logged in');
      await page.close();
    });
  }
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

