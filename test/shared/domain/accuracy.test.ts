// Look-alike accuracy measured against an independent typosquatting engine (dnstwist, a Debian
// package: its fuzzer runs offline) and against ordinary domains; the method is in
// src/shared/domain/bench.ts. Fails, saying what to install, when dnstwist is missing.
import { writeFileSync } from 'node:fs';
import { dictionary } from '@zxcvbn-ts/language-en';
import { beforeAll, describe, expect, it } from 'vitest';
import { dnstwistCorpus, type DnstwistCorpus } from '../../../scripts/lib/dnstwist-corpus.mjs';
import {
  measureFalsePositives,
  measureRecall,
  ORDINARY_WORD_LISTS,
  ORG_DOMAINS,
  ordinaryDomains,
  type OrgRow,
  type TechniqueRow,
} from '../../../src/shared/domain/bench';

let corpus: DnstwistCorpus;
let orgs: OrgRow[];
let techniques: TechniqueRow[];

/** zxcvbn-ts' English words and surnames, most common first. */
const englishWords = (): string[] => ORDINARY_WORD_LISTS.flatMap((k) => dictionary[k].map(String));

const SLOW = { timeout: 60_000 };

describe('look-alikes as dnstwist makes them', () => {
  beforeAll(() => {
    corpus = dnstwistCorpus(ORG_DOMAINS);
    ({ orgs, techniques } = measureRecall(corpus));
    if (process.env.LOOKALIKE_REPORT) writeFileSync(process.env.LOOKALIKE_REPORT, JSON.stringify({ orgs, techniques }, null, 1));
  }, 60_000);

  it('generates every technique, with the dictionary and TLD lists', () => {
    for (const org of corpus.orgs) {
      const made = new Set(org.permutations.map(([f]) => f));
      for (const f of ['addition', 'bitsquatting', 'homoglyph', 'hyphenation', 'insertion', 'omission', 'repetition', 'replacement', 'subdomain', 'transposition', 'vowel-swap', 'dictionary', 'tld-swap'])
        expect(made, `${org.domain}: ${f}`).toContain(f);
    }
    expect(corpus.words).toBeGreaterThan(40);
    expect(corpus.tlds).toBeGreaterThan(100);
  });

  it.each(ORG_DOMAINS)('%s: look-alikes caught and named, none trusted', (domain) => {
    const row = orgs.find((o) => o.org === domain);
    expect(row).toBeDefined();
    if (!row) return;
    expect(row.generated).toBeGreaterThan(1000);
    expect(row.trusted).toBe(0);
    expect(row.identical).toBe(0);
    expect(row.lookalikePct, row.misses.join('\n')).toBeGreaterThanOrEqual(row.nameLength >= 5 ? 99 : 95);
  });

  it('ordinary domains: at most 0.1 % called look-alikes', SLOW, () => {
    const exclude = new Set(corpus.orgs.flatMap((o) => o.permutations.map(([, d]) => d)));
    const ordinary = ordinaryDomains(englishWords(), ORG_DOMAINS, exclude);
    const fp = measureFalsePositives(ordinary.domains, ORG_DOMAINS, ordinary.words, ordinary.compounds);
    if (process.env.LOOKALIKE_REPORT) writeFileSync(`${process.env.LOOKALIKE_REPORT}.fp`, JSON.stringify(fp, null, 1));
    expect(fp.size).toBeGreaterThanOrEqual(60_000);
    expect(ordinary.compounds).toBeGreaterThan(10_000);
    expect(fp.ratePct, fp.examples.join('\n')).toBeLessThanOrEqual(0.1);
  });
});
