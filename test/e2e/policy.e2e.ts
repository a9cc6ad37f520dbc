// The organisation path with a REAL Chromium enterprise policy: scripts/lib/browser.mjs setManagedPolicy()
// writes /etc/chromium/policies/managed/srm-coach-test.json ({"3rdparty": {"extensions": {<id>: {...}}}}),
// exactly what docs/admin.md tells an admin to deploy on Linux. Chromium reads it at start-up and hands it to
// the extension (fixed id from the manifest "key") through storage.managed. The file is removed afterwards.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_ID, type Harness } from '../../scripts/lib/browser.mjs';
import { badge, ev, launchWithPolicy, openExt, PAGES, seed, sleep } from './helpers/ext';

const POLICY = { trustedDomains: ['partner.org'], onboarding: 'skip', accessReviewDays: 14, shareMode: 'coach' };
let h: Harness | undefined;

beforeAll(async () => {
  h = await launchWithPolicy(POLICY);
});
afterAll(async () => {
  await h?.close();
});

const PAGE_URL = 'https://app.notion.com/p/Roadmap-0123456789abcdef0123456789abcdef';

describe('enterprise policy (3rdparty extension policy, real Chromium policy file)', () => {
  test('Chromium applies it to the extension: chrome://policy lists it and storage.managed returns it', async () => {
    const page = await h!.context.newPage();
    await page.goto('chrome://policy');
    // chrome://policy is a WebUI page built from shadow roots: Playwright's text locators pierce them.
    await expect.poll(() => page.getByText('trustedDomains', { exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.getByText(EXTENSION_ID).count()).toBeGreaterThan(0);
    await page.close();
    const ext = await openExt(h!, PAGES.popup);
    const managed = await ext.evaluate(() => chrome.storage.managed.get(null));
    expect(managed).toEqual(POLICY);
    await ext.close();
  });

  test('onboarding "skip": the welcome page did not open on install', async () => {
    // Once the local mirror of the policy exists, the worker's storage.managed reads have been answered (the
    // install handler's read is answered with them, and it would open the welcome page at once): wait for
    // that, then a second more.
    const ext = await openExt(h!, PAGES.popup);
    await expect.poll(() => ext.evaluate(() => chrome.storage.local.get('managedMirror').then((g) => g.managedMirror)), { timeout: 10_000 }).toEqual(POLICY);
    await ext.close();
    await sleep(1000);
    expect(h!.context.pages().map((p) => p.url()).filter((u) => u.includes('/src/welcome/'))).toEqual([]);
  });

  test('options: the managed trusted domain is shown locked ("Set by your organisation", disabled field)', async () => {
    const options = await openExt(h!, PAGES.options);
    const field = options.getByRole('textbox', { name: /Trusted domains/ });
    await expect.poll(() => field.inputValue()).toBe('partner.org');
    expect(await field.isDisabled()).toBe(true);
    expect(await options.locator('label[for="trusted"]').innerText()).toContain('Set by your organisation');
    // The user's own domains stay editable.
    expect(await options.getByRole('textbox', { name: /Your work domains/ }).isDisabled()).toBe(false);
    // Writes to the locked key are refused, not only greyed out.
    await options.evaluate(() => chrome.storage.sync.set({ trustedDomains: ['evil.example'] }));
    await options.reload();
    await expect.poll(() => options.getByRole('textbox', { name: /Trusted domains/ }).inputValue()).toBe('partner.org');
    await options.evaluate(() => chrome.storage.sync.clear());
    await options.close();
  });

  test('honoured in a Notion tab: no warning for an invitee from the managed domain; others still warned', async () => {
    const ext = await openExt(h!, PAGES.popup);
    await seed(ext, { sync: { ownDomains: ['acme.com'] }, clear: false });
    await ext.close();
    const page = await h!.openNotion(PAGE_URL, 'share-a.html');
    await page.getByText('Share', { exact: true }).first().click();
    const input = page.locator('[data-fx=invite-input]');
    await input.fill('pat@partner.org');
    await input.press('Enter');
    await expect.poll(() => page.locator('[data-fx=chip]').count()).toBe(1);
    await sleep(500);
    expect(await page.getByRole('alert').count()).toBe(0);
    await input.fill('x@gmail.com');
    await input.press('Enter');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    const text = await alert.innerText();
    expect(text).toContain('gmail.com');
    expect(text).not.toContain('partner.org');
    // The managed domain cannot be trusted/untrusted from the card either: no "Trust this domain" offered.
    expect(await alert.getByRole('button', { name: 'Trust this domain' }).count()).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('a managed review cadence (accessReviewDays 14) drives the popup and the badge', async () => {
    const popup = await openExt(h!, PAGES.popup);
    await seed(popup, { local: { log: [ev('access-reviewed', 20), ev('backup', 1), ev('sessions-reviewed', 1)] }, clear: false });
    await popup.reload();
    const row = popup.locator('[data-next="review-permissions"]');
    await expect.poll(() => row.getAttribute('data-kind')).toBe('attention');
    await expect.poll(() => badge(h!, popup)).toBe('1');
    await popup.close();
  });
});
