// detectionOverrides: plain CSS selectors only (checked against a grammar, never on a page), bounded, and
// set by the organisation only.
import { describe, expect, it } from 'vitest';
import { isPlainSelector, isPlainText, OVERRIDE_LIMITS, validateOverrides } from '../../../src/shared/settings/overrides';
import { cleanLayer, mergeSettings } from '../../../src/shared/settings/merge';

describe('isPlainSelector', () => {
  it.each([
    '.xv9b8n7',
    'div.x1q2w3e',
    '#share-menu',
    '[role="dialog"]',
    "input[placeholder='Who should see this?']",
    'input[placeholder^="Who should" i]',
    '[data-testid~=share]',
    '.notion-topbar > div[role="button"]',
    '.a .b + .c ~ .d',
    'div:not([hidden])',
    ':is(.a, .b) > input:not([type="hidden"], [disabled])',
    'li:nth-child(2n + 1)',
    'li:nth-of-type(odd)',
    'input:first-child',
    '*',
    '[contenteditable]',
    'div.Ärger',
  ])('accepts %s', (sel) => expect(isPlainSelector(sel)).toBe(true));

  it.each([
    ['a comma list (one alternative per string)', '.a, .b'],
    ['a block', '.a { color: red }'],
    ['an at-rule', '@import url(x)'],
    ['url()', '[style*=url(evil)]'],
    ['javascript:', 'a[href="javascript:alert(1)"]'],
    ['JavaScript with spaces', 'a[href="JavaScript :alert(1)"]'],
    ['an escape', '.a\\3a b'],
    ['a pseudo-element', 'div::before'],
    ['an unknown pseudo-class', 'a:visited'],
    [':has() (too costly on the hot path)', 'div:has(> input)'],
    ['markup', '<script>alert(1)</script>'],
    ['a semicolon', '.a;.b'],
    ['an unclosed attribute', '[role="dialog"'],
    ['an unclosed string', '[role="dialog]'],
    ['a dangling combinator', '.a >'],
    ['an empty string', '   '],
    ['a control character', '.a\u0000'],
    ['a number', 42],
    ['too long', `.${'a'.repeat(OVERRIDE_LIMITS.selectorLength)}`],
    ['a class starting with a digit', '.9abc'],
    ['bad an+b', 'li:nth-child(foo)'],
  ])('refuses %s', (_name, sel) => expect(isPlainSelector(sel)).toBe(false));

  it('answers adversarial input in bounded time', () => {
    const evil = ['.a '.repeat(66) + '!', '[a=' + 'b'.repeat(190), ':is('.repeat(40), ('a' + ' '.repeat(3)).repeat(49) + '{'];
    const t = performance.now();
    for (const e of evil) expect(isPlainSelector(e)).toBe(false);
    expect(performance.now() - t).toBeLessThan(200);
  });
});

describe('validateOverrides', () => {
  const good = {
    selectors: { dialog: ['.xv9b8n7'], emailInput: ['input[placeholder="Who should see this?"]'] },
    texts: { 'shareMenu.inviteButton': { en: ['Send'], de: ['Senden'], '*': ['OK'] } },
  };
  it('accepts a valid value (trimmed)', () => {
    expect(validateOverrides({ selectors: { dialog: [' .xv9b8n7 '] } })).toEqual({ selectors: { dialog: ['.xv9b8n7'] }, texts: {} });
    expect(validateOverrides(good)).toEqual(good);
    expect(validateOverrides({})).toEqual({ selectors: {}, texts: {} });
  });
  it.each([
    ['one bad selector spoils the key', { selectors: { dialog: ['.ok', 'a[href="javascript:x"]'] } }],
    ['an unknown top-level key', { ...good, scripts: ['x'] }],
    ['a list name that is not a name', { selectors: { 'dia log': ['.a'] } }],
    ['selectors not a list', { selectors: { dialog: '.a' } }],
    ['too many per list', { selectors: { dialog: Array.from({ length: 11 }, (_, i) => `.a${i}`) } }],
    ['too many in all', { selectors: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`l${i}`, Array.from({ length: 10 }, (_, j) => `.a${j}`)])) }],
    ['a bad language', { texts: { isInviteButton: { english: ['Send'] } } }],
    ['an anchor key that is not a key', { texts: { 'share menu': { en: ['Send'] } } }],
    ['markup in a text', { texts: { isInviteButton: { en: ['<b>Send</b>'] } } }],
    ['script in a text', { texts: { isInviteButton: { en: ['javascript:alert(1)'] } } }],
    ['a text too long', { texts: { isInviteButton: { en: ['x'.repeat(81)] } } }],
    ['an array', [good]],
    ['a string', JSON.stringify(good)],
  ])('refuses %s', (_name, raw) => expect(validateOverrides(raw)).toBeUndefined());

  it('isPlainText', () => {
    expect(isPlainText('Einladen')).toBe(true);
    expect(isPlainText('')).toBe(false);
    expect(isPlainText('a\nb')).toBe(false);
  });
});

describe('as a setting', () => {
  const value = { selectors: { dialog: ['.xv9b8n7'] } };
  it('the organisation sets it (locked); an invalid value is ignored with a notice', () => {
    const s = mergeSettings({}, { detectionOverrides: value });
    expect(s.values.detectionOverrides).toEqual({ selectors: { dialog: ['.xv9b8n7'] }, texts: {} });
    expect(s.locked).toContain('detectionOverrides');
    const bad = mergeSettings({}, { detectionOverrides: { selectors: { dialog: ['div::after'] } } });
    expect(bad.values.detectionOverrides).toEqual({ selectors: {}, texts: {} });
    expect(bad.notices).toEqual([{ source: 'managed', key: 'detectionOverrides', problem: 'invalid-value' }]);
  });
  it('a user (or a script writing storage.sync) cannot set it', () => {
    expect(cleanLayer({ detectionOverrides: value }, 'user').values).toEqual({});
    expect(mergeSettings({ detectionOverrides: value }, {}).values.detectionOverrides).toEqual({ selectors: {}, texts: {} });
  });
});
