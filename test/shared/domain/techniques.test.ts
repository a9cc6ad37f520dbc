// Every typosquatting technique, by named example: each is called a look-alike and names the domain it
// imitates. (The catalogue is dnstwist's; accuracy.test.ts measures it over all its permutations.)
import { describe, expect, it } from 'vitest';
import {
  classifyInvitee,
  closeToTrusted,
  notTrustable,
  type LookalikeReason,
  type TrustContext,
} from '../../../src/shared/domain/classify';
import { looseKey, visualKey } from '../../../src/shared/domain/confusables';
import { keyDistance } from '../../../src/shared/domain/distance';

const ctx: TrustContext = {
  ownDomains: ['acme.com'],
  trustedDomains: ['contoso.com', 'northwindtraders.com', 'initech.io', 'microsoft.com'],
};
const trusted = [...ctx.ownDomains, ...ctx.trustedDomains];

type Row = [domain: string, of: string, reason: LookalikeReason];

const techniques: Record<string, Row[]> = {
  addition: [
    ['contosoa.com', 'contoso.com', 'edit-distance'],
    ['acmej.com', 'acme.com', 'edit-distance'],
  ],
  bitsquatting: [
    ['contoqo.com', 'contoso.com', 'edit-distance'], // s = 0x73, q = 0x71
    ['ccme.com', 'acme.com', 'edit-distance'], // a = 0x61, c = 0x63
  ],
  omission: [
    ['cntoso.com', 'contoso.com', 'edit-distance'],
    ['acm.com', 'acme.com', 'edit-distance'],
  ],
  repetition: [
    ['conttoso.com', 'contoso.com', 'edit-distance'],
    ['accme.com', 'acme.com', 'edit-distance'],
  ],
  'keyboard-adjacent replacement': [
    ['xontoso.com', 'contoso.com', 'edit-distance'],
    ['acmw.com', 'acme.com', 'edit-distance'],
  ],
  transposition: [
    ['cnotoso.com', 'contoso.com', 'edit-distance'],
    ['amce.com', 'acme.com', 'edit-distance'],
  ],
  insertion: [
    ['contolso.com', 'contoso.com', 'edit-distance'],
    ['acnme.com', 'acme.com', 'edit-distance'],
  ],
  'vowel swap': [
    ['contaso.com', 'contoso.com', 'edit-distance'],
    ['acmi.com', 'acme.com', 'edit-distance'],
    ['northwundtraders.com', 'northwindtraders.com', 'edit-distance'],
  ],
  hyphenation: [
    ['con-toso.com', 'contoso.com', 'hyphen'],
    ['ac-me.com', 'acme.com', 'hyphen'],
  ],
  plural: [
    ['contosos.com', 'contoso.com', 'plural'],
    ['acmes.com', 'acme.com', 'plural'],
  ],
  'TLD swap': [
    ['contoso.net', 'contoso.com', 'tld-swap'],
    ['acme.co.uk', 'acme.com', 'tld-swap'],
    ['initech.com', 'initech.io', 'tld-swap'],
  ],
  'dictionary word added': [
    ['contoso-login.com', 'contoso.com', 'added-word'],
    ['logincontoso.com', 'contoso.com', 'added-word'],
    ['acme-support.com', 'acme.com', 'added-word'],
    ['myacme.com', 'acme.com', 'added-word'],
    ['northwindtraderspay.com', 'northwindtraders.com', 'added-word'],
    ['c0ntoso-sso.com', 'contoso.com', 'added-word'], // with a look-alike digit
  ],
  'name split across labels': [
    ['co.ntoso.com', 'contoso.com', 'split'],
    ['northwindt.raders.com', 'northwindtraders.com', 'split'],
    ['a.cme.com', 'acme.com', 'split'],
    ['i.nitech.io', 'initech.io', 'split'],
  ],
  'name used as a label': [
    ['contoso.com.example.net', 'contoso.com', 'embedded'],
    ['contoso.example.net', 'contoso.com', 'embedded'],
    ['sso-acme-com.example.net', 'acme.com', 'embedded'],
    ['acmecom.net', 'acme.com', 'embedded'],
    ['initech-io.com', 'initech.io', 'embedded'],
  ],
  'Unicode confusables': [
    ['соntoso.com', 'contoso.com', 'confusable'], // Cyrillic с о
    ['ɑcme.com', 'acme.com', 'confusable'], // Latin alpha
    ['ınitech.io', 'initech.io', 'confusable'], // dotless i
    ['xn--ntoso-iyeu.com', 'contoso.com', 'confusable'], // Cyrillic со, as punycode
    ['асме.com', 'acme.com', 'confusable'], // all Cyrillic (м reads as m)
  ],
  'ASCII look-alikes': [
    ['c0ntoso.com', 'contoso.com', 'digit-swap'], // 0/o
    ['1nitech.io', 'initech.io', 'digit-swap'], // 1/i
    ['lnitech.io', 'initech.io', 'homoglyph'], // l/i
    ['rnicrosoft.com', 'microsoft.com', 'digit-swap'], // rn/m
    ['northwincltraders.com', 'northwindtraders.com', 'homoglyph'], // cl/d
    ['northvvindtraders.com', 'northwindtraders.com', 'digit-swap'], // vv/w
  ],
  'several at once': [
    ['c0nt0só.com', 'contoso.com', 'confusable'],
    ['e0nt0s0.com', 'contoso.com', 'homoglyph'],
    ['noʀthwindtʀadėrs.com', 'northwindtraders.com', 'confusable'],
    ['nortlhwincltraders.com', 'northwindtraders.com', 'homoglyph'],
    ['morthwimbtrabers.com', 'northwindtraders.com', 'homoglyph'], // n→m twice, d→b twice
    ['c0nt0so.net', 'contoso.com', 'digit-swap'],
    ['cnotoso-login.com', 'contoso.com', 'added-word'],
  ],
  'short names, simple edits': [
    ['acmej.com', 'acme.com', 'edit-distance'],
    ['acnne.com', 'acme.com', 'homoglyph'], // m → nn
    ['acrnc.com', 'acme.com', 'homoglyph'], // m → rn, e → c
  ],
};

