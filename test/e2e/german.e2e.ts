// The second language in real Chromium: with the browser in German (LANGUAGE=de, --lang=de) every page SRM Coach shows
// comes from _locales/de, with the page's language and title to match. Strings are read from the locale
// files, so this test checks what the browser shows, not a copy of the translations.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumPath, launch, ROOT, type Harness } from '../../scripts/lib/browser.mjs';
import { axe, ev, openExt, PAGES, popupReady, seed } from './helpers/ext';

const de = JSON.parse(readFileSync(join(ROOT, 'extension/_locales/de/messages.json'), 'utf8')) as Record<string, { message: string }>;
const en = JSON.parse(readFileSync(join(ROOT, 'extension/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const m = (k: string) => de[k]!.message;

let h: Harness;
beforeAll(async () => {
  // Debian's chromium ships only en-US; without its translations the browser (and SRM Coach) stays English.
  if (chromiumPath().startsWith('/usr/') && !existsSync('/usr/lib/chromium/locales/de.pak')) {
    throw new Error("German needs Chromium's translations: apt-get install chromium-l10n (.ci/run does)");
  }
  h = await launch({ language: 'de', args: ['--lang=de'] });
});
afterAll(async () => {
  await h?.close();
});

describe('German', () => {
  test('the popup: headings, groups, statuses and evidence in German, lang="de", 0 axe violations', async () => {
    const popup = await openExt(h, PAGES.popup);
    await seed(popup, { local: { log: [ev('twofa-status', 1, 'recorded', { detail: '2fa-off' })], onboarding: { completed: 5, done: true } } });
    await popup.reload();
    await popupReady(popup);
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
    expect(await popup.getByRole('heading', { level: 1 }).innerText()).toBe(m('popupTitle'));
    expect(await popup.locator('.group h3').allInnerTexts()).toEqual(
      ['popupGroupAccess', 'popupGroupAuthentication', 'popupGroupMonitoring', 'popupGroupUse', 'popupGroupData'].map(m),
    );
    const twoStep = popup.locator('[data-duty="two-step"]');
    expect(await twoStep.innerText()).toContain(m('popupStatusAttention'));
    expect(await popup.locator('[data-status="unknown"]').first().innerText()).toContain(m('popupStatusUnknown'));
    // No English sentence of the popup is left on screen.
    const text = await popup.locator('main').innerText();
    for (const k of ['popupIntro', 'popupSplitHeading', 'popupDutiesHeading', 'popupStatusUnknown', 'popupMarkDone']) {
      expect(text, k).not.toContain(en[k]!.message);
      expect(text, k).toContain(m(k));
    }
    expect(await axe(popup)).toEqual([]);
    await popup.close();
  });

  test('settings and the activity log: titles, labels and language in German', async () => {
    const options = await openExt(h, PAGES.options);
    await options.getByRole('heading', { level: 1 }).waitFor();
    expect(await options.title()).toBe(m('optionsTitle'));
    expect(await options.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
    expect(await options.getByRole('spinbutton', { name: m('optionsAccessReviewDays') }).inputValue()).toBe('30');
    expect(await options.getByRole('group', { name: m('optionsRemindersLegend') }).count()).toBe(1);
    await options.close();
    const log = await openExt(h, PAGES.log);
    await log.getByRole('heading', { level: 1 }).waitFor();
    expect(await log.title()).toBe(m('logTitle'));
    expect(await log.getByRole('heading', { level: 1 }).innerText()).toBe(m('logTitle'));
    await log.close();
  });
});
