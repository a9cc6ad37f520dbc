// @vitest-environment jsdom
// detectionOverrides.selectors at run time: appended after a list's built-in alternatives (and to lists
// adapters build from named lists), named in cues as policy alternatives, never breaking a query; and the
// share menu no built-in detector recognises (share-blind.html) is recognised once an organisation adds cues.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as SEL from '../../../src/content/notion/selectors';
import { alternatives, css, cueOf, isHidden, query, setSelectorOverrides } from '../../../src/content/notion/dom';
import { findShareSurfaces } from '../../../src/content/notion/share-menu';
import { addChip, loadFixture, openShare, typeInto } from './fixtures';

afterEach(() => setSelectorOverrides({}));

describe('selector overrides', () => {
  it('may extend every named list of selectors.ts, each by its own name (BY_NAME misses none)', () => {
    const { BY_NAME, ...lists } = SEL;
    expect(Object.keys(BY_NAME).sort()).toEqual(Object.keys(lists).sort());
    for (const [name, list] of Object.entries(lists)) expect(BY_NAME[name], name).toBe(list);
  });

  it('append after the built-in alternatives of the named list; cues name them as policy alternatives', () => {
    document.body.innerHTML = '<div class="xv9b8n7" id="d"></div><div role="dialog" id="r"></div>';
    expect(query(document, SEL.dialog)?.id).toBe('r');
    expect(cueOf(document.getElementById('r')!, SEL.dialog)).toBe('dialog#0');
    expect(cueOf(document.getElementById('d')!, SEL.dialog)).toBe('dialog#-');
    expect(setSelectorOverrides({ dialog: ['.xv9b8n7'] })).toEqual({ dialog: ['.xv9b8n7'] });
    expect(alternatives(SEL.dialog)).toEqual([...SEL.dialog, '.xv9b8n7']);
    expect(css(SEL.dialog).endsWith(', .xv9b8n7')).toBe(true);
    expect(query(document, SEL.dialog)?.id).toBe('d'); // document order, as for any alternative
    expect(cueOf(document.getElementById('d')!, SEL.dialog)).toBe('dialog#policy0');
  });

  it('reach lists built from named lists (invite candidates, hidden-or-inert)', () => {
    document.body.innerHTML = '<div class="gone"><b id="b"></b></div>';
    const derived = [...SEL.hidden, ...SEL.inert];
    setSelectorOverrides({ hidden: ['.gone'] });
    expect(alternatives(derived)).toEqual([...derived, '.gone']);
    expect(isHidden(document.getElementById('b')!)).toBe(true);
    expect(alternatives([...SEL.inert])).toEqual([...SEL.inert]); // does not contain all of `hidden`
  });

  it('ignore unknown list names, repeats of a built-in alternative, and anything the browser refuses', () => {
    expect(setSelectorOverrides({ nonsense: ['.a'], dialog: ['[role="dialog"]', 'div:nth-child(', '.ok'] })).toEqual({ dialog: ['.ok'] });
    expect(() => query(document, SEL.dialog)).not.toThrow();
  });

  it('clearing them restores the built-in lists', () => {
    setSelectorOverrides({ dialog: ['.xv9b8n7'] });
    setSelectorOverrides({});
    expect(alternatives(SEL.dialog)).toBe(SEL.dialog);
  });
});

describe('share-blind.html: a share menu no built-in detector recognises', () => {
  const POLICY = { dialog: ['.xv9b8n7'], emailInput: ['input[placeholder="Who should see this?"]'] };

  it('is not recognised by the built-in cues', () => {
    loadFixture('share-blind.html');
    openShare();
    addChip('jane@gmail.com');
    expect(findShareSurfaces(document)).toEqual([]);
  });

  it("is recognised with the organisation's cues, invitees and existing access read as on a normal menu", () => {
    setSelectorOverrides(POLICY);
    loadFixture('share-blind.html');
    const menu = openShare();
    addChip('jane@gmail.com');
    typeInto('bob@vendor.io');
    const [s, ...rest] = findShareSurfaces(document);
    expect(rest).toEqual([]);
    expect(s!.root).toBe(menu);
    expect(s!.chips).toEqual(['jane@gmail.com']);
    expect(s!.typed).toBe('bob@vendor.io');
    expect(s!.existingAccess).toEqual(['ada@acme.com']);
    expect(cueOf(s!.root, SEL.dialog)).toBe('dialog#policy0');
    expect(cueOf(s!.input, SEL.emailInput)).toBe('emailInput#policy0');
  });
});

describe('one set of overrides for every copy of the module', () => {
  // Each lazy part (password, ui) bundles its own copy of dom.ts and text-overrides.ts; the organisation's
  // overrides must reach every copy, whichever copy was handed them and whenever the part arrived.
  const freshCopy = async () => {
    vi.resetModules();
    const dom = await import('../../../src/content/notion/dom');
    const texts = await import('../../../src/content/notion/text-overrides');
    const sel = await import('../../../src/content/notion/selectors');
    return { dom, texts, sel };
  };

  it('selectors set in the every-page copy reach a part loaded later, and a later change reaches both', async () => {
    setSelectorOverrides({ dialog: ['.xv9b8n7'] });
    const part = await freshCopy();
    expect(part.dom.alternatives(part.sel.dialog)).toEqual([...part.sel.dialog, '.xv9b8n7']);
    document.body.innerHTML = '<div class="xv9b8n7" id="d"></div>';
    expect(part.dom.query(document, part.sel.dialog)?.id).toBe('d');
    setSelectorOverrides({ dialog: ['.b2'] });
    expect(part.dom.css(part.sel.dialog).endsWith(', .b2')).toBe(true);
    part.dom.setSelectorOverrides({});
    expect(alternatives(SEL.dialog)).toEqual(SEL.dialog);
  });

  it('text wordings set in one copy are read by another', async () => {
    const base = await import('../../../src/content/notion/text-overrides');
    base.setTextOverrides({ 'shareMenu.inviteButton': { ko: ['보내기'] } });
    const part = await freshCopy();
    expect(part.texts.overrideWordings('shareMenu.inviteButton', ['ko'])).toEqual(['보내기']);
    const v = part.texts.overridesVersion();
    base.setTextOverrides({});
    expect(part.texts.overridesVersion()).not.toBe(v);
    expect(part.texts.overrideWordings('shareMenu.inviteButton', ['ko'])).toEqual([]);
  });
});
