import { describe, expect, it } from 'vitest';
import { personalWords } from '../../../src/shared/password/personal-words';

describe('personalWords', () => {
  it.each([
    {
      name: 'plain address',
      input: { email: 'john@acme.com' },
      has: ['john', 'acme', 'notion'],
      not: ['acme.com', 'com'],
    },
    {
      name: 'dotted local part, +tag, multi-label public suffix',
      input: { email: 'John.Doe+Notion@mail.acme.co.uk' },
      has: ['john.doe+notion', 'john.doe', 'johndoe', 'john', 'doe', 'acme', 'notion'],
      not: ['co', 'uk', 'mail', 'co.uk'],
    },
    {
      name: 'separators _ - and digits',
      input: { email: 'mary_ann-lee1987@globex-corp.io' },
      has: ['mary_ann-lee1987', 'maryannlee', 'mary', 'ann', 'lee', '1987', 'globex-corp', 'globex', 'corp'],
      not: ['io'],
    },
    {
      name: 'name and workspace',
      input: { name: 'Jane Q. Public', workspace: 'Acme Corp' },
      has: ['jane q. public', 'janeqpublic', 'jane', 'public', 'acme corp', 'acmecorp', 'acme', 'corp', 'notion'],
      not: ['q'],
    },
    {
      name: 'short pieces are dropped but whole short values kept',
      input: { email: 'it@acme.com', name: 'Al' },
      has: ['it', 'al', 'acme'],
      not: [],
    },
    {
      name: 'Unicode is NFKC-normalised and lower-cased',
      input: { name: 'Ｊüｒｇｅｎ Müller', email: 'jürgen@bücher.de' },
      has: ['jürgen müller', 'jürgen', 'müller', 'bücher'],
      not: [],
    },
    {
      name: 'not an address: treated as text',
      input: { email: 'not-an-email' },
      has: ['not-an-email', 'notanemail', 'email'],
      not: [],
    },
  ])('$name', ({ input, has, not }) => {
    const words = personalWords(input);
    for (const w of has) expect(words).toContain(w);
    for (const w of not) expect(words).not.toContain(w);
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toBe(w.toLowerCase());
  });

  it('always includes "notion", even for empty or junk input', () => {
    expect(personalWords({})).toEqual(['notion']);
    expect(personalWords({ email: '', name: '   ', workspace: undefined })).toEqual(['notion']);
    expect(personalWords({ email: 42 as unknown as string })).toEqual(['notion']);
    expect(personalWords(undefined as unknown as {})).toEqual(['notion']);
  });

  it('caps the list at 40 words of at most 64 chars, keeping "notion"', () => {
    const name = Array.from({ length: 80 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`).join(' ');
    const words = personalWords({ name, workspace: 'w'.repeat(500) });
    expect(words.length).toBeLessThanOrEqual(40);
    expect(words).toContain('notion');
    for (const w of words) expect(w.length).toBeLessThanOrEqual(64);
  });
});