describe.each(Object.entries(techniques))('%s', (_, rows) => {
  it.each(rows)('%s imitates %s (%s)', (domain, of, reason) => {
    const v = classifyInvitee(`someone@${domain}`, ctx);
    expect(v.kind).toBe('lookalike');
    expect(v.lookalikeOf).toBe(of);
    expect(v.lookalikeReason).toBe(reason);
    expect(closeToTrusted(domain, trusted)).toBe(of);
    expect(notTrustable(domain, trusted)).toEqual({ reason: 'lookalike', of });
  });
});

describe('ordinary domains that share a word with a trusted name', () => {
  // The rule: containing a word the trusted name also contains is not imitation; containing the whole
  // trusted name is (contosocoffee.com).
  const ordinary = ['north.com', 'windtraders.com', 'northwind.com', 'traders.com', 'initiative.io', 'init.io', 'tech.io', 'macmillan.com', 'microscope.com'];
  it.each(ordinary)('%s is not a look-alike, and may be trusted', (domain) => {
    expect(classifyInvitee(`x@${domain}`, ctx).kind).toBe('unknown');
    expect(notTrustable(domain, trusted)).toBeNull();
  });
  // Close enough that trusting them takes more than one click (closeToTrusted), but no look-alikes.
  const close: [string, string][] = [['fintech.io', 'initech.io'], ['contour.com', 'contoso.com'], ['softwindtraders.com', 'northwindtraders.com']];
  it.each(close)('%s is not a look-alike, but close to %s', (domain, of) => {
    expect(classifyInvitee(`x@${domain}`, ctx).kind).toBe('unknown');
    expect(closeToTrusted(domain, trusted)).toBe(of);
  });
  it('the whole name inside a longer one is', () => {
    expect(classifyInvitee('x@contosocoffee.com', ctx)).toMatchObject({ kind: 'lookalike', lookalikeOf: 'contoso.com', lookalikeReason: 'added-word' });
  });
});

