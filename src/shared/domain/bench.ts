// Accuracy and cost figures of the look-alike classifier (read by the accuracy test and the benchmark
// script). PURE and deterministic but for the clock: the permutations and the words come in as arguments
// (dnstwist's output, zxcvbn-ts' English lists), the timing inputs from a seeded generator.
//
// Accuracy (measureRecall, measureFalsePositives):
//   - recall: every permutation dnstwist makes of an organisation's domain is classified with that one
//     domain trusted; it counts as caught when the verdict is "lookalike" AND names that domain. Only
//     permutations that normalise to the organisation's own domain are left out (none have so far).
//   - false look-alikes: ordinary domains classified with all the organisations' domains trusted at
//     once. The ordinary corpus is (a) each English word or surname under .com or another common TLD,
//     (b) company-like names that share a word with an organisation's name (north + star,
//     trade + winds, tech + works: its words of 4+ letters joined to common words). Left out, because
//     they are look-alikes by definition, not ordinary: dnstwist's own permutations of the organisations'
//     domains, and any name that contains an organisation's whole name (acmeist, contosocoffee). A name
//     that merely contains a word the organisation's name also contains (north.com, windtraders.com) is
//     ordinary and must not be called a look-alike.
import { classifyInvitee, classifyInvitees, type TrustContext } from './classify';
import { findLookalike, prepareTargets } from './lookalike';
import { parseAddress } from './parse';
import { normaliseDomain } from '../settings/domains';

/** The organisations measured: names of 4, 7, 7 and 16 letters (the 7s under .com and .io). */
export const ORG_DOMAINS = ['acme.com', 'contoso.com', 'initech.io', 'northwindtraders.com'] as const;

/** zxcvbn-ts' English lists the ordinary words come from (`dictionary` of @zxcvbn-ts/language-en). */
export const ORDINARY_WORD_LISTS = ['commonWords-en', 'wikipedia-en', 'lastnames-en'] as const;

export interface PermutationCorpus {
  orgs: { domain: string; permutations: (readonly [fuzzer: string, domain: string])[] }[];
}

export interface TechniqueRow {
  org: string;
  technique: string;
  generated: number;
  lookalike: number;
  /** Percentage called look-alike of the organisation, one decimal. */
  lookalikePct: number;
}

export interface OrgRow {
  org: string;
  /** Letters in the organisation's name (left of the suffix). */
  nameLength: number;
  /** Distinct permutations measured (one domain made by two techniques counts once). */
  generated: number;
  lookalike: number;
  lookalikePct: number;
  trusted: number;
  /** Permutations that normalise to the organisation's own domain (left out). */
  identical: number;
  /** Up to 20 permutations not called look-alikes, with their verdict. */
  misses: string[];
}

export interface FalsePositiveReport {
  /** Ordinary domains classified. */
  size: number;
  words: number;
  compounds: number;
  falseLookalikes: number;
  /** Percentage, three decimals. */
  ratePct: number;
  /** Every false look-alike (domain → the trusted domain it was said to imitate). */
  examples: string[];
}

const pct = (n: number, d: number, digits = 1): number => (d === 0 ? 0 : Math.round((n / d) * 100 * 10 ** digits) / 10 ** digits);

/** Recall over dnstwist's permutations, per organisation and per technique. */
export function measureRecall(corpus: PermutationCorpus): { orgs: OrgRow[]; techniques: TechniqueRow[] } {
  const orgs: OrgRow[] = [];
  const techniques: TechniqueRow[] = [];
  for (const org of corpus.orgs) {
    const own = normaliseDomain(org.domain) ?? org.domain;
    const ctx: TrustContext = { ownDomains: [], trustedDomains: [org.domain] };
    const byTechnique = new Map<string, { generated: number; lookalike: number }>();
    const verdicts = new Map<string, boolean>();
    const row: OrgRow = { org: org.domain, nameLength: own.split('.')[0].length, generated: 0, lookalike: 0, lookalikePct: 0, trusted: 0, identical: 0, misses: [] };
    for (const [technique, domain] of org.permutations) {
      if (technique === '*original') continue;
      if (normaliseDomain(domain) === own) {
        row.identical++;
        continue;
      }
      let caught = verdicts.get(domain);
      if (caught === undefined) {
        const v = classifyInvitee(`x@${domain}`, ctx);
        caught = v.kind === 'lookalike' && v.lookalikeOf === org.domain;
        verdicts.set(domain, caught);
        row.generated++;
        if (caught) row.lookalike++;
        if (v.kind === 'trusted') row.trusted++;
        if (!caught && row.misses.length < 20) row.misses.push(`${v.unicodeDomain ?? domain} (${technique}): ${v.kind}`);
      }
      const t = byTechnique.get(technique) ?? { generated: 0, lookalike: 0 };
      t.generated++;
      if (caught) t.lookalike++;
      byTechnique.set(technique, t);
    }
    row.lookalikePct = pct(row.lookalike, row.generated);
    orgs.push(row);
    for (const [technique, t] of [...byTechnique].sort(([a], [b]) => a.localeCompare(b))) {
      techniques.push({ org: org.domain, technique, ...t, lookalikePct: pct(t.lookalike, t.generated) });
    }
  }
  return { orgs, techniques };
}

