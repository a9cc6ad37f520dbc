import { describe, expect, it } from 'vitest';
import { skeleton } from '../../../src/shared/domain/confusables';
import { embeds, isDigitSwap, isMixedScript, isPlural, withinOneEdit } from '../../../src/shared/domain/lookalike';

describe('withinOneEdit (Damerau–Levenshtein ≤ 1)', () => {
  const yes: [string, string][] = [
    ['contoso', 'contosso'], // insertion
    ['contoso', 'contso'], // deletion
    ['contoso', 'contaso'], // substitution
    ['contoso', 'cnotoso'], // transposition
    ['contoso', 'contoos'], // transposition at the end
    ['a', ''],
    ['𝒜bc', 'bc'], // astral characters count once
  ];
  const no: [string, string][] = [
    ['contoso', 'contoso'], // equal is not a lookalike
    ['contoso', 'cnotsoo'],
    ['contoso', 'contosooo'],
    ['abcd', 'badc'],
    ['𝒜bc', '𝒝bd'],
  ];
  it.each(yes)('%s ~ %s', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
    expect(withinOneEdit(b, a)).toBe(true);
  });
  it.each(no)('%s !~ %s', (a, b) => expect(withinOneEdit(a, b)).toBe(false));
});

describe('isDigitSwap', () => {
  const yes: [string, string][] = [
    ['c0ntoso', 'contoso'], ['paypa1', 'paypal'], ['1nfo', 'info'], ['s3cure', 'secure'], ['5ecure', 'secure'],
    ['7esla', 'tesla'], ['4cme', 'acme'], ['8ank', 'bank'], ['rnicrosoft', 'microsoft'], ['vvalmart', 'walmart'],
    ['micr0s0ft', 'microsoft'],
  ];
  const no: [string, string][] = [['contoso', 'contoso'], ['c0ntoso', 'c0ntoso'], ['c9ntoso', 'contoso'], ['acme', 'acne'], ['c0ntos', 'contoso']];
  it.each(yes)('%s reads like %s', (a, b) => {
    expect(isDigitSwap(a, b)).toBe(true);
    expect(isDigitSwap(b, a)).toBe(true);
  });
  it.each(no)('%s does not read like %s', (a, b) => expect(isDigitSwap(a, b)).toBe(false));
});

describe('isPlural, embeds', () => {
  it('spots plurals both ways', () => {
    expect(isPlural('acmes', 'acme')).toBe(true);
    expect(isPlural('box', 'boxes')).toBe(true);
    expect(isPlural('acme', 'acme')).toBe(false);
    expect(isPlural('acmez', 'acme')).toBe(false);
  });
  it('spots a registrable domain spelled into labels', () => {
    expect(embeds('acme.com.evil.io', 'acme.com')).toBe(true);
    expect(embeds('acme-com.evil.io', 'acme.com')).toBe(true);
    expect(embeds('sso-acme-com-login.evil.io', 'acme.com')).toBe(true);
    expect(embeds('acmecom.io', 'acme.com')).toBe(true);
    expect(embeds('acme.co.uk.evil.io', 'acme.co.uk')).toBe(true);
    expect(embeds('notacme.com.evil.io', 'acme.com')).toBe(false);
    expect(embeds('acme.community', 'acme.com')).toBe(false);
    expect(embeds('acme-community.io', 'acme.com')).toBe(false);
  });
});

describe('skeleton (TR39 subset)', () => {
  const rows: [string, string][] = [
    ['аррӏе', 'apple'], // Cyrillic а р р ӏ е
    ['gοοgle', 'google'], // Greek omicron
    ['ѕсһооӏ', 'school'],
    ['ԁоmаіn', 'domain'],
    ['ɡіtһub', 'github'],
    ['ácmé', 'acme'], // accents stripped
    ['bücher', 'bucher'],
    ['søren', 'soren'],
    ['օրօ', 'oրo'], // Armenian օ → o; ր has no Latin prototype
    ['例え', '例え'],
    ['contoso', 'contoso'], // ASCII untouched, digits too
    ['c0ntoso', 'c0ntoso'],
  ];
  it.each(rows)('%s → %s', (s, sk) => expect(skeleton(s)).toBe(sk));
});

describe('isMixedScript', () => {
  const mixed = ['аpple', 'pаypal', 'gοοgle', 'ѕchool', 'aβc', 'аβ', 'テスト한국', 'aא', 'aᚠ'];
  const single = ['apple', 'аррӏе', 'bücher', 'münchen', 'пример', 'ελληνικά', '例え', 'テスト例えtest', '中文abc', 'ab例', '한국어abc', 'abc-123', 'café', 'コーヒー', 'ｶﾀｶﾅ'.normalize('NFKC'), 'ᚠᚢᚦ'];
  it.each(mixed)('%s is mixed', (l) => expect(isMixedScript(l)).toBe(true));
  it.each(single)('%s is not mixed', (l) => expect(isMixedScript(l)).toBe(false));
});