describe('closeToTrusted: never one click from trusted', () => {
  it('names the trusted domain a domain is close to, even below the look-alike threshold', () => {
    // Two substitutions: not a look-alike of a 4- or 7-letter name, but close.
    expect(classifyInvitee('x@acid.com', ctx).kind).toBe('unknown');
    expect(closeToTrusted('acid.com', trusted)).toBe('acme.com');
    expect(classifyInvitee('x@contuxo.com', ctx).kind).toBe('unknown');
    expect(closeToTrusted('contuxo.com', trusted)).toBe('contoso.com');
    expect(notTrustable('contuxo.com', trusted)).toEqual({ reason: 'lookalike', of: 'contoso.com' });
    // A trusted name of 3+ letters anywhere inside.
    expect(closeToTrusted('theacmegroup.com', trusted)).toBe('acme.com');
  });

  it('is null for domains that resemble nothing trusted, and for the trusted organisation itself', () => {
    expect(closeToTrusted('example.org', trusted)).toBeNull();
    expect(closeToTrusted('eu.contoso.com', trusted)).toBeNull();
    expect(closeToTrusted('acme.com', [])).toBeNull();
  });

  it('checks a whole trusted list entry by entry, passing over the entry itself', () => {
    const list = ['contoso.com', 'c0ntoso.com', 'fabrikam.com'];
    expect(closeToTrusted('contoso.com', list)).toBe('c0ntoso.com');
    expect(closeToTrusted('c0ntoso.com', list)).toBe('contoso.com');
    expect(closeToTrusted('fabrikam.com', list)).toBeNull();
  });

  it('accepts what people type (case, scheme, @, IDN)', () => {
    expect(closeToTrusted('https://CONT0SO.com/x', trusted)).toBe('contoso.com');
    expect(closeToTrusted('@соntoso.com', trusted)).toBe('contoso.com');
  });
});

describe('notTrustable', () => {
  it('personal mail providers are never trustable', () => {
    for (const d of ['gmail.com', 'hotmail.co.uk', 'yahoo.co.jp', 'proton.me', 'mail.gmail.com']) expect(notTrustable(d, trusted)).toEqual({ reason: 'personal' });
  });
  it('public suffixes and non-domains are not', () => {
    expect(notTrustable('co.uk', trusted)).toEqual({ reason: 'public-suffix' });
    expect(notTrustable('github.io', trusted)).toEqual({ reason: 'public-suffix' });
    expect(notTrustable('not a domain', trusted)).toEqual({ reason: 'invalid' });
    expect(notTrustable('', trusted)).toEqual({ reason: 'invalid' });
  });
  it('a mixed-script domain is not, even imitating nothing listed', () => {
    expect(notTrustable('pаypal.com', trusted)).toEqual({ reason: 'lookalike' });
  });
  it('an ordinary domain is', () => {
    expect(notTrustable('fabrikam.com', trusted)).toBeNull();
  });
});

describe('keys and distance', () => {
  it('visual keys fold what looks the same', () => {
    expect(visualKey('c0nt0só')).toBe('contoso');
    expect(visualKey('noʀthwindtʀadėrs')).toBe(visualKey('northwindtraders'));
    expect(visualKey('con-toso')).toBe('contoso');
    expect(visualKey('1nitech')).toBe(visualKey('initech'));
  });
  it('loose keys fold weak look-alikes, with and without letter pairs', () => {
    expect(looseKey(visualKey('e0nt0s0'))).toBe(looseKey(visualKey('contoso')));
    expect(looseKey('acrnc')).toBe(looseKey('acme'));
    expect(looseKey('acrnc', false)).not.toBe(looseKey('acme', false));
  });
  const rows: [string, string, number][] = [
    ['contoso', 'contoso', 0],
    ['rnicrosoft', 'microsoft', 0], // rn reads as m
    ['northwincltraders', 'northwindtraders', 0], // cl reads as d
    ['acnne', 'acme', 1], // nn reads as m, weakly
    ['eontoso', 'contoso', 1], // c/e
    ['contosso', 'contoso', 2], // one edit
    ['cnotoso', 'contoso', 2], // a swap is one edit
    ['clntoso', 'contoso', 2], // a typo next to a letter pair is still one edit
    ['morthwimbtrabers', 'northwindtraders', 4], // four weak look-alikes
  ];
  it.each(rows)('%s ~ %s: %d half-edits', (a, b, d) => {
    expect(keyDistance(a, b, 9)).toBe(d);
    expect(keyDistance(b, a, 9)).toBe(d);
  });
  it('stops at the cap', () => {
    expect(keyDistance('abcdefgh', 'zyxwvuts', 3)).toBe(4);
  });
  it('finds a name inside a longer one', () => {
    expect(keyDistance('logincontosohr', 'contoso', 0, true)).toBe(0);
    expect(keyDistance('loginc0ntos0hr', 'contoso', 1, true)).toBe(2);
    expect(keyDistance('logineontosohr', 'contoso', 1, true)).toBe(1);
  });
});