/** Common TLDs the ordinary words are spread over (every other word is under .com). */
const TLDS = ['net', 'org', 'io', 'co', 'de', 'co.uk', 'fr', 'nl', 'ca', 'com.au', 'info', 'biz', 'us', 'app', 'dev', 'ai'];
/** How many of the most common words are joined to an organisation's words. */
const COMPOUND_PARTNERS = 1_500;

/**
 * The ordinary corpus (see the header): `words` are lower-case English words and surnames, most common
 * first; `exclude` the permutations of the organisations' domains.
 */
export function ordinaryDomains(
  words: readonly string[],
  orgDomains: readonly string[],
  exclude: ReadonlySet<string>,
): { domains: string[]; words: number; compounds: number } {
  const names = orgDomains.map((d) => d.split('.')[0]);
  const clean = [...new Set(words.filter((w) => /^[a-z]{3,40}$/.test(w)))];
  const dictionary = new Set(clean);
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (domain: string): boolean => {
    const name = domain.slice(0, domain.indexOf('.'));
    if (seen.has(domain) || exclude.has(domain) || names.some((n) => name.includes(n))) return false;
    seen.add(domain);
    out.push(domain);
    return true;
  };
  clean.forEach((w, i) => add(`${w}.${i % 2 ? 'com' : TLDS[(i >> 1) % TLDS.length]}`));
  const wordCount = out.length;
  const partners = clean.slice(0, COMPOUND_PARTNERS);
  for (const name of names) {
    // The organisation's words: dictionary words of 4+ letters inside its name (north, wind, traders).
    const parts = new Set<string>();
    for (let i = 0; i < name.length; i++)
      for (let j = i + 4; j <= name.length; j++) if (j - i < name.length && dictionary.has(name.slice(i, j))) parts.add(name.slice(i, j));
    for (const part of parts) {
      partners.forEach((p, i) => {
        add(`${part}${p}.${i % 2 ? 'io' : 'com'}`);
        add(`${p}${part}.com`);
      });
    }
  }
  return { domains: out, words: wordCount, compounds: out.length - wordCount };
}

/** False look-alikes among ordinary domains, with every organisation's domain trusted at once. */
export function measureFalsePositives(domains: readonly string[], orgDomains: readonly string[], words: number, compounds: number): FalsePositiveReport {
  const ctx: TrustContext = { ownDomains: [], trustedDomains: [...orgDomains] };
  const examples: string[] = [];
  for (const d of domains) {
    const v = classifyInvitee(`x@${d}`, ctx);
    if (v.kind === 'lookalike') examples.push(`${d} → ${v.lookalikeOf ?? '?'} (${v.lookalikeReason ?? ''})`);
  }
  return { size: domains.length, words, compounds, falseLookalikes: examples.length, ratePct: pct(examples.length, domains.length, 3), examples };
}

// ---- cost -------------------------------------------------------------------------------------------

/** Deterministic pseudo-random generator (LCG); `next(n)` is in [0, n). */
function generator(seed: number): (n: number) => number {
  let x = seed >>> 0;
  return (n) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
}

// Company-like names: 2–3 syllables from these parts (Brintex, Quorvia, Stelmond…), a third of them
// with a business word (Brintex Labs → brintexlabs), as an organisation's partner list looks.
const ONSETS = 'b br c ch cl cr d dr f fl fr g gl gr h j k kl l m n p pl pr qu r s sc sh sk sl sp st t th tr v w z'.split(' ');
const VOWELS = 'a e i o u y ai ea ee io oa ou ia'.split(' ');
const CODAS = ' n r s x l m t ck nd nt st rk ft lt ng'.split(' ');
const WORDS = 'tech soft labs data cloud group bank health systems media energy capital partners traders logistics studio works'.split(' ');
const SUFFIXES = ['com', 'com', 'com', 'io', 'net', 'org', 'co.uk', 'de', 'com.au', 'app'];
/** Look-alike characters an attacker swaps in (Unicode confusables, digits, letter pairs). */
const SWAPS: Readonly<Record<string, readonly string[]>> = {
  a: ['а', 'á', '4', 'ɑ'],
  c: ['с', 'ç', 'e'],
  d: ['cl', 'ԁ', 'b'],
  e: ['е', 'é', '3', 'ė'],
  i: ['і', '1', 'l', 'í'],
  l: ['1', 'ӏ', 'i'],
  m: ['rn', 'nn', 'ṃ'],
  n: ['m', 'ñ', 'r'],
  o: ['0', 'о', 'ó', 'ο'],
  r: ['ʀ', 'ŕ'],
  s: ['ѕ', '5', 'ś'],
  t: ['7', 'ţ'],
  u: ['ü', 'υ'],
  w: ['vv', 'ԝ'],
};

