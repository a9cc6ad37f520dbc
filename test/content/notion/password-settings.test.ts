// @vitest-environment jsdom
// Account security + Set/Change password dialog adapter, on both fixture variants (notion-* classes and autocomplete
// tokens in a; StyleX-only markup, <label for> and no autocomplete in b).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { $, loadFixture } from './fixtures';
import {
  findPasswordDialog,
  findSettings,
  isPasswordDialogSubmit,
  labelOf,
  readAccountInfo,
  readWorkspaceName,
} from '../../../src/content/notion/password-settings';
import { mayHavePasswordSurface } from '../../../src/content/notion/password-surface';
import { cueOf, setSelectorOverrides } from '../../../src/content/notion/dom';
import * as SEL from '../../../src/content/notion/selectors';
import { blindPasswordFields } from '../../fixtures/notion/variants';

function openPasswordDialog(): HTMLElement {
  const t = document.getElementById('fx-password-dialog') as HTMLTemplateElement;
  const dialog = t.content.firstElementChild!.cloneNode(true) as HTMLElement;
  $('[data-fx=overlay]').append(dialog);
  return dialog;
}

const inputs = (root: Element) => [...root.querySelectorAll('input')];

describe('password-settings-a.html (notion-* classes, autocomplete tokens)', () => {
  beforeEach(() => loadFixture('password-settings-a.html'));

  test('Settings modal and the account page: email, name, 2-step verification off, workspace', () => {
    expect(findSettings(document)).toBe($('.notion-space-settings'));
    expect(readAccountInfo(document)).toEqual({ email: 'jane.doe@acme.com', name: 'Jane Doe', has2fa: false });
    expect(readWorkspaceName(document)).toBe('Acme Inc');
    expect(mayHavePasswordSurface(document, '/p/Roadmap')).toBe(true);
  });

  test('no dialog until "Change password" is clicked', () => {
    expect(findPasswordDialog(document)).toBeUndefined();
  });

  test('Change password: current, new and confirm by autocomplete', () => {
    const dialog = openPasswordDialog();
    const [current, next, confirm] = inputs(dialog);
    expect(findPasswordDialog(document)).toEqual({ root: dialog, current, next, confirm });
  });

  test('"Change password" submits; Cancel does not', () => {
    const dialog = openPasswordDialog();
    const d = findPasswordDialog(document)!;
    expect(isPasswordDialogSubmit(d, $('[data-fx=pw-submit]', dialog))).toBe(true);
    expect(isPasswordDialogSubmit(d, $('[data-fx=pw-cancel]', dialog))).toBe(false);
    expect(isPasswordDialogSubmit(d, $('[data-fx=open-password]'))).toBe(false); // outside the dialog
  });
});

describe('password-settings-b.html (no notion-* classes, labels only)', () => {
  beforeEach(() => loadFixture('password-settings-b.html'));

  test('Settings modal found by role=dialog + settings-tab ids; 2-step verification on; no workspace switcher', () => {
    expect(findSettings(document)?.getAttribute('aria-label')).toBe('Settings');
    expect(readAccountInfo(document)).toEqual({ email: 'sam.rivera@globex.io', has2fa: true });
    expect(readWorkspaceName(document)).toBeUndefined();
  });

  test('Set a password: new and confirm by <label for>', () => {
    const dialog = openPasswordDialog();
    const [next, confirm] = inputs(dialog);
    expect(labelOf(next!)).toBe('New password');
    expect(findPasswordDialog(document)).toEqual({ root: dialog, next, confirm });
  });

  test('the × close button does not submit; "Set password" does', () => {
    const dialog = openPasswordDialog();
    const d = findPasswordDialog(document)!;
    expect(isPasswordDialogSubmit(d, $('[data-fx=pw-cancel]', dialog))).toBe(false);
    expect(isPasswordDialogSubmit(d, $('[data-fx=pw-submit]', dialog))).toBe(true);
  });
});

describe('field roles without any labels or tokens fall back to their order', () => {
  const dialogWith = (n: number) => {
    document.body.innerHTML = `<div role="dialog">${'<input type="password">'.repeat(n)}<div role="button">OK</div></div>`;
    return [...document.querySelectorAll('input')];
  };
  test('two fields: new, confirm', () => {
    const [a, b] = dialogWith(2);
    expect(findPasswordDialog(document)).toMatchObject({ next: a, confirm: b });
  });
  test('three fields: current, new, confirm', () => {
    const [a, b, c] = dialogWith(3);
    expect(findPasswordDialog(document)).toMatchObject({ current: a, next: b, confirm: c });
  });
  test('a password field outside any dialog or settings is not this surface', () => {
    document.body.innerHTML = '<main><input type="password"></main>';
    expect(findPasswordDialog(document)).toBeUndefined();
  });
  test('hidden dialogs are ignored', () => {
    document.body.innerHTML = '<div role="dialog" hidden><input type="password"></div>';
    expect(findPasswordDialog(document)).toBeUndefined();
  });
});

describe('a page without settings', () => {
  test('readAccountInfo is undefined; the every-page check stays quiet', () => {
    loadFixture('share-a.html');
    expect(readAccountInfo(document)).toBeUndefined();
    expect(mayHavePasswordSurface(document, '/p/Roadmap-0123456789abcdef0123456789abcdef')).toBe(false);
  });
});

describe('password-settings-a.html with fields no built-in cue recognises (text inputs drawn as dots: blindPasswordFields)', () => {
  beforeEach(() => {
    loadFixture('password-settings-a.html');
    blindPasswordFields();
  });
  afterEach(() => setSelectorOverrides({}));

  test('not recognised by the built-in cues', () => {
    openPasswordDialog();
    expect(findPasswordDialog(document)).toBeUndefined();
  });

  test("recognised with the organisation's passwordInput selector: current, new and confirm by their labels", () => {
    setSelectorOverrides({ passwordInput: ['input.pw-secret'] });
    const dialog = openPasswordDialog();
    const [current, next, confirm] = inputs(dialog);
    expect(findPasswordDialog(document)).toEqual({ root: dialog, current, next, confirm });
    expect(cueOf(next!, SEL.passwordInput)).toBe('passwordInput#policy0');
  });
});
