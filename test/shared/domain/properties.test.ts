// Property tests: 100,000 single strings (30k ASCII, 30k full Unicode, 10k graphemes, 10k e-mail
// addresses, 20k near-miss domains) plus 6,000 pasted lists of up to 12 pieces, and megabyte
// pastes against the clock.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyInvitee,
  classifyInvitees,
  MAX_INVITEES,
  splitInvitees,
  type InviteeVerdict,
  type TrustContext,
} from '../../../src/shared/domain/classify';

const ctx: TrustContext = {
  ownDomains: ['acme.com'],
  trustedDomains: ['contoso.com', 'apple.com', 'microsoft.com', 'xn--bcher-kva.de', 'x.notion.site'],
  existingAccess: ['jane@gmail.com', 'bob@partner.io'],
};
const KINDS = new Set(['trusted', 'personal', 'unknown', 'lookalike', 'invalid']);
const TRUSTED_HOSTS = ['acme.com', ...ctx.trustedDomains];

/** A cheap assertion for the hot loops (vitest's expect costs ~20 µs a call). */
function check(ok: boolean, what: string, value: unknown): void {
  if (!ok) throw new Error(`${what}: ${JSON.stringify(value)}`);
}
const sameVerdict = (a: InviteeVerdict, b: InviteeVerdict): boolean =>
  isDeepStrictEqual({ ...a, input: '' }, { ...b, input: '' });

/** Checks the invariants every verdict must hold, and returns it for further checks. */
function checked(raw: string): InviteeVerdict {
  const v = classifyInvitee(raw, ctx);
  check(isDeepStrictEqual(classifyInvitee(raw, ctx), v), 'deterministic', raw);
  check(KINDS.has(v.kind), 'kind', v);
  check(v.input === raw.trim().slice(0, 200), 'input kept', v);
  if (v.kind === 'invalid') {
    check(v.email === undefined && v.domain === undefined && v.lookalikeReason === undefined, 'invalid is bare', v);
    return v;
  }
  const { email = '', domain = '' } = v;
  check(/^[a-z0-9.-]+$/.test(domain), 'ascii domain', v);
  check(email.endsWith(`@${domain}`) && email === email.toLowerCase(), 'email', v);
  check(v.unicodeDomain === undefined || (v.unicodeDomain !== domain && domain.includes('xn--')), 'unicodeDomain', v);
  check((v.kind === 'lookalike') === (v.lookalikeReason !== undefined), 'reason iff lookalike', v);
  check(v.kind === 'lookalike' || v.lookalikeOf === undefined, 'lookalikeOf only on lookalikes', v);
  if (TRUSTED_HOSTS.some((h) => domain === h || domain.endsWith(`.${h}`))) check(v.kind === 'trusted', 'trusted domain', v);
  // Normalising is idempotent: the normalised address (punycode domain) gets the same verdict.
  check(sameVerdict(classifyInvitee(email, ctx), v), 'idempotent', v);
  return v;
}

// Near-miss domains built from the trusted names: typos, digits, confusables, accents, other suffixes.
const POOL = [...'abcdefghijklmnopqrstuvwxyz0123456789-', ...'аеорсхіѕԁӏοναéüıø', 'rn'];
const mutated = fc
  .tuple(
    fc.constantFrom('acme', 'contoso', 'apple', 'microsoft', 'bücher', 'gmail', 'hotmail'),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace', 'swap'), fc.constantFrom(...POOL)), { maxLength: 2 }),
  )
  .map(([name, edits]) => {
    let s = [...name];
    for (const [at, op, ch] of edits) {
      const i = at % (s.length + 1);
      if (op === 'insert') s.splice(i, 0, ch);
      else if (op === 'delete') s.splice(i, 1);
      else if (op === 'replace') s[i] = ch;
      else if (i + 1 < s.length) [s[i], s[i + 1]] = [s[i + 1], s[i]];
    }
    s = s.filter((c) => c !== undefined);
    return s.join('');
  });
const nearMiss = fc
  .tuple(
    fc.constantFrom('x', 'John.Doe', 'jane+tag', 'bob'),
    fc.constantFrom('', 'eu.', 'mail.', 'acme.com.', 'acme-com.', 'аррӏе.'),
    mutated,
    fc.constantFrom('com', 'co', 'com.au', 'co.uk', 'net', 'io', 'notion.site', 'evil.io', 'рф', 'xn--p1ai', 'de', 'fr'),
    fc.constantFrom('plain', 'name', 'quoted', 'mailto', 'upper', 'dot', 'fullwidth'),
  )
  .map(([local, sub, name, suffix, wrap]) => {
    const addr = `${local}@${sub}${name}.${suffix}`;
    switch (wrap) {
      case 'name':
        return `John Doe <${addr}>`;
      case 'quoted':
        return `"Doe, John" <${addr}>`;
      case 'mailto':
        return `mailto:${addr}`;
      case 'upper':
        return addr.toUpperCase();
      case 'dot':
        return `${addr}.`;
      case 'fullwidth':
        return addr.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      default:
        return addr;
    }
  });