/** `count` trusted domains and `attacks` distinct adversarial ones imitating them (seeded). */
export function costInputs(count = 500, attacks = 1_000, seed = 18): { trusted: string[]; adversarial: string[] } {
  const next = generator(seed);
  const pick = <T>(xs: readonly T[]): T => xs[next(xs.length)];
  const names = new Set<string>();
  while (names.size < count) {
    let s = '';
    for (let k = 2 + next(2); k > 0; k--) s += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
    if (next(3) === 0) s += pick(WORDS);
    names.add(s);
  }
  const trusted = [...names].map((n) => `${n}.${pick(SUFFIXES)}`);
  const out = new Set<string>();
  const mutate = (name: string): string => {
    const chars = [...name];
    const i = next(chars.length);
    switch (next(9)) {
      case 0: // several look-alike swaps
        return chars.map((c) => (SWAPS[c] && next(3) === 0 ? pick(SWAPS[c]) : c)).join('');
      case 1:
        return chars.map((c) => (SWAPS[c] ? pick(SWAPS[c]) : c)).join('');
      case 2: // insertion
        return name.slice(0, i) + String.fromCharCode(97 + next(26)) + name.slice(i);
      case 3: // omission
        return name.slice(0, i) + name.slice(i + 1);
      case 4: // transposition
        return i + 1 < chars.length ? name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2) : `${name}s`;
      case 5: // added word
        return next(2) ? `${name}-${pick(['login', 'secure', 'support', 'mail', 'hr'])}` : `${pick(['my', 'sso', 'team'])}${name}`;
      case 6: // split across labels
        return `${name.slice(0, i)}.${name.slice(i)}`.replace(/^\.|\.$/g, '');
      case 7: // hyphen
        return `${name.slice(0, i)}-${name.slice(i)}`.replace(/^-|-$/g, '');
      default: // replacement
        return name.slice(0, i) + String.fromCharCode(97 + next(26)) + name.slice(i + 1);
    }
  };
  while (out.size < attacks) {
    const t = pick(trusted);
    const dot = t.indexOf('.');
    const suffix = next(4) === 0 ? pick(SUFFIXES) : t.slice(dot + 1);
    let name = mutate(t.slice(0, dot));
    if (next(3) === 0) name = mutate(name); // a mix of two techniques
    const d = `${name}.${suffix}`;
    if (d !== t && name) out.add(d);
  }
  return { trusted, adversarial: [...out] };
}

/** Runs of the cost figures left out (the JIT compiles the classifier meanwhile), and runs measured. */
const WARM_UP = 5;
const RUNS = 15;

export interface CostFigures {
  /** Median of 15 runs (after 5 unmeasured): classifying the 1,000 adversarial addresses one by one
   * (parsing included), 500 trusted domains. */
  lookalike_1000_vs_500_ms: number;
  /** The fastest of those runs (the figure least disturbed by other work on the machine). */
  lookalike_1000_vs_500_best_ms: number;
  /** The same 1,000 pasted as two lists of 500 (classifyInvitees, as the share menu does). */
  lookalike_paste_1000_vs_500_ms: number;
  /** The look-alike search alone (findLookalike on the 1,000 parsed addresses). */
  lookalike_search_1000_vs_500_ms: number;
  /** Building the index of 500 trusted domains (once per change of settings). */
  lookalike_index_500_ms: number;
  /** How many of the 1,000 were called look-alikes (a sanity check of the inputs). */
  lookalike_1000_caught: number;
}

