// Dates, numbers, lists and relative days are written the way each UI language writes them (Intl, with the
// locale as a parameter), and page/user text is isolated so a right-to-left title cannot reorder our words.
import { describe, expect, it } from 'vitest';
import { cleanKeepingIsolates, FSI, formatDate, formatDateTime, formatList, formatNumber, isolate, PDI, relativeDays, supportedLocale, textParts } from '../../src/shared/format';

// 25 Nov 2026, 12:03 UTC: the same calendar day in every time zone from UTC−12 to UTC+11 (Intl formats in the
// machine's zone); the time-of-day checks compare with a formatter in that same zone or match the hour loosely.
const AT = Date.UTC(2026, 10, 25, 12, 3);
// Intl puts U+202F or U+00A0 in some locales' dates and numbers: compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('supportedLocale', () => {
  it('keeps a tag Intl knows, mends the _ of a Chrome locale folder, and falls back for the rest', () => {
    expect(supportedLocale('pt-BR')).toBe('pt-BR');
    expect(supportedLocale('pt_BR')).toBe('pt-BR');
    expect(supportedLocale('fr')).toBe('fr');
    expect(supportedLocale(undefined)).toBe('en');
    expect(supportedLocale('')).toBe('en');
    expect(supportedLocale('not a tag!')).toBe('en');
    expect(supportedLocale('x-private', 'de')).toBe('de');
  });
});

describe('formatDate / formatDateTime', () => {
  it('writes the date in each language, never as an ISO or UTC string', () => {
    const got = Object.fromEntries(['en-GB', 'en-US', 'de', 'fr', 'es', 'pt-BR', 'ja'].map((l) => [l, plain(formatDate(l, AT))]));
    expect(got['en-GB']).toBe('25 Nov 2026');
    expect(got['en-US']).toBe('Nov 25, 2026');
    expect(got.de).toBe('25.11.2026');
    expect(got.fr).toBe('25 nov. 2026');
    expect(got.es).toBe('25 nov 2026');
    expect(got['pt-BR']).toBe('25 de nov. de 2026');
    expect(got.ja).toBe('2026/11/25');
    for (const s of Object.values(got)) expect(s).not.toMatch(/T\d\d:|GMT|Z$/);
  });

  it('adds the time of day as the language writes it', () => {
    const time = (l: string) => plain(new Intl.DateTimeFormat(l, { timeStyle: 'short' }).format(AT));
    expect(plain(formatDateTime('fr', AT))).toContain(time('fr'));
    expect(plain(formatDateTime('en-US', AT))).toMatch(/^Nov 25, 2026, \d{1,2}:03 [AP]M$/);
    expect(plain(formatDateTime('de', AT))).toMatch(/^25\.11\.2026, \d\d:03$/);
  });

  it('an unknown locale falls back to English; a time that is not a date gives an empty string', () => {
    expect(plain(formatDate('zz-not-a-locale!', AT))).toBe(plain(formatDate('en', AT)));
    expect(formatDate('fr', Number.NaN)).toBe('');
    expect(formatDateTime('fr', Number.POSITIVE_INFINITY)).toBe('');
    expect(formatDate('fr', 9e15)).toBe('');
  });
});

describe('formatNumber', () => {
  it('groups digits as each language does', () => {
    expect(formatNumber('en', 3861493)).toBe('3,861,493');
    expect(plain(formatNumber('fr', 3861493))).toBe('3 861 493');
    expect(formatNumber('de', 3861493)).toBe('3.861.493');
    expect(formatNumber('pt-BR', 3861493)).toBe('3.861.493');
    expect(formatNumber('es', 3861493)).toBe('3.861.493');
    // Spanish leaves four-digit numbers ungrouped.
    expect(formatNumber('es', 5000)).toBe('5000');
    expect(formatNumber('en', 42)).toBe('42');
  });
});

describe('formatList', () => {
  it('joins names as each language does', () => {
    const three = ['gmail.com', 'acme.io', 'example.org'];
    expect(formatList('en-US', three)).toBe('gmail.com, acme.io, and example.org');
    expect(formatList('en-GB', three)).toBe('gmail.com, acme.io and example.org');
    expect(formatList('de', three)).toBe('gmail.com, acme.io und example.org');
    expect(formatList('fr', three)).toBe('gmail.com, acme.io et example.org');
    expect(formatList('es', three)).toBe('gmail.com, acme.io y example.org');
    expect(formatList('pt-BR', three)).toBe('gmail.com, acme.io e example.org');
    expect(formatList('ja', three)).toBe('gmail.com、acme.io、example.org');
  });

  it('one item is itself; none is empty', () => {
    expect(formatList('fr', ['acme.io'])).toBe('acme.io');
    expect(formatList('fr', [])).toBe('');
  });
});

describe('relativeDays', () => {
  it('today, yesterday and N days ago in each language', () => {
    expect([0, 1, 45].map((d) => relativeDays('en', d))).toEqual(['today', 'yesterday', '45 days ago']);
    expect([0, 1, 45].map((d) => relativeDays('fr', d))).toEqual(['aujourd’hui', 'hier', 'il y a 45 jours']);
    expect([0, 1, 45].map((d) => relativeDays('es', d))).toEqual(['hoy', 'ayer', 'hace 45 días']);
    expect([0, 1, 45].map((d) => relativeDays('pt-BR', d))).toEqual(['hoje', 'ontem', 'há 45 dias']);
    expect([0, 1, 45].map((d) => relativeDays('de', d))).toEqual(['heute', 'gestern', 'vor 45 Tagen']);
  });

  it('a future, fractional or non-number day count reads as a whole number of days ago, or today', () => {
    expect(relativeDays('en', -3)).toBe('today');
    expect(relativeDays('en', 2.9)).toBe('2 days ago');
    expect(relativeDays('en', Number.NaN)).toBe('today');
  });
});

describe('isolate / textParts', () => {
  const HEBREW = 'תוכנית עבודה 2027';

  it('marks page text for isolation, stripping its own bidi controls so the marks pair up', () => {
    expect(isolate(HEBREW)).toBe(`${FSI}${HEBREW}${PDI}`);
    expect(isolate('Road\u202emap\u2069 x\u2068')).toBe(`${FSI}Roadmap x${PDI}`);
  });

  it('splits a sentence into our words and the isolated piece', () => {
    expect(textParts(`Share ${isolate(HEBREW)} outside your trusted domains?`)).toEqual([
      { text: 'Share ', isolated: false },
      { text: HEBREW, isolated: true },
      { text: ' outside your trusted domains?', isolated: false },
    ]);
    expect(textParts(`${isolate('a')}${isolate('')}`)).toEqual([
      { text: 'a', isolated: true },
      { text: '', isolated: true },
    ]);
    expect(textParts('plain')).toEqual([{ text: 'plain', isolated: false }]);
  });

  it('drops stray or unpaired marks and other bidi controls from our words', () => {
    expect(textParts(`a\u2069b\u2068c\u202ed`)).toEqual([{ text: 'abcd', isolated: false }]);
    expect(cleanKeepingIsolates(`x ${isolate(HEBREW)}\u2069 y\u200f`)).toBe(`x ${FSI}${HEBREW}${PDI} y`);
  });
});
