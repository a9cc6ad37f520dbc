// @vitest-environment jsdom
// findShareSurfaces against every fixture variant (share-*, people-*, generic-*): a = notion-* classes +
// aria, b = no notion-* classes, c = no aria labels, d = structure only. Opening a surface mirrors
// fake-notion.js (template cloned into the overlay / settings container).

import { beforeEach, describe, expect, it } from 'vitest';
import { findShareSurfaces, findInviteButtons, hasPublishTab, dialogOf, type SurfaceKind } from '../../../src/content/notion/share-menu';
import { $, addChip, loadFixture, loadHtml, openPeople, openShare, typeInto } from './fixtures';

interface Case {
  file: string;
  kind: SurfaceKind;
  open: () => HTMLElement;
}

const CASES: Case[] = [
  ...['share-a', 'share-b', 'share-c', 'share-d', 'share-public'].map((f) => ({ file: `${f}.html`, kind: 'share-menu' as const, open: openShare })),
  ...['people-a', 'people-b', 'people-c'].map((f) => ({ file: `${f}.html`, kind: 'people-settings' as const, open: openPeople })),
  ...['generic-a', 'generic-b', 'generic-c'].map((f) => ({ file: `${f}.html`, kind: 'generic' as const, open: openPeople })),
];

const only = () => {
  const surfaces = findShareSurfaces(document);
  expect(surfaces).toHaveLength(1);
  return surfaces[0]!;
};

describe.each(CASES)('$file', ({ file, kind, open }) => {
  beforeEach(() => loadFixture(file));

  it('finds nothing while no invite surface is open', () => {
    expect(findShareSurfaces(document)).toEqual([]);
  });

  it(`finds exactly one ${kind} surface once it is open, with the invite input`, () => {
    const opened = open();
    const s = only();
    expect(s.kind).toBe(kind);
    expect(s.input).toBe($('[data-fx=invite-input]'));
    expect(s.root.contains(s.input)).toBe(true);
    expect(s.root.contains(opened) || opened.contains(s.root)).toBe(true);
    expect(dialogOf(s.input)).toBe(s.root);
    expect(s.chips).toEqual([]);
    expect(s.typed).toBe('');
  });

  it('lists people who already have access', () => {
    open();
    expect(only().existingAccess).toContain('ada@acme.com');
  });

  it('reads chips and the typed text, and never counts them as existing access', () => {
    open();
    addChip('eve@gmail.com');
    addChip('Mallory@Examp1e.com');
    typeInto('  trent@yahoo.com ');
    const s = only();
    expect(s.chips).toEqual(['eve@gmail.com', 'Mallory@Examp1e.com']);
    expect(s.typed).toBe('trent@yahoo.com');
    expect(s.existingAccess).toContain('ada@acme.com');
    for (const e of ['eve@gmail.com', 'mallory@examp1e.com', 'trent@yahoo.com']) expect(s.existingAccess).not.toContain(e);
  });

  it('does not count a suggestion row echoing the typed address as existing access', () => {
    open();
    typeInto('trent@yahoo.com');
    const row = document.createElement('div');
    row.setAttribute('role', 'option');
    row.textContent = 'trent@yahoo.com';
    $('[data-fx=invite-input]').closest('.row')!.after(row);
    const s = only();
    expect(s.existingAccess).not.toContain('trent@yahoo.com');
    expect(s.existingAccess).toContain('ada@acme.com');
  });

  it('finds the Invite / Send invite button, and only inside the surface', () => {
    // An "Invite" control outside the dialog (for example in the sidebar or the page) is not the surface's.
    const outside = document.createElement('div');
    outside.setAttribute('role', 'button');
    outside.textContent = 'Invite';
    document.body.append(outside);
    open();
    const s = only();
    const invite = $('[data-fx=invite]');
    expect(s.inviteButtons).toEqual([invite]);
    expect(s.inviteButtons).not.toContain(outside);
    for (const b of document.querySelectorAll('[data-fx=open-people], [data-fx=open-share]')) expect(s.inviteButtons).not.toContain(b);
    expect(findInviteButtons(s.root)).toEqual([invite]);
  });

  it('does not take a chip (role=button, "Remove …") for an invite button', () => {
    open();
    addChip('eve@gmail.com');
    expect(only().inviteButtons).toEqual([$('[data-fx=invite]')]);
  });

  it(kind === 'share-menu' ? 'has a Publish tab' : 'has no Publish tab', () => {
    open();
    expect(hasPublishTab(only().root)).toBe(kind === 'share-menu');
  });

  it('stays calm when Notion drops the roles, labels and classes of the dialog', () => {
    const opened = open();
    for (const el of [opened, ...opened.querySelectorAll('*')]) {
      if (el.matches('[data-fx=invite-input]')) continue;
      for (const a of ['role', 'class', 'aria-label', 'aria-modal']) el.removeAttribute(a);
    }
    const surfaces = findShareSurfaces(document);
    expect(surfaces.length).toBeLessThanOrEqual(1);
    for (const s of surfaces) {
      expect(['share-menu', 'people-settings', 'generic']).toContain(s.kind);
      expect(s.input).toBe($('[data-fx=invite-input]'));
    }
  });

  it('stays calm when every role, class and aria attribute in the page is gone', () => {
    open();
    for (const el of document.querySelectorAll('*')) {
      if (el.matches('[data-fx=invite-input]')) continue;
      for (const a of [...el.attributes]) if (a.name !== 'data-fx' && a.name !== 'type') el.removeAttribute(a.name);
    }
    expect(() => findShareSurfaces(document)).not.toThrow();
    expect(findShareSurfaces(document)).toEqual([]); // no dialog, no overlay container: nothing to coach
  });
});

