// Account hygiene and access review in real Chromium: who already has access, People settings, 2-step
// verification and devices, exports as backups, and password prompts on published pages.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Harness } from '../../scripts/lib/browser.mjs';
import { openExt, PAGES, popupReady, storedLog, resetSettings } from './helpers/ext';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const APP = 'https://app.notion.com/p/Roadmap-0123456789abcdef0123456789abcdef';
const LEGACY = 'https://www.notion.so/acme/Roadmap-0123456789abcdef0123456789abcdef';

const logOf = async (kind: string) => {
  const log = await storedLog(h.serviceWorker());
  return log.filter((e) => e.kind === kind).map((e) => e.detail);
};

describe('who already has access', () => {
  for (const [url, fixture] of [
    [APP, 'share-a.html'],
    [LEGACY, 'share-b.html'],
    [APP, 'share-d.html'],
  ]) {
    test(`${fixture} on ${new URL(url).host}: the share menu names people outside the trusted domains and their level`, async () => {
      await resetSettings(h, { ownDomains: ['contoso.com'] });
      const page = await h.openNotion(url, fixture);
      await page.getByText('Share', { exact: true }).first().click();
      const status = page.getByRole('status').filter({ hasText: 'outside your trusted domains can open' });
      await expect.poll(() => status.count()).toBe(1);
      const text = await status.innerText();
      expect(text).toContain('1 person outside your trusted domains can open "Roadmap"');
      expect(text).toMatch(/ada@acme\.com[\s\S]*Full access/);
      expect(text).toMatch(/no longer needed/);
      await page.close();
    });
  }

  test('no status line when everyone with access is trusted', async () => {
    await resetSettings(h, { ownDomains: ['acme.com'] });
    const page = await h.openNotion(APP, 'share-a.html');
    await page.getByText('Share', { exact: true }).first().click();
    await page.locator('[data-fx=invite-input]').waitFor();
    await page.waitForTimeout(400);
    expect(await page.getByRole('status').filter({ hasText: 'can open' }).count()).toBe(0);
    await page.close();
  });

  for (const fixture of ['people-a.html', 'people-b.html', 'people-c.html']) {
    test(`${fixture}: Settings → People highlights outside guests, offers the leaving checklist and records the review`, async () => {
      await resetSettings(h, { ownDomains: ['acme.com'] });
      const page = await h.openNotion(APP, fixture);
      const status = page.getByRole('status').filter({ hasText: 'Someone leaving?' });
      await expect.poll(() => status.count()).toBe(1);
      const text = await status.innerText();
      expect(text).toContain('1 guest(s) from outside your trusted domains');
      expect(text).toContain('linus@partner.io');
      expect(text).not.toContain('ada@acme.com');
      await expect.poll(() => logOf('access-reviewed')).toEqual(['people-list']);
      await status.getByRole('button', { name: 'Mark access as reviewed' }).click();
      await expect.poll(() => status.count()).toBe(0);
      await expect.poll(() => logOf('access-reviewed')).toEqual(['people-list', 'marked']);
      await page.close();
    });
  }
});

describe('looked at is not reviewed: what the popup makes of it', () => {
  test('opening Settings → People records "looked at"; only "Mark access as reviewed" turns the review OK', async () => {
    await resetSettings(h, { ownDomains: ['acme.com'] });
    const page = await h.openNotion(APP, 'people-a.html');
    const status = page.getByRole('status').filter({ hasText: 'Someone leaving?' });
    await expect.poll(() => logOf('access-reviewed')).toEqual(['people-list']);
    const popup = await openExt(h, PAGES.popup);
    await popupReady(popup);
    await popup.getByText(/^All duties \(13\)$/).click();
    const row = popup.locator('[data-duty="review-permissions"]');
    // 'unknown' holds before the event reaches the digest the popup reads (its copy is written after the log
    // write): poll the text that only the event brings.
    await expect.poll(() => row.getAttribute('data-status')).toBe('unknown');
    await expect.poll(() => row.innerText()).toContain('You opened Settings → People today but did not mark access as reviewed.');
    await status.getByRole('button', { name: 'Mark access as reviewed' }).click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('ok');
    expect(await row.getAttribute('data-source')).toBe('seen');
    await popup.close();
    await page.close();
  });

  test('opening the devices list records "looked at": the sessions duty stays not checked until marked', async () => {
    await resetSettings(h);
    const page = await h.openNotion(APP, 'account-a.html');
    await expect.poll(() => logOf('sessions-reviewed')).toEqual(['devices-list']);
    const popup = await openExt(h, PAGES.popup);
    await popupReady(popup);
    await popup.getByText(/^All duties \(13\)$/).click();
    const row = popup.locator('[data-duty="revoke-sessions"]');
    await expect.poll(() => row.innerText()).toContain('You opened the list of signed-in devices today but did not mark it as reviewed.');
    expect(await row.getAttribute('data-status')).toBe('unknown');
    await row.getByRole('button', { name: 'Mark as reviewed' }).click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('ok');
    expect(await row.getAttribute('data-source')).toBe('said');
    await popup.close();
    await page.close();
  });
});

