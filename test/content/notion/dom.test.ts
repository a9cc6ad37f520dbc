// @vitest-environment jsdom
// The selector-list helpers (one joined string per list, which alternative matched) and the hidden checks.
import { beforeEach, describe, expect, it } from 'vitest';
import { alternativeOf, closest, css, firstMatch, isHidden, isInactive, matches, query, queryAll } from '../../../src/content/notion/dom';

const LIST = ['[role="dialog"]', '.notion-dialog', '[aria-modal="true"]'] as const;

beforeEach(() => {
  document.body.innerHTML = `
    <div id="a" class="notion-dialog"><span id="in-a"></span></div>
    <div id="b" role="dialog" class="notion-dialog" aria-modal="true"></div>
    <section hidden><p id="h"><span id="hh"></span></p></section>
    <section inert><input id="i"></section>
    <div aria-hidden="true"><b id="ah"></b></div>
    <div id="root"><div hidden><b id="inner"></b></div></div>`;
});
const $ = (id: string) => document.getElementById(id)!;

describe('selector lists', () => {
  it('joins a list once and reuses the string', () => {
    expect(css(LIST)).toBe('[role="dialog"], .notion-dialog, [aria-modal="true"]');
    expect(css(LIST)).toBe(css(LIST));
  });
  it('query, queryAll, closest and matches try every alternative', () => {
    expect(query(document, LIST)).toBe($('a'));
    expect(queryAll(document, LIST).map((e) => e.id)).toEqual(['a', 'b']);
    expect(closest($('in-a'), LIST)).toBe($('a'));
    expect(matches($('b'), LIST)).toBe(true);
    expect(matches($('h'), LIST)).toBe(false);
  });
  it('firstMatch says which alternative matched (the first that fits)', () => {
    expect(firstMatch(document, LIST)).toEqual({ el: $('a'), index: 1 });
    expect(alternativeOf($('b'), LIST)).toBe(0);
    expect(alternativeOf($('h'), LIST)).toBe(-1);
    expect(firstMatch(document, ['[role="alertdialog"]'])).toBeUndefined();
  });
});

describe('hidden and inactive', () => {
  it('[hidden] and aria-hidden hide, on the element or an ancestor; inert does not hide', () => {
    expect(isHidden($('hh'))).toBe(true);
    expect(isHidden($('ah'))).toBe(true);
    expect(isHidden($('i'))).toBe(false);
    expect(isHidden($('in-a'))).toBe(false);
  });
  it('within a root, only hiding inside that root counts', () => {
    expect(isHidden($('inner'), $('root'))).toBe(true);
    expect(isHidden($('hh'), $('h'))).toBe(false);
  });
  it('inactive: hidden or inert', () => {
    expect(isInactive($('i'))).toBe(true);
    expect(isInactive($('hh'))).toBe(true);
    expect(isInactive($('in-a'))).toBe(false);
  });
});