// Each property takes 0.3–3.5 s on a quiet 2-core machine; the timeout leaves room for a busy one.
const SLOW = { timeout: 20_000 };

describe('classifyInvitee properties', () => {
  it('ASCII strings: never throws, deterministic, invariants hold', SLOW, () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => void checked(s)), { numRuns: 30_000 });
  });

  it('full Unicode strings', SLOW, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => void checked(s)), { numRuns: 30_000 });
  });

  it('grapheme strings with an @ somewhere', SLOW, () => {
    const arb = fc.tuple(fc.string({ unit: 'grapheme', maxLength: 15 }), fc.string({ unit: 'grapheme', maxLength: 25 }));
    fc.assert(fc.property(arb, ([a, b]) => void checked(`${a}@${b}`)), { numRuns: 10_000 });
  });

  it('e-mail addresses are always valid and wrapping them does not change the verdict', SLOW, () => {
    fc.assert(
      fc.property(fc.emailAddress(), (e) => {
        const v = checked(e);
        if (e.length > 254) return;
        check(v.kind !== 'invalid', 'valid', e);
        check(sameVerdict(classifyInvitee(`Some One <${e.toUpperCase()}.>`, ctx), v), 'wrapped', e);
      }),
      { numRuns: 10_000 },
    );
  });

  it('near-miss domains: Unicode and punycode forms reach the same verdict', SLOW, () => {
    fc.assert(
      fc.property(nearMiss, (s) => {
        const v = checked(s);
        if (v.kind === 'trusted' || v.kind === 'invalid') return;
        // Whatever is not trusted is not under a trusted domain, whatever form it arrives in.
        check(!TRUSTED_HOSTS.some((h) => v.domain === h || v.domain?.endsWith(`.${h}`)), 'not trusted', v);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('list properties', () => {
  const piece = fc.oneof(fc.emailAddress(), nearMiss, fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));
  const sep = fc.constantFrom(', ', ';', '\n', ' ', '\t', '，', '、', ',\r\n');
  const list = fc.array(fc.tuple(piece, sep), { maxLength: 12 }).map((xs) => xs.map(([p, s]) => p + s).join(''));

  it('splitInvitees: pieces are non-empty and trimmed', SLOW, () => {
    fc.assert(
      fc.property(list, (text) => {
        for (const p of splitInvitees(text)) check(p.length > 0 && p === p.trim(), 'piece', p);
      }),
      { numRuns: 3_000 },
    );
  });

  it('classifyInvitees: deterministic, de-duplicated, capped', SLOW, () => {
    fc.assert(
      fc.property(list, (text) => {
        const out = classifyInvitees(text, ctx);
        check(isDeepStrictEqual(classifyInvitees(text, ctx), out), 'deterministic', text);
        check(out.length <= MAX_INVITEES, 'capped', text);
        const emails = out.flatMap((v) => (v.email ? [v.email] : []));
        check(new Set(emails).size === emails.length, 'de-duplicated', text);
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('megabyte pastes', () => {
  const MB = 1_000_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const cases: [string, string][] = [
    ['distinct addresses', Array.from({ length: 50_000 }, (_, i) => `user${i}@acme-${i % 97}.com`).join(', ').slice(0, MB)],
    ['one address repeated', fill('john@acme.com, ')],
    ['no separators', 'a'.repeat(MB)],
    ['one giant address', `${'a'.repeat(MB / 2)}@${'b'.repeat(MB / 2)}.com`],
    ['unclosed angles', fill('<')],
    ['unclosed quotes', fill('"')],
    ['angles and quotes', fill('"<a@b.com ')],
    ['name words only', fill('a ')],
    ['at signs only', fill('@')],
    ['CJK without separators', fill('例え')],
    ['Unicode spaces', fill('\u3000x')],
    ['full-width addresses', fill('ｊｏｈｎ＠ａｃｍｅ．ｃｏｍ，')],
    ['IDN lookalikes', fill('x@аррӏе.com ')],
    ['random', fc.sample(fc.string({ unit: 'binary', minLength: 1000, maxLength: 1000 }), { numRuns: 1000, seed: 42 }).join('')],
  ];
  it.each(cases)('%s: returns in well under a second', (_, text) => {
    const t0 = performance.now();
    const out = classifyInvitees(text, ctx);
    const ms = performance.now() - t0;
    expect(out.length).toBeLessThanOrEqual(MAX_INVITEES);
    expect(ms).toBeLessThan(500);
  });

  it('classifyInvitee on a megabyte string is invalid and quick', () => {
    const t0 = performance.now();
    expect(classifyInvitee(`${'x'.repeat(MB)}@acme.com`, ctx).kind).toBe('invalid');
    expect(performance.now() - t0).toBeLessThan(100);
  });
});
