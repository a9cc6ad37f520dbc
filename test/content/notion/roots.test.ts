// @vitest-environment jsdom
// Where the observer looks (docs/notion-ui.md#app-shell): Notion's overlay layer alone when it exists, with
// a once-a-second whole-page look only while the page holds something a feature looks for.
import { beforeEach, describe, expect, it } from 'vitest';
import { mayHoldSurfaces, observationRoots } from '../../../src/content/notion/roots';
import { setSelectorOverrides } from '../../../src/content/notion/dom';
import { FIXTURES, loadFixture } from './fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('observationRoots', () => {
  beforeEach(() => loadFixture('heavy.html'));
  it('observes the overlay layer, and only the children of the body and of each container above the layer', () => {
    const { subtree, shallow } = observationRoots(document);
    expect(subtree).toEqual([document.querySelector('.notion-overlay-container')]);
    expect(shallow).toEqual([document.body, document.querySelector('.notion-app-inner'), document.querySelector('#notion-app')]);
  });
  it('without an overlay layer: the whole document', () => {
    document.querySelector('.notion-overlay-container')!.remove();
    expect(observationRoots(document)).toEqual({ subtree: [document.documentElement], shallow: [] });
  });
});

describe('mayHoldSurfaces', () => {
  beforeEach(() => loadFixture('heavy.html'));
  it('a page of blocks (contenteditable, no field, no dialog) holds nothing to look at', () => {
    const leaf = document.createElement('div');
    leaf.contentEditable = 'true';
    leaf.textContent = 'Quarterly plan';
    document.querySelector('[data-fx=content]')!.append(leaf);
    const file = document.createElement('input');
    file.type = 'file'; // Notion's hidden upload field is not a surface
    document.body.append(file);
    expect(mayHoldSurfaces(document)).toBe(false);
  });
  it.each([
    ['a dialog outside the overlay layer', '<div role="dialog"><p>Share</p></div>'],
    ['an email field', '<input type="email">'],
    ['a text field', '<input>'],
    ['a password field', '<input type="password">'],
    ['the Settings modal', '<div class="notion-space-settings"></div>'],
    ['a textarea', '<textarea></textarea>'],
  ])('%s: something to look at', (_, html) => {
    document.querySelector('[data-fx=content]')!.insertAdjacentHTML('beforeend', html);
    expect(mayHoldSurfaces(document)).toBe(true);
  });
  it("an organisation's repair selector for dialogs counts too", () => {
    document.querySelector('[data-fx=content]')!.insertAdjacentHTML('beforeend', '<div class="acme-modal"></div>');
    expect(mayHoldSurfaces(document)).toBe(false);
    setSelectorOverrides({ dialog: ['.acme-modal'] });
    try {
      expect(mayHoldSurfaces(document)).toBe(true);
    } finally {
      setSelectorOverrides({});
    }
  });
  it('every login, share and Settings fixture holds something to look at', () => {
    for (const f of ['login-a.html', 'login-b.html', 'share-a.html', 'people-a.html', 'account-a.html', 'password-settings-b.html']) {
      loadFixture(f);
      new Function(readFileSync(join(FIXTURES, 'fake-notion.js'), 'utf8'))();
      document.querySelector<HTMLElement>('[data-fx=open-share], [data-fx=open-settings]')?.click();
      expect(mayHoldSurfaces(document), f).toBe(true);
    }
  });
});