describe('findShareSurfaces: negatives and odd pages', () => {
  it('an empty page has no surface', () => {
    loadHtml('<!doctype html><html><head><title>Roadmap</title></head><body></body></html>');
    expect(findShareSurfaces(document)).toEqual([]);
  });

  it('an email input outside any dialog or overlay is ignored', () => {
    loadHtml(`<!doctype html><html><body class="notion-body"><div id="notion-app"><div class="notion-app-inner">
      <main class="notion-frame"><form><input type="email" placeholder="Add people, groups, or emails..."><div role="button">Invite</div></form></main>
      <div class="notion-overlay-container"></div></div></div></body></html>`);
    expect(findShareSurfaces(document)).toEqual([]);
  });

  it('a plain text input inside a dialog that does not take emails is ignored', () => {
    loadHtml(`<!doctype html><html><body><div role="dialog" aria-label="Rename"><input type="text" placeholder="Page title" value="Roadmap"><div role="button">Done</div></div></body></html>`);
    expect(findShareSurfaces(document)).toEqual([]);
  });

  it('a contenteditable textbox is not an invite field (Notion editor blocks are contenteditable; invite fields are inputs)', () => {
    loadHtml(`<!doctype html><html><body><div role="dialog" aria-label="Invite"><div class="f"><div contenteditable="true" role="textbox" aria-label="Add emails">eve@gmail.com</div></div><div role="button">Invite</div></div></body></html>`);
    expect(findShareSurfaces(document)).toEqual([]);
  });

  it('two open surfaces are both reported, each once', () => {
    loadFixture('share-a.html');
    openShare();
    const second = document.createElement('div');
    second.setAttribute('role', 'dialog');
    second.innerHTML = '<div><input type="email"><input type="email"></div><div role="button">Send invite</div>';
    document.body.append(second);
    const surfaces = findShareSurfaces(document);
    expect(surfaces).toHaveLength(2);
    expect(surfaces.map((s) => s.kind).sort()).toEqual(['generic', 'share-menu']);
  });

  it('email-looking text in a huge dialog does not hang or throw', () => {
    loadFixture('share-a.html');
    openShare();
    const list = $('[data-fx=access-list]');
    list.append(Object.assign(document.createElement('div'), { textContent: 'x'.repeat(200_000) + '@' + 'y'.repeat(200_000) }));
    const started = performance.now();
    expect(() => findShareSurfaces(document)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('findShareSurfaces: React-style markup (no whitespace between elements)', () => {
  it('reads addresses of adjacent cells and chips one by one', () => {
    loadHtml(`<!doctype html><html><body><div role="dialog" aria-label="Share"><div class="field"><div class="chip"><span>eve@gmail.com</span><span>×</span></div><input type="email"></div><div role="button">Invite</div><div><div>Ada Lovelace</div><div>ada@acme.com</div><div>Full access</div></div></div></body></html>`);
    const s = only();
    expect(s.chips).toEqual(['eve@gmail.com']);
    expect(s.existingAccess).toEqual(['ada@acme.com']);
  });
});
