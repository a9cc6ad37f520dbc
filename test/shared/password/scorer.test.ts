import { describe, expect, it, vi } from 'vitest';

const counter = vi.hoisted(() => ({ factories: 0, options: [] as unknown[] }));
vi.mock('@zxcvbn-ts/core', async (importOriginal) => {
  const m = await importOriginal<typeof import('@zxcvbn-ts/core')>();
  class CountingFactory extends m.ZxcvbnFactory {
    constructor(...args: ConstructorParameters<typeof m.ZxcvbnFactory>) {
      super(...args);
      counter.factories += 1;
      counter.options.push(args[0]);
    }
  }
  return { ...m, ZxcvbnFactory: CountingFactory };
});

import {
  MAX_PERSONAL_WORDS,
  SCORER_L33T_MAX_SUBSTITUTIONS,
  SCORER_MAX_LENGTH,
  createScorer,
  sanitisePersonalWords,
  truncateForScoring,
  warningKey,
} from '../../../src/shared/password/scorer';

describe('createScorer', () => {
  it('builds the zxcvbn-ts factory lazily, once, with the capped options', () => {
    const scorer = createScorer();
    expect(counter.factories).toBe(0);
    scorer.score('first', []);
    scorer.score('second', ['x']);
    expect(counter.factories).toBe(1);
    const opts = counter.options[0] as Record<string, unknown>;
    expect(opts.maxLength).toBe(64);
    expect(opts.l33tMaxSubstitutions).toBe(5);
    expect(Object.keys(opts.dictionary as object)).toEqual(expect.arrayContaining(['passwords-common', 'commonWords-en', 'wikipedia-en']));
    expect(Object.keys(opts.graphs as object)).toEqual(expect.arrayContaining(['qwerty', 'keypad']));
    expect(SCORER_MAX_LENGTH).toBe(64);
    expect(SCORER_L33T_MAX_SUBSTITUTIONS).toBeLessThanOrEqual(10);
  });

  it('returns a warning KEY (not English text), and only the documented fields', () => {
    const scorer = createScorer();
    const r = scorer.score('password', []);
    expect(r.warning).toBe('topTen');
    expect(Object.keys(r).sort()).toEqual(['guessesLog10', 'hints', 'matchedPersonal', 'score', 'warning']);
    expect(JSON.stringify(r)).not.toContain('password');
  });

  it.each([
    { pw: 'qwertyuiop', key: 'topHundred' },
    { pw: 'asdfghjkl;', key: 'straightRow' },
    { pw: 'aaaaaaaaaaaa', key: 'simpleRepeat' },
    { pw: 'abcabcabcabc', key: 'extendedRepeat' },
    { pw: 'notion', key: 'userInputs', words: ['notion'] },
  ])('$pw → warning $key', ({ pw, key, words }) => {
    expect(createScorer().score(pw, words ?? []).warning).toBe(key);
  });

  it('a strong passphrase has no warning and score 4', () => {
    const r = createScorer().score('maple lantern quiver bishop', ['john']);
    expect(r).toMatchObject({ score: 4, matchedPersonal: false });
    expect(r.warning).toBeUndefined();
  });

  it('personal words add no strength ("john" + passphrase keeps 4, "acmejohn2026" drops)', () => {
    const s = createScorer();
    expect(s.score('john maple lantern quiver bishop', ['john']).score).toBe(4);
    const r = s.score('acmejohn2026', ['john', 'acme']);
    expect(r.matchedPersonal).toBe(true);
    expect(r.score).toBeLessThanOrEqual(1);
    expect(r.warning).toBe('userInputs');
  });

  it('tolerates junk personal words', () => {
    const s = createScorer();
    expect(() => s.score('hello world 12', [42 as unknown as string, '', '  ', null as unknown as string])).not.toThrow();
    expect(() => s.score('hello', undefined as unknown as string[])).not.toThrow();
  });
});

describe('helpers', () => {
  it.each([
    { in: 'abc', max: 64, out: 'abc' },
    { in: 'x'.repeat(100), max: 64, out: 'x'.repeat(64) },
    { in: 'x'.repeat(63) + '🔑' + 'y', max: 64, out: 'x'.repeat(63) }, // no half surrogate pair
    { in: 'x'.repeat(62) + '🔑' + 'y', max: 64, out: 'x'.repeat(62) + '🔑' },
  ])('truncateForScoring($in.length chars) → $out.length', ({ in: s, max, out }) => {
    expect(truncateForScoring(s, max)).toBe(out);
  });

  it('warningKey maps English text and keys, and rejects unknown text', () => {
    expect(warningKey('This is a heavily used password.')).toBe('topTen');
    expect(warningKey('userInputs')).toBe('userInputs');
    expect(warningKey('Something else')).toBeUndefined();
    expect(warningKey(null)).toBeUndefined();
  });

  it('sanitisePersonalWords lower-cases, de-dupes, drops non-strings and caps count and length', () => {
    expect(sanitisePersonalWords(['John', ' john ', 'ACME', 7, ''])).toEqual(['john', 'acme']);
    const many = Array.from({ length: 100 }, (_, i) => `w${i}`);
    expect(sanitisePersonalWords(many)).toHaveLength(MAX_PERSONAL_WORDS);
    expect(sanitisePersonalWords(['z'.repeat(500)])[0]).toHaveLength(64);
  });
});
