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

import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import wordLists from 'virtual:zxcvbn-word-lists';
import {
  MAX_PERSONAL_WORDS,
  SCORER_L33T_MAX_SUBSTITUTIONS,
  SCORER_MAX_LENGTH,
  createScorer,
  factoryOptions,
  rankedLookup,
  sanitisePersonalWords,
  truncateForScoring,
  warningKey,
} from '../../../src/shared/password/scorer';

/** The packs' own lists, merged as zxcvbn-ts' docs do: the reference the build-time lists must equal. */
const packDictionary = () => ({ ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary }) as Record<string, (string | number)[]>;

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
    expect(opts.dictionary).toBeUndefined(); // installed as Maps afterwards (rankedLookup)
    expect(Object.keys(wordLists)).toEqual(Object.keys(packDictionary()));
    expect(Object.keys(wordLists)).toEqual(expect.arrayContaining(['passwords-common', 'commonWords-en', 'wikipedia-en']));
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

describe('ranked dictionaries as Maps', () => {
  it('rankedLookup answers like the plain object zxcvbn-ts builds (ranks from 1, last occurrence wins)', () => {
    const { lookup, maxWordSize } = rankedLookup(['alpha', 'beta', 123456, 'alpha', 'gamma-delta'].join('\n'));
    expect(lookup.alpha).toBe(4);
    expect(lookup.beta).toBe(2);
    expect(lookup['123456']).toBe(3);
    expect(lookup.missing).toBeUndefined();
    expect(lookup.constructor).toBeUndefined(); // a plain object would answer Object.prototype's method
    expect('beta' in lookup).toBe(true);
    expect(maxWordSize).toBe('gamma-delta'.length);
  });

  it('scores exactly as zxcvbn-ts with its own ranked dictionaries (guards a library upgrade)', async () => {
    const { ZxcvbnFactory } = await import('@zxcvbn-ts/core');
    const reference = new ZxcvbnFactory({ ...factoryOptions(), dictionary: packDictionary() });
    const ours = createScorer();
    const passwords = [
      'password', 'Tr0ub4dor&3', 'correcthorsebatterystaple', 'p@ssw0rd!', 'n0t10n2026', 'qwertyuiop', 'samglobex2026',
      'Summer2024!', 'dragon', '4dm1n1str4t0r', 'ihateyou', 'smith1985', 'MonkeyMonkey', 'zaq1xsw2cde3', 'johnsmith',
      'x@4KT!b9qLr#2Zp$Vn8&Wm5*Yc7^Hd1%', 'correct horse battery staple velvet thunder orchard ladder plume',
    ];
    // Personal words that tie with dictionary words ("smith" is rank 1 of the surnames): whichever
    // dictionary zxcvbn meets first wins a tie, so the order must be the library's.
    for (const words of [[], ['sam', 'globex', 'notion'], ['john', 'smith', 'acme']]) {
      for (const pw of passwords) {
        const ref = reference.check(pw, words);
        const refPersonal = ref.sequence.some((m) => m.pattern === 'dictionary' && m.dictionaryName === 'userInputs');
        const got = ours.score(pw, words);
        expect({ pw, words, personal: got.matchedPersonal }).toEqual({ pw, words, personal: refPersonal });
        if (got.matchedPersonal) continue; // our personal-word adjustment may lower these on purpose
        const log = Number.isFinite(ref.guessesLog10) ? ref.guessesLog10 : 0;
        expect({ pw, words, score: got.score, log: got.guessesLog10, warning: got.warning }).toEqual({ pw, words, score: ref.score, log, warning: warningKey(ref.feedback.warning) });
      }
    }
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

describe('build-time word lists (scripts/lib/zxcvbn-word-lists.mjs)', () => {
  it('hold exactly the packs\' words, in rank order', () => {
    for (const [name, list] of Object.entries(packDictionary())) expect(wordLists[name]?.split('\n')).toEqual(list.map(String));
  });

  it('an empty list has no words; an empty word keeps its rank', () => {
    expect(rankedLookup('').maxWordSize).toBe(0);
    expect(rankedLookup('').lookup['']).toBeUndefined();
    const built = rankedLookup(['a', '', 'b'].join('\n'));
    expect([built.lookup.a, built.lookup[''], built.lookup.b]).toEqual([1, 2, 3]);
  });
});

describe('dictionary shards built on first use', () => {
  it('a lookup builds only its shard; buildNextShard() finishes the rest, and ranks never change', () => {
    const built = rankedLookup(['apple', 'avocado', 'banana', 'cherry', 'apple'].join('\n'));
    expect(built.lookup.apple).toBe(5); // builds the "a" shard only
    expect(built.buildNextShard()).toBe(true); // "b"
    expect(built.buildNextShard()).toBe(false); // "c", the last one
    expect(built.buildNextShard()).toBe(false);
    expect([built.lookup.avocado, built.lookup.banana, built.lookup.cherry, built.lookup.durian]).toEqual([2, 3, 4, undefined]);
  });

  it('prepareStep() runs until every shard is built, and scores are the same before and after', () => {
    const scorer = createScorer();
    const before = scorer.score('Tr0ub4dor&3', ['sam']);
    let steps = 0;
    while (scorer.prepareStep?.()) steps += 1;
    expect(steps).toBeGreaterThan(20); // many shards were left for later
    expect(scorer.prepareStep?.()).toBe(false);
    expect(scorer.score('Tr0ub4dor&3', ['sam'])).toEqual(before);
  });
});