/** The cost figures (PURE apart from the clock). */
export function measureCost(): CostFigures {
  const { trusted, adversarial } = costInputs();
  const addresses = adversarial.map((d) => `x@${d}`);
  const time = (f: () => void): number => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  const pastes = [addresses.slice(0, 500).join(', '), addresses.slice(500).join(', ')];
  const parsed = addresses.flatMap((a) => parseAddress(a) ?? []);
  const index = prepareTargets(trusted.flatMap((d) => normaliseDomain(d) ?? []));
  const runs: number[] = [];
  const pasteRuns: number[] = [];
  const searchRuns: number[] = [];
  const builds: number[] = [];
  let caught = 0;
  for (let r = 0; r < WARM_UP + RUNS; r++) {
    // A fresh copy of the list each run makes the classifier rebuild its index (timed on its own).
    const ctx: TrustContext = { ownDomains: [], trustedDomains: [...trusted, `run${r}.example`] };
    builds.push(time(() => classifyInvitee('x@example.org', ctx)));
    runs.push(
      time(() => {
        caught = 0;
        for (const a of addresses) if (classifyInvitee(a, ctx).kind === 'lookalike') caught++;
      }),
    );
    pasteRuns.push(time(() => pastes.forEach((text) => classifyInvitees(text, ctx))));
    searchRuns.push(time(() => parsed.forEach((c) => findLookalike(c, index))));
  }
  const sorted = (xs: number[]): number[] => xs.slice(WARM_UP).sort((a, b) => a - b);
  const median = (xs: number[]): number => sorted(xs)[RUNS >> 1];
  const round = (x: number): number => Math.round(x * 100) / 100;
  return {
    lookalike_1000_vs_500_ms: round(median(runs)),
    lookalike_1000_vs_500_best_ms: round(sorted(runs)[0]),
    lookalike_paste_1000_vs_500_ms: round(median(pasteRuns)),
    lookalike_search_1000_vs_500_ms: round(median(searchRuns)),
    lookalike_index_500_ms: round(median(builds)),
    lookalike_1000_caught: caught,
  };
}

export interface LookalikeBench {
  orgs: OrgRow[];
  techniques: TechniqueRow[];
  falsePositives: FalsePositiveReport;
  cost: CostFigures;
}

/**
 * Everything `npm run bench` prints about look-alikes: `corpus` from scripts/lib/dnstwist-corpus.mjs
 * (dnstwistCorpus(ORG_DOMAINS)), `words` zxcvbn-ts' English lists (commonWords-en, wikipedia-en,
 * lastnames-en), most common first.
 */
export function benchLookalike(corpus: PermutationCorpus, words: readonly string[]): LookalikeBench {
  // The classifier and the index are compiled and warm before the cost is measured last.
  const { orgs, techniques } = measureRecall(corpus);
  const exclude = new Set(corpus.orgs.flatMap((o) => o.permutations.map(([, d]) => d)));
  const domains = corpus.orgs.map((o) => o.domain);
  const ordinary = ordinaryDomains(words, domains, exclude);
  const falsePositives = measureFalsePositives(ordinary.domains, domains, ordinary.words, ordinary.compounds);
  return { orgs, techniques, falsePositives, cost: measureCost() };
}

/** The figures as lines of text: per organisation, per technique, false look-alikes, cost. */
export function formatLookalikeBench(b: LookalikeBench): string[] {
  const lines = ['look-alikes: dnstwist permutations called look-alike of the one trusted organisation domain'];
  for (const o of b.orgs) {
    lines.push(`  ${o.org.padEnd(22)} ${String(o.nameLength).padStart(2)} letters  ${String(o.generated).padStart(6)} permutations  ${o.lookalikePct.toFixed(1).padStart(5)} %  trusted ${o.trusted}`);
  }
  const names = [...new Set(b.techniques.map((t) => t.technique))];
  lines.push(`  ${'technique'.padEnd(14)}${b.orgs.map((o) => o.org.split('.')[0].slice(0, 16).padStart(17)).join('')}`);
  for (const name of names) {
    const cells = b.orgs.map((o) => {
      const t = b.techniques.find((x) => x.org === o.org && x.technique === name);
      return ` ${t ? `${t.lookalikePct.toFixed(1)} % of ${t.generated}` : '-'}`.padStart(17);
    });
    lines.push(`  ${name.padEnd(14)}${cells.join('')}`);
  }
  const fp = b.falsePositives;
  lines.push(`  false look-alikes: ${fp.falseLookalikes} of ${fp.size} ordinary domains (${fp.ratePct} %; ${fp.words} words, ${fp.compounds} sharing a word)`);
  const c = b.cost;
  lines.push(
    `  cost, 1,000 adversarial vs 500 trusted: ${c.lookalike_1000_vs_500_ms} ms one by one (best ${c.lookalike_1000_vs_500_best_ms}),` +
      ` ${c.lookalike_paste_1000_vs_500_ms} ms as two pastes, search alone ${c.lookalike_search_1000_vs_500_ms} ms; index of 500 ${c.lookalike_index_500_ms} ms`,
  );
  return lines;
}
