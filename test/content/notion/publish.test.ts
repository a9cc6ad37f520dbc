// @vitest-environment jsdom
// exposureOfClick / isPagePublic against the share-menu fixtures (a = notion-* classes + aria,
// b = no notion-* classes, c = no aria labels and no dialog role, d = structure only, public = already public).

import { beforeEach, describe, expect, it } from 'vitest';
import { exposureOfClick, isPagePublic } from '../../../src/content/notion/publish';
import { setTextOverrides } from '../../../src/content/notion/text-overrides';
import { findShareSurfaces } from '../../../src/content/notion/share-menu';
import { $, loadFixture, loadHtml, openAccessMenu, openShare } from './fixtures';

const SHARE = ['share-a', 'share-b', 'share-c', 'share-d', 'share-public'];

/** Shows the Publish tab's panel, as a click on the Publish tab does in fake-notion.js. */
function showPublishTab(menu: HTMLElement, published: boolean) {
  $('[data-fx-panel=share]', menu).hidden = true;
  $('[data-fx-panel=publish]', menu).hidden = false;
  $('[data-fx=publish]', menu).hidden = published;
  $('[data-fx=published]', menu).hidden = !published;
}

const option = (menu: Element, text: string) => {
  const el = [...menu.querySelectorAll('[data-fx=access-option]')].find((o) => o.textContent?.trim() === text);
  if (!el) throw new Error(`no option ${text}`);
  return el;
};

describe.each(SHARE)('%s.html', (name) => {
  let menu: HTMLElement;
  beforeEach(() => {
    loadFixture(`${name}.html`);
    menu = openShare();
  });

  it('"Anyone on the web with link" in the General access menu opens the page to the web', () => {
    const access = openAccessMenu();
    const web = option(access, 'Anyone on the web with link');
    expect(exposureOfClick(web)).toEqual({ action: 'web-link', control: web });
    expect(exposureOfClick(option(access, 'Only people invited'))).toBeUndefined();
  });

  it('the Publish button (not the Publish tab) publishes', () => {
    showPublishTab(menu, false);
    const publish = $('[data-fx=publish]', menu);
    expect(exposureOfClick(publish)).toEqual({ action: 'publish', control: publish });
    const tab = [...menu.querySelectorAll('[role=tab]')].find((t) => t.textContent === 'Publish')!;
    expect(exposureOfClick(tab)).toBeUndefined();
  });

  it.each([
    ['indexing', 'Search engine indexing'],
    ['editing', 'Allow editing'],
    ['duplicate', 'Allow duplicate as template'],
  ] as const)('the %s switch is an exposure while off, and not once on', (action, label) => {
    showPublishTab(menu, true);
    const sw = $(`[data-fx=switch][data-fx-name=${action}]`, menu);
    const rowLabel = [...sw.parentElement!.querySelectorAll('span')].find((s) => s.textContent === label)!;
    expect(exposureOfClick(sw)).toEqual({ action, control: sw });
    // A click on the row's label toggles the switch too.
    expect(exposureOfClick(rowLabel)).toEqual({ action, control: sw });
    sw.setAttribute('aria-checked', 'true');
    expect(exposureOfClick(sw)).toBeUndefined();
    expect(exposureOfClick(rowLabel)).toBeUndefined();
  });

  it('other controls of the menu are not exposures', () => {
    showPublishTab(menu, true);
    for (const el of [
      $('[data-fx=invite]', menu),
      $('[data-fx=access-button]', menu),
      $('[data-fx=invite-input]', menu),
      ...[...menu.querySelectorAll('[role=button]')].filter((b) => /copy site link|unpublish|full access/i.test(b.textContent ?? '')),
      $('[data-fx=open-share]'),
      $('h1'),
    ]) {
      expect(exposureOfClick(el), el.outerHTML).toBeUndefined();
    }
  });

  it(`isPagePublic is ${name === 'share-public'} when the menu opens`, () => {
    expect(isPagePublic(menu)).toBe(name === 'share-public');
    const surface = findShareSurfaces(document)[0]!;
    expect(isPagePublic(surface.root)).toBe(name === 'share-public');
  });

  it('isPagePublic is true once the Publish tab shows a published page', () => {
    showPublishTab(menu, true);
    expect(isPagePublic(menu)).toBe(true);
  });

  it('isPagePublic is true once General access reads "Anyone on the web with link"', () => {
    ($('[data-fx=access-button] [data-fx=access-text]', menu) as HTMLElement).textContent = 'Anyone on the web with link';
    expect(isPagePublic(menu)).toBe(true);
  });
});

describe('exposureOfClick: odd DOM', () => {
  it('a Publish-labelled button outside any dialog or overlay is not an exposure', () => {
    loadHtml('<!doctype html><html><body><main><div role="button">Publish</div></main></body></html>');
    expect(exposureOfClick($('[role=button]'))).toBeUndefined();
  });

  it('a <label> wrapping an unchecked checkbox switch counts; a checked one does not', () => {
    loadHtml(`<!doctype html><html><body><div role="dialog"><label><span>Search engine indexing</span><input type="checkbox" role="switch"></label></div></body></html>`);
    const span = $('span');
    const box = $<HTMLInputElement>('input');
    expect(exposureOfClick(span)?.action).toBe('indexing');
    box.checked = true;
    expect(exposureOfClick(span)).toBeUndefined();
  });

  it('a click in a wrapper that holds several switches is not read as a click on the first one', () => {
    loadHtml(`<!doctype html><html><body><div role="dialog"><div role="presentation">
      <div role="presentation"><span>Search engine indexing</span><div role="switch" aria-checked="false"></div></div>
      <div role="presentation"><span>Allow editing</span><div role="switch" aria-checked="false"></div></div>
      <div role="button" id="copy">Copy site link</div></div></div></body></html>`);
    expect(exposureOfClick($('#copy'))).toBeUndefined();
  });

  it('a click on another button in a switch row is that button\'s', () => {
    loadHtml(`<!doctype html><html><body><div role="dialog"><div role="presentation">
      <span id="label">Search engine indexing</span><div role="switch" aria-checked="false"></div>
      <div role="button" id="copy">Copy site link</div></div></div></body></html>`);
    expect(exposureOfClick($('#copy'))).toBeUndefined();
    expect(exposureOfClick($('#label'))?.action).toBe('indexing');
  });

  it('never throws on detached or bare elements', () => {
    const el = document.createElement('div');
    expect(() => exposureOfClick(el)).not.toThrow();
    expect(exposureOfClick(el)).toBeUndefined();
    expect(isPagePublic(el)).toBe(false);
  });
});

describe('share-a.html with the web option worded as no anchor knows ("Public link: anyone who has it")', () => {
  beforeEach(() => {
    setTextOverrides({});
    loadFixture('share-a.html');
    openShare();
  });
  /** Opens General access and rewords its web option, as a Notion release that renames it would render it. */
  const web = () => {
    const el = option(openAccessMenu(), 'Anyone on the web with link');
    el.textContent = 'Public link: anyone who has it';
    return el;
  };

  it('is not read as opening the page to the web until an admin\'s text override names it, and not after it is withdrawn', () => {
    expect(exposureOfClick(web())).toBeUndefined();
    setTextOverrides({ 'publicShareLinkItem.menuItem.title': { '*': ['public link'] } });
    const renamed = web();
    expect(exposureOfClick(renamed)).toEqual({ action: 'web-link', control: renamed });
    expect(exposureOfClick(option(openAccessMenu(), 'Only people invited'))).toBeUndefined();
    setTextOverrides({});
    expect(exposureOfClick(web())).toBeUndefined();
  });
});
