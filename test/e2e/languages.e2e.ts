// The languages beyond English and German in real Chromium, one browser per language, one after the other:
// with the browser in that language (LANGUAGE=…, --lang=…) the popup and an in-page share card on a
// Notion page come from _locales/<lang>, the popup's page language matches, and axe finds nothing on
// either. Strings are read from the locale files at test time, so this checks what the browser shows, not
// a copy of the translations; a missing locale file fails the test (nothing is skipped).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumPath, launch, ROOT, type Harness } from '../../scripts/lib/browser.mjs';
import { axe, demoLog, ev, openExt, PAGES, popupContentHeight, popupReady, resetSettings, seed } from './helpers/ext';

type Messages = Record<string, { message: string }>;
const read = (dir: string): Messages => {
  const file = join(ROOT, 'extension/_locales', dir, 'messages.json');
  if (!existsSync(file)) throw new Error(`extension/_locales/${dir}/messages.json is missing`);
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
};
const en = read('en');

/** _locales folder → the browser's language as Chromium names it (its locales/<name>.pak). */
const LANGUAGES: [dir: string, language: string][] = [
  ['ja', 'ja'],
  ['ko', 'ko'],
  ['zh_CN', 'zh-CN'],
  ['zh_TW', 'zh-TW'],
  ['fr', 'fr'],
  ['es', 'es'],
  ['pt_BR', 'pt-BR'],
];

const PAGE_URL = 'https://app.notion.com/p/Roadmap-0123456789abcdef0123456789abcdef';
const GROUPS = ['popupGroupAccess', 'popupGroupAuthentication', 'popupGroupMonitoring', 'popupGroupUse', 'popupGroupData'];
/** Whole phrases of the popup: each must be translated (differ from English), shown, and its English absent. */
const POPUP_KEYS = ['popupNextHeading', 'popupSplitHeading', 'popupStatusUnknown', 'popupMarkReviewed', 'popupOptions', 'popupActivityLog'];
/** The same for the share card raised by a personal-mail invitee. */
const CARD_KEYS = ['shareReasonPersonal', 'shareDuty', 'shareDismiss'];

/** axe-core on SRM Coach's own card only (its host and open shadow tree), not on the Notion fixture around it. */
async function axeCard(page: Page): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: object, o: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run({ include: [['srm-coach-ui']] }, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

for (const [dir, language] of LANGUAGES) {
  describe(`${dir} (browser language ${language})`, () => {
    const msgs = read(dir);
    const m = (k: string) => msgs[k]!.message;
    let h: Harness;

    beforeAll(async () => {
      // Debian's chromium ships only en-US; without its translations the browser (and SRM Coach) stays English.
      if (chromiumPath().startsWith('/usr/') && !existsSync(`/usr/lib/chromium/locales/${language}.pak`)) {
        throw new Error(`${language} needs Chromium's translations: apt-get install chromium-l10n (.ci/run does)`);
      }
      h = await launch({ language, args: [`--lang=${language}`] });
    });
    afterAll(async () => {
      await h?.close();
    });

    test('the popup and a share card in Notion read in this language; 0 axe violations on both', async () => {
      for (const k of [...POPUP_KEYS, ...CARD_KEYS, ...GROUPS]) expect(m(k), `${dir}/${k} is still English`).not.toBe(en[k]!.message);

      // The popup: page language, heading, duty groups and whole phrases, with no English left.
      const popup = await openExt(h, PAGES.popup);
      await seed(popup, { local: { installedAt: Date.now(), log: [ev('twofa-status', 1, 'recorded', { detail: '2fa-off' })], onboarding: { completed: 6, done: true } } });
      await popup.reload();
      await popupReady(popup);
      expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${language}`, 'i'));
      expect(await popup.getByRole('heading', { level: 1 }).innerText()).toBe(m('popupTitle'));
      const twoStep = popup.locator('[data-next="two-step"]');
      expect(await twoStep.innerText()).toContain(m('popupStatusAttention'));
      expect(await twoStep.innerText()).toContain(m('popupSourceSeen'));
      const text = await popup.locator('main').innerText();
      for (const k of POPUP_KEYS) {
        expect(text, k).toContain(m(k));
        expect(text, k).not.toContain(en[k]!.message);
      }
      expect(await axe(popup)).toEqual([]);
      // The first screen fits a toolbar popup's 600 px in this language too, also after a demo session with
      // the first-week checklist still open (the tallest it gets).
      expect(await popupContentHeight(popup)).toBeLessThanOrEqual(600);
      await seed(popup, { local: { installedAt: Date.now(), log: demoLog() } });
      await popup.reload();
      await popupReady(popup);
      expect(await popupContentHeight(popup)).toBeLessThanOrEqual(600);
      await seed(popup, { local: { installedAt: Date.now(), log: [ev('twofa-status', 1, 'recorded', { detail: '2fa-off' })], onboarding: { completed: 6, done: true } } });
      await popup.reload();
      await popupReady(popup);
      // The folded list of every duty, in this language's groups.
      await popup.getByText(m('popupDutiesAll').replace('$1', '13'), { exact: true }).click();
      await popup.locator('[data-duty="two-step"]').waitFor();
      expect(await popup.locator('.group h3').allInnerTexts()).toEqual(GROUPS.map(m));
      expect(await axe(popup)).toEqual([]);
      await popup.close();

      // The share card: invite a personal-mail address on a Notion page served at its real URL.
      await resetSettings(h, { ownDomains: ['acme.com'] });
      const page = await h.openNotion(PAGE_URL, 'share-a.html');
      await page.getByText('Share', { exact: true }).first().click();
      const input = page.locator('[data-fx=invite-input]');
      await input.waitFor();
      await input.fill('jane@gmail.com');
      await input.press('Enter');
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.count()).toBe(1);
      await expect.poll(() => alert.innerText()).toContain(m('shareTitleOne').replace('$1', 'gmail.com'));
      const card = await alert.innerText();
      for (const k of CARD_KEYS) {
        expect(card, k).toContain(m(k));
        expect(card, k).not.toContain(en[k]!.message);
      }
      expect(await alert.getByRole('button', { name: m('shareDismiss') }).count()).toBe(1);
      // The card says which language it is in (the Notion page around it may be in another), for screen readers.
      expect(await alert.evaluate((el) => el.closest('[lang]')?.getAttribute('lang') ?? '')).toBe(m('uiLocale'));
      expect(await axeCard(page)).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
}