describe('account security', () => {
  test('2-step verification off: a status card says why and where; status and devices review are recorded', async () => {
    await resetSettings(h);
    const page = await h.openNotion(APP, 'account-a.html');
    const card = page.getByRole('status').filter({ hasText: '2-step verification is off' });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByRole('button', { name: 'Turn on 2-step verification' }).count()).toBe(1);
    const devices = page.getByRole('status').filter({ hasText: 'signed-in devices' });
    await expect.poll(() => devices.innerText()).toContain('3 devices are signed in');
    await expect.poll(() => logOf('twofa-status')).toEqual(['2fa-off']);
    // Each is its own event, recorded one after another: polled, not read once.
    await expect.poll(() => logOf('password-status')).toEqual(['has-password']);
    await expect.poll(() => logOf('sessions-reviewed')).toEqual(['devices-list']);
    await page.close();
  });

  test('2-step verification on, no password (code sign-in): no card, both recorded (no classes, no aria)', async () => {
    await resetSettings(h);
    const page = await h.openNotion(LEGACY, 'account-b.html');
    await expect.poll(() => logOf('twofa-status')).toEqual(['2fa-on']);
    await expect.poll(() => logOf('password-status')).toEqual(['no-password']);
    expect(await page.getByRole('status').filter({ hasText: '2-step' }).count()).toBe(0);
    await page.close();
  });

  test('2-step off without a password: the card also says code sign-in is fine', async () => {
    await resetSettings(h);
    const page = await h.openNotion(APP, 'account-c.html');
    const card = page.getByRole('status').filter({ hasText: '2-step verification is off' });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.innerText()).toContain('without a Notion password: that is fine');
    await page.close();
  });
});

describe('backups', () => {
  for (const [url, fixture] of [
    [APP, 'export-a.html'],
    [LEGACY, 'export-b.html'],
  ]) {
    test(`${fixture}: starting an export records the latest backup; cancelling does not`, async () => {
      await resetSettings(h);
      const page = await h.openNotion(url, fixture);
      await page.locator('[data-fx=open-export]').click();
      await page.locator('[data-fx=close]').click();
      await page.waitForTimeout(300);
      expect(await logOf('backup')).toEqual([]);
      await page.locator('[data-fx=open-export]').click();
      await page.locator('[data-fx=export]').click();
      await expect.poll(() => logOf('backup')).toEqual(['page']);
      expect(await page.locator('[data-fx=toast]').innerText()).toBe('Exporting…');
      await page.close();
    });
  }
});

describe('password prompts on published pages', () => {
  for (const fixture of ['published-a.html', 'published-b.html']) {
    test(`${fixture}: a password field on *.notion.site gets an alert`, async () => {
      await resetSettings(h);
      const page = await h.openNotion('https://acme-careers.notion.site/Apply-0123456789abcdef0123456789abcdef', fixture);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.count()).toBe(1);
      const text = await alert.innerText();
      expect(text).toContain('Notion never asks for your password on a published page');
      expect(text).toContain('acme-careers.notion.site');
      expect(text).toContain('app.notion.com');
      await expect.poll(() => logOf('published-password-prompt')).toEqual(['password-field']);
      await page.close();
    });
  }

  test('a published page without a password field gets nothing; share coaching does not run there', async () => {
    await resetSettings(h);
    const page = await h.openNotion('https://acme-careers.notion.site/Apply-0123456789abcdef0123456789abcdef', 'published-c.html');
    await page.waitForTimeout(500);
    expect(await page.locator('srm-coach-ui').count()).toBe(0);
    await page.close();
  });

  test('the app itself (app.notion.com) does not get the published-page alert on its login form', async () => {
    await resetSettings(h);
    const page = await h.openNotion('https://app.notion.com/p/Apply-0123456789abcdef0123456789abcdef', 'published-a.html');
    await page.waitForTimeout(500);
    expect(await page.getByRole('alert').filter({ hasText: 'published page' }).count()).toBe(0);
    await page.close();
  });
});
