// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { findPasswordFields } from '../../../src/content/notion/published';
import { isEditableTarget } from '../../../src/content/notion/editor';

const load = (name: string) => {
  document.open();
  document.write(readFileSync(`test/fixtures/notion/${name}`, 'utf8').replace(/<script[^>]*><\/script>/g, ''));
  document.close();
};

describe('published pages: password fields', () => {
  test.each([
    ['published-a.html', 1],
    ['published-b.html', 1], // type=text with autocomplete=current-password
    ['published-c.html', 0],
  ])('%s has %i password field(s)', (f, n) => {
    load(f);
    expect(findPasswordFields(document)).toHaveLength(n);
  });
  test('a hidden password field does not count', () => {
    load('published-a.html');
    document.querySelector('form')!.setAttribute('hidden', '');
    expect(findPasswordFields(document)).toHaveLength(0);
  });
});

describe('editor: where a paste lands in the page', () => {
  test.each(['page-a.html', 'page-b.html'])('%s: blocks are editable targets, the heading and inputs are not', (f) => {
    load(f);
    expect(isEditableTarget(document.querySelector('[data-fx=block]'))).toBe(true);
    expect(isEditableTarget(document.querySelector('[data-fx=block2]'))).toBe(true);
    expect(isEditableTarget(document.querySelector('h1'))).toBe(false);
    const input = document.createElement('input');
    document.querySelector('[data-fx=block]')!.append(input);
    expect(isEditableTarget(input)).toBe(false);
    expect(isEditableTarget(null)).toBe(false);
    expect(isEditableTarget(document)).toBe(false);
  });
});
