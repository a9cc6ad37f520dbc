// The second language in real Chromium: with the browser in German (LANGUAGE=de, --lang=de) every page SRM Coach shows
// comes from _locales/de, with the page's language and title to match. Strings are read from the locale
// files, so this test checks what the browser shows, not a copy of the translations.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumPath, launch, ROOT, type Harness } from '../../scripts/lib/browser.mjs';
import { axe, demoLog, ev, openExt, PAGES, popupContentHeight, popupReady, seed } from './helpers/ext';

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
  test('the popup: headings, next things, statuses and evidence in German, lang="de", 0 axe violations', async () => {
    const popup = await openExt(h, PAGES.popup);
    await seed(popup, { local: { installedAt: Date.now(), log: [ev('twofa-status', 1, 'recorded', { detail: '2fa-off' })], onboarding: { completed: 6, done: true } } });
    await popup.reload();
    await popupReady(popup);
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
    expect(await popup.getByRole('heading', { level: 1 }).innerText()).toBe(m('popupTitle'));
    const twoStep = popup.locator('[data-next="two-step"]');
    expect(await twoStep.innerText()).toContain(m('popupStatusAttention'));
    expect(await twoStep.innerText()).toContain(m('popupSourceSeen'));
    expect(await popup.locator('[data-kind="unknown"]').first().innerText()).toContain(m('popupStatusUnknown'));
    // No English sentence of the popup's first screen is left on screen.
    const text = await popup.locator('main').innerText();
    for (const k of ['popupNextHeading', 'popupSplitHeading', 'popupStatusUnknown', 'popupMarkReviewed', 'popupOptions', 'popupActivityLog']) {
      expect(text, k).not.toContain(en[k]!.message);
      expect(text, k).toContain(m(k));
    }
    expect(await popup.getByTestId('summary').innerText()).toBe(m('popupSummary').replace('$1', '1').replace('$2', '0').replace('$3', '12'));
    expect(await axe(popup)).toEqual([]);
    // The folded list of every duty, in German groups.
    await popup.getByText(m('popupDutiesAll').replace('$1', '13'), { exact: true }).click();
    await popup.locator('[data-duty="two-step"]').waitFor();
    expect(await popup.locator('.group h3').allInnerTexts()).toEqual(
      ['popupGroupAccess', 'popupGroupAuthentication', 'popupGroupMonitoring', 'popupGroupUse', 'popupGroupData'].map(m),
    );
    expect(await axe(popup)).toEqual([]);
    await popup.close();
  });

  test('the popup fits 600 px in German too: a fresh install, and after a demo session with the checklist open', async () => {
    const popup = await openExt(h, PAGES.popup);
    for (const log of [[], demoLog()]) {
      await seed(popup, { local: { installedAt: Date.now(), log } });
      await popup.reload();
      await popupReady(popup);
      expect(await popup.getByTestId('next-things').innerText()).toContain(m('popupNextHeading'));
      expect(await popupContentHeight(popup)).toBeLessThanOrEqual(600);
    }
    await popup.close();
  });

  test('the welcome checklist in German', async () => {
    const welcome = await openExt(h, PAGES.welcome);
    await welcome.getByRole('heading', { level: 1 }).waitFor();
    expect(await welcome.title()).toBe(m('welcomeTitle'));
    const list = welcome.getByRole('list', { name: m('welcomeChecklistLabel') });
    expect(await list.getByRole('heading', { level: 2, name: new RegExp(m('welcomeLeaverTitle')) }).count()).toBe(1);
    expect(await welcome.locator('[data-item="leaver"]').innerText()).toContain(m('welcomeLeaverWhere'));
    expect(await axe(welcome)).toEqual([]);
    await welcome.close();
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
