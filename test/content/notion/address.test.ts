// The one address grammar of the Notion adapters: candidates in text (share chips, access rows, the login
// page) and the whole-string check, in linear time.
import { describe, expect, it } from 'vitest';
import { addressIn, addressesIn, looksLikeAddress } from '../../../src/content/notion/address';

describe('addressesIn', () => {
  it.each([
    ['Ada Lovelace ada@acme.com Full access', ['ada@acme.com']],
    ['Continuing as jane.doe@acme.com. Not you?', ['jane.doe@acme.com']],
    ["'ada@acme.com', <bob@acme.io>; (eve@gmail.com)", ['ada@acme.com', 'bob@acme.io', 'eve@gmail.com']],
    ["o'brien@gmail.com", ["o'brien@gmail.com"]],
    ['Mallory@Examp1e.com', ['Mallory@Examp1e.com']],
    ['grace@аcme.com', ['grace@аcme.com']], // Cyrillic а: handed on, the classifier calls it a look-alike
    ['eve@gmail．com eve@gmail。com', ['eve@gmail．com', 'eve@gmail。com']], // full-width and ideographic dots
    ['x@y@gmail.com', ['y@gmail.com']],
    ['jane@acme no-at-all @mention a@b.c', []],
  ])('%j → %j', (text, want) => expect(addressesIn(text)).toEqual(want));

  it('reads at most the first 20 000 characters', () => {
    expect(addressesIn(`${' '.repeat(20_000)}ada@acme.com`)).toEqual([]);
    expect(addressesIn(`${' '.repeat(19_000)}ada@acme.com`)).toEqual(['ada@acme.com']);
  });

  it('stays linear on hostile text', () => {
    const started = performance.now();
    addressesIn('a@'.repeat(10_000));
    addressesIn(`${'x'.repeat(63)}@${'b.'.repeat(5000)}`);
    addressIn(`${'a'.repeat(64)}@${'b'.repeat(70)}`.repeat(150));
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('addressIn and looksLikeAddress', () => {
  it('addressIn: the first one, or undefined', () => {
    expect(addressIn('Logged in as ada@acme.com and bob@acme.com')).toBe('ada@acme.com');
    expect(addressIn('no address here')).toBeUndefined();
  });
  it.each([
    ['jane@acme.com', true],
    [' jane@acme.com ', true],
    ["o'brien@acme.co.uk", true],
    ['jane@acme', false],
    ['jane', false],
    ['a b@acme.com', false],
    ['jane@acme.com extra', false],
    ['<jane@acme.com>', false],
    [undefined, false],
  ])('looksLikeAddress(%j) = %s', (s, want) => expect(looksLikeAddress(s)).toBe(want));
});
