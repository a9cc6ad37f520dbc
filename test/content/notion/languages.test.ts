// @vitest-environment jsdom
// Detection in Notion's other UI languages, on localised fixtures (each with its page's <html lang> and labels):
// share menu invite (field + button), General access web option, Publish tab / action / published state /
// switches, Settings → People invite, login. en = share-a / people-a / login-a; ko, zh-CN, ja, fr have tables;
// it (Italian) is not a Notion UI language, so it has no table at all: it must still get invite warnings
// (the field and its button by structure), the Publish action and the published state by structure.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exposureOfClick, isPagePublic } from '../../../src/content/notion/publish';
import { findShareSurfaces, hasPublishTab } from '../../../src/content/notion/share-menu';
import { isSubmitControl, readLoginForm } from '../../../src/content/notion/login-form';
import { setTextOverrides } from '../../../src/content/notion/text-overrides';
import { $, addChip, loadFixture, openAccessMenu, openPeople, openShare, typeInto } from './fixtures';

interface Lang {
  code: string;
  suffix: string;
  /** The language has a text table (the web option and the switches are named there). */
  table: boolean;
}
const LANGS: Lang[] = [
  { code: 'en', suffix: 'a', table: true },
  { code: 'ko', suffix: 'ko', table: true },
  { code: 'zh-CN', suffix: 'zh-cn', table: true },
  { code: 'ja', suffix: 'ja', table: true },
  { code: 'fr', suffix: 'fr', table: true },
  { code: 'it (no table)', suffix: 'it', table: false },
];

function showPublishTab(menu: HTMLElement, published: boolean) {
  $('[data-fx-panel=share]', menu).hidden = true;
  $('[data-fx-panel=publish]', menu).hidden = false;
  $('[data-fx=publish]', menu).hidden = published;
  $('[data-fx=published]', menu).hidden = !published;
}

const only = () => {
  const surfaces = findShareSurfaces(document);
  expect(surfaces).toHaveLength(1);
  return surfaces[0]!;
};

afterEach(() => setTextOverrides({}));

describe.each(LANGS)('share menu, $code', ({ suffix, table }) => {
  let menu: HTMLElement;
  beforeEach(() => {
    loadFixture(`share-${suffix}.html`);
    menu = openShare();
  });

  it('finds the invite field and its invite button, reads chips and typing', () => {
    const s = only();
    expect(s.kind).toBe('share-menu');
    expect(s.input).toBe($('[data-fx=invite-input]'));
    expect(s.inviteButtons).toEqual([$('[data-fx=invite]')]);
    expect(s.existingAccess).toEqual(['ada@acme.com']);
    addChip('sam@gmail.com');
    typeInto('ada@acrne.com');
    const again = only();
    expect(again.chips).toEqual(['sam@gmail.com']);
    expect(again.typed).toBe('ada@acrne.com');
    // A chip is a button too, but never the invite button.
    expect(again.inviteButtons).toEqual([$('[data-fx=invite]')]);
    expect(hasPublishTab(menu)).toBe(true);
  });

  it(`General access: the web option is ${table ? '' : 'NOT (no words, no icon) '}an exposure; "only people invited" never`, () => {
    const access = openAccessMenu();
    const [invited, web] = [...access.querySelectorAll('[data-fx=access-option]')];
    expect(exposureOfClick(invited!)).toBeUndefined();
    expect(exposureOfClick(web!)).toEqual(table ? { action: 'web-link', control: web } : undefined);
  });

  it('the Publish button publishes; the Publish tab does not', () => {
    showPublishTab(menu, false);
    const publish = $('[data-fx=publish]', menu);
    expect(exposureOfClick(publish)).toEqual({ action: 'publish', control: publish });
    expect(exposureOfClick($('[data-fx-tab=publish]', menu))).toBeUndefined();
    expect(isPagePublic(menu)).toBe(false);
  });

  it(`a published page: ${table ? 'each switch by its kind, ' : ''}the published state, and no exposure from Copy site link / Unpublish`, () => {
    expect(isPagePublic(menu)).toBe(false);
    showPublishTab(menu, true);
    expect(isPagePublic(menu)).toBe(true);
    for (const kind of ['indexing', 'editing', 'duplicate'] as const) {
      const sw = $(`[data-fx=switch][data-fx-name=${kind}]`, menu);
      const label = sw.parentElement!.querySelector('span')!;
      expect(exposureOfClick(sw)).toEqual(table ? { action: kind, control: sw } : undefined);
      expect(exposureOfClick(label)).toEqual(table ? { action: kind, control: sw } : undefined);
      sw.setAttribute('aria-checked', 'true');
      expect(exposureOfClick(sw)).toBeUndefined();
    }
    const published = $('[data-fx=published]', menu);
    for (const b of published.querySelectorAll('[role=button]')) expect(exposureOfClick(b), b.textContent ?? '').toBeUndefined();
  });

  it('other controls of the menu are not exposures', () => {
    for (const el of [$('[data-fx=invite]', menu), $('[data-fx=access-button]', menu), $('[data-fx=invite-input]', menu), $('[data-fx=open-share]')]) {
      expect(exposureOfClick(el), el.outerHTML).toBeUndefined();
    }
  });
});

describe('share menu: the page language, English and the admin overrides', () => {
  it('a Korean page whose button Notion left in English still finds it by name', () => {
    loadFixture('share-ko.html');
    openShare();
    const invite = $('[data-fx=invite]');
    invite.textContent = 'Invite';
    // Also a lone button after it in the row: structure alone would pick that one.
    invite.after(Object.assign(document.createElement('div'), { textContent: '?' }));
    invite.nextElementSibling!.setAttribute('role', 'button');
    expect(only().inviteButtons).toEqual([invite]);
  });

  it('a page without a lang attribute matches every language (Chinese words on a page that does not say)', () => {
    loadFixture('share-zh-cn.html');
    document.documentElement.removeAttribute('lang');
    openShare();
    const web = openAccessMenu().querySelector('[data-fx=access-option]:last-child')!;
    expect(exposureOfClick(web)).toEqual({ action: 'web-link', control: web });
    expect(only().inviteButtons).toEqual([$('[data-fx=invite]')]);
  });

  it('Korean words do not count on a French page', () => {
    loadFixture('share-fr.html');
    const menu = openShare();
    showPublishTab(menu, true);
    const sw = $('[data-fx=switch][data-fx-name=editing]', menu);
    sw.setAttribute('aria-label', '편집 허용');
    sw.parentElement!.querySelector('span')!.textContent = '편집 허용';
    expect(exposureOfClick(sw)).toBeUndefined();
  });

  it('the admin teaches the Italian web option and switch labels (no table) through setTextOverrides', () => {
    loadFixture('share-it.html');
    const menu = openShare();
    setTextOverrides({
      'publicShareLinkItem.menuItem.title': { it: ['sul web'] },
      'pagePermissionItem.allowSearchEngines.setting': { '*': ['motori di ricerca'] },
    });
    const web = openAccessMenu().querySelector('[data-fx=access-option]:last-child')!;
    expect(exposureOfClick(web)).toEqual({ action: 'web-link', control: web });
    showPublishTab(menu, true);
    const sw = $('[data-fx=switch][data-fx-name=indexing]', menu);
    expect(exposureOfClick(sw)).toEqual({ action: 'indexing', control: sw });
  });

  it('structure never overrules the words: an English panel whose first button is not "Publish"', () => {
    loadFixture('share-a.html');
    const menu = openShare();
    showPublishTab(menu, false);
    const publish = $('[data-fx=publish]', menu);
    const help = Object.assign(document.createElement('div'), { textContent: 'Learn more' });
    help.setAttribute('role', 'button');
    publish.before(help);
    expect(exposureOfClick(help)).toBeUndefined();
    expect(exposureOfClick(publish)).toEqual({ action: 'publish', control: publish });
  });

  it('a globe icon marks the web option in any language (structure)', () => {
    loadFixture('share-it.html');
    openShare();
    const web = openAccessMenu().querySelector('[data-fx=access-option]:last-child')!;
    expect(exposureOfClick(web)).toBeUndefined();
    web.prepend(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    web.firstElementChild!.setAttribute('class', 'globe');
    expect(exposureOfClick(web)).toEqual({ action: 'web-link', control: web });
  });
});

describe.each(LANGS)('Settings → People invite, $code', ({ suffix }) => {
  beforeEach(() => loadFixture(`people-${suffix}.html`));

  it('finds the add-members field (type=text) and its Send invite button', () => {
    expect(findShareSurfaces(document)).toEqual([]);
    openPeople();
    const s = only();
    expect(s.kind).toBe('people-settings');
    expect(s.input).toBe($('[data-fx=invite-input]'));
    expect(s.inviteButtons).toEqual([$('[data-fx=invite]')]);
    expect(s.existingAccess).toEqual(expect.arrayContaining(['ada@acme.com', 'grace@acme.com', 'linus@partner.io']));
    typeInto('sam@gmail.com');
    expect(only().typed).toBe('sam@gmail.com');
  });
});

describe.each(LANGS)('login, $code', ({ suffix }) => {
  beforeEach(() => loadFixture(`login-${suffix}.html`));

  it('finds the email step, then the password (not a code), and the Continue button submits it', () => {
    const first = readLoginForm(document, '/login')!;
    expect(first.email).toBe($('[data-fx=email]'));
    expect(first.secret).toBeUndefined();
    $<HTMLInputElement>('[data-fx=email]').value = 'jane@acme.com';
    $('[data-fx=secret-step]').hidden = false;
    const form = readLoginForm(document, '/login')!;
    expect(form.secret).toBe($('[data-fx=secret]'));
    expect(form.secretKind).toBe('password');
    expect(form.emailText).toBe('jane@acme.com');
    expect(isSubmitControl(form, $('[data-fx=continue]'))).toBe(true);
    const google = [...document.querySelectorAll('[role=button]')].find((b) => /google/i.test(b.textContent ?? ''))!;
    expect(isSubmitControl(form, google)).toBe(false);
  });
});
