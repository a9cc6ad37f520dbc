import { describe, expect, it } from 'vitest';
import {
  classifyInvitee,
  classifyInvitees,
  MAX_INVITEES,
  type InviteeVerdict,
  type LookalikeReason,
  type TrustContext,
  type VerdictKind,
} from '../../../src/shared/domain/classify';

const ctx: TrustContext = {
  ownDomains: ['acme.com'],
  trustedDomains: ['contoso.com', 'apple.com', 'microsoft.com', 'xn--bcher-kva.de', 'eu.globex.com', 'x.notion.site'],
  existingAccess: ['jane@gmail.com', 'Bob@Partner.IO'],
};

type Row = [input: string, kind: VerdictKind, reason?: LookalikeReason, of?: string];

describe('classifyInvitee: kinds', () => {
  const rows: Row[] = [
    // trusted
    ['john@acme.com', 'trusted'],
    ['x@eu.acme.com', 'trusted'],
    ['x@deep.eu.acme.com', 'trusted'],
    ['ｊｏｈｎ＠ａｃｍｅ．ｃｏｍ', 'trusted'],
    ['John Doe <JOHN@ACME.COM.>', 'trusted'],
    ['"Doe, Jane" <jane@acme.com>', 'trusted'],
    ['mailto:Bob@Acme.com?subject=hi', 'trusted'],
    ['<mailto:bob@acme.com>', 'trusted'],
    ['x@acme。com', 'trusted'],
    ['x@contoso.com', 'trusted'],
    ['x@eu.globex.com', 'trusted'],
    ['x@xn--bcher-kva.de', 'trusted'],
    ['x@bücher.de', 'trusted'],
    ['x@x.notion.site', 'trusted'],
    ['jane@gmail.com', 'trusted'], // already has access
    ['Jane+notion@GMAIL.com', 'trusted'], // compared without its +tag
    ['bob@partner.io', 'trusted'],
    // personal
    ['someone@gmail.com', 'personal'],
    ['jane.doe@googlemail.com', 'personal'],
    ['x@hotmail.co.uk', 'personal'],
    ['x@hotmail.fr', 'personal'],
    ['x@yahoo.co.jp', 'personal'],
    ['x@gmx.de', 'personal'],
    ['x@proton.me', 'personal'],
    ['x@mail.ru', 'personal'],
    ['x@163.com', 'personal'],
    ['janet@gmail.com', 'personal'], // not jane
    // unknown
    ['x@us.globex.com', 'unknown'], // same organisation as eu.globex.com, but not listed
    ['x@globex.com', 'unknown'],
    ['x@y.notion.site', 'unknown'], // private suffix: y.notion.site is its own registrable domain
    ['x@x.com', 'unknown'], // trusting x.notion.site says nothing about x.com
    ['x@münchen.de', 'unknown'], // single-script IDN resembling nothing trusted
    ['x@xn--mnchen-3ya.de', 'unknown'],
    ['x@例え.jp', 'unknown'],
    ['x@コーヒー.jp', 'unknown'], // ー is a shared character, not a second script
    ['x@пример.рф', 'unknown'],
    ['x@partner.io', 'unknown'], // only bob@ has access
    ['x@co.uk', 'unknown'],
    // invalid
    ['foo', 'invalid'],
    ['a@b', 'invalid'],
    ['@acme.com', 'invalid'],
    ['john@', 'invalid'],
    ['john doe@acme.com', 'invalid'],
    ['jöhn@acme.com', 'invalid'],
    ['john@acme..com', 'invalid'],
    ['john@-acme.com', 'invalid'],
    ['john@acme.com/path', 'invalid'],
    ['john@acme.com:8080', 'invalid'],
    ['john@1.2.3.4', 'invalid'],
    ['john@[1.2.3.4]', 'invalid'],
    ['john@xn--zz.com', 'invalid'],
    ['john@ac%6De.com', 'invalid'],
    ['', 'invalid'],
    ['   ', 'invalid'],
    ['\ud800@acme.com', 'invalid'], // lone surrogates
    ['x@\udc00acme.com', 'invalid'],
    ['x@acme.com\u0000', 'invalid'],
  ];
  it.each(rows)('%s → %s', (input, kind) => {
    expect(classifyInvitee(input, ctx).kind).toBe(kind);
  });
});

describe('classifyInvitee: lookalikes', () => {
  const rows: Row[] = [
    ['x@contosso.com', 'lookalike', 'edit-distance', 'contoso.com'],
    ['x@amce.com', 'lookalike', 'edit-distance', 'acme.com'], // 4 letters: one edit is enough
    ['x@acmee.com', 'lookalike', 'edit-distance', 'acme.com'],
    ['x@notacme.com', 'lookalike', 'added-word', 'acme.com'], // contains the whole name
    ['x@acmecommunity.com', 'lookalike', 'added-word', 'acme.com'],
    ['x@cnotoso.com', 'lookalike', 'edit-distance', 'contoso.com'],
    ['x@buchen.de', 'lookalike', 'edit-distance', 'xn--bcher-kva.de'], // near the skeleton of bücher
    ['x@contoso.net', 'lookalike', 'tld-swap', 'contoso.com'],
    ['x@acme.co', 'lookalike', 'tld-swap', 'acme.com'],
    ['x@acme.com.au', 'lookalike', 'tld-swap', 'acme.com'],
    ['x@acme.community', 'lookalike', 'tld-swap', 'acme.com'],
    ['x@mail.acme.co.uk', 'lookalike', 'tld-swap', 'acme.com'],
    ['x@acme.github.io', 'lookalike', 'tld-swap', 'acme.com'],
    ['x@con-toso.com', 'lookalike', 'hyphen', 'contoso.com'],
    ['x@acmes.com', 'lookalike', 'plural', 'acme.com'],
    ['x@contosos.com', 'lookalike', 'plural', 'contoso.com'],
    ['x@c0ntoso.com', 'lookalike', 'digit-swap', 'contoso.com'],
    ['x@4cme.com', 'lookalike', 'digit-swap', 'acme.com'],
    ['x@rnicrosoft.com', 'lookalike', 'digit-swap', 'microsoft.com'],
    ['x@micr0s0ft.com', 'lookalike', 'digit-swap', 'microsoft.com'],
    ['x@acme.com.evil.io', 'lookalike', 'embedded', 'acme.com'],
    ['x@acme-com.evil.io', 'lookalike', 'embedded', 'acme.com'],
    ['x@login-acme-com.evil.io', 'lookalike', 'embedded', 'acme.com'],
    ['x@acmecom.net', 'lookalike', 'embedded', 'acme.com'],
    ['x@xn--80ak6aa92e.com', 'lookalike', 'confusable', 'apple.com'], // Cyrillic аррӏе
    ['x@аррӏе.com', 'lookalike', 'confusable', 'apple.com'],
    ['x@аcme.com', 'lookalike', 'confusable', 'acme.com'], // Cyrillic а + Latin cme
    ['x@ácme.com', 'lookalike', 'confusable', 'acme.com'],
    ['x@bucher.de', 'lookalike', 'confusable', 'xn--bcher-kva.de'], // ASCII twin of a trusted IDN
    ['x@аcmes.com', 'lookalike', 'mixed-script', 'acme.com'], // mixed, one edit from acme
    ['x@pаypal.com', 'lookalike', 'mixed-script'], // mixed, imitates nothing trusted
    ['x@gοοgle.com', 'lookalike', 'mixed-script'], // Greek omicrons
    ['x@аррӏе.evil.io', 'lookalike', 'punycode', 'apple.com'], // Cyrillic subdomain label
    ['x@соntoso.com', 'lookalike', 'confusable', 'contoso.com'],
    ['x@аррӏеѕ.com', 'lookalike', 'punycode', 'apple.com'], // pure Cyrillic (ѕ is DZE), one edit from apple
  ];
  it.each(rows)('%s → %s (%s of %s)', (input, kind, reason, of) => {
    const v = classifyInvitee(input, ctx);
    expect(v.kind).toBe(kind);
    expect(v.lookalikeReason).toBe(reason);
    expect(v.lookalikeOf).toBe(of);
  });

  it('checks lookalikes before existing access, so a lookalike is never trusted', () => {
    const v = classifyInvitee('jane@acme.co', { ...ctx, existingAccess: ['jane@acme.co'] });
    expect(v.kind).toBe('lookalike');
  });

  it('trusts an explicitly trusted domain even when it resembles another one', () => {
    expect(classifyInvitee('x@acme.co', { ...ctx, trustedDomains: ['acme.co'] }).kind).toBe('trusted');
  });

  it('ignores trusted entries that are bare public suffixes', () => {
    const c: TrustContext = { ownDomains: [], trustedDomains: ['co.uk', 'notion.site', 'github.io'] };
    expect(classifyInvitee('x@evil.co.uk', c).kind).toBe('unknown');
    expect(classifyInvitee('x@evil.notion.site', c).kind).toBe('unknown');
  });

  it('finds no lookalike without own or trusted domains', () => {
    expect(classifyInvitee('x@xn--80ak6aa92e.com', { ownDomains: [], trustedDomains: [] }).kind).toBe('unknown');
    expect(classifyInvitee('x@pаypal.com', { ownDomains: [], trustedDomains: [] }).kind).toBe('unknown');
  });
});

describe('classifyInvitee: fields', () => {
  it('fills the normalised fields', () => {
    expect(classifyInvitee('  John <John.Doe+notion@Mail.ACME.co.uk.>  ', { ownDomains: ['acme.co.uk'], trustedDomains: [] })).toEqual({
      input: 'John <John.Doe+notion@Mail.ACME.co.uk.>',
      email: 'john.doe+notion@mail.acme.co.uk',
      domain: 'mail.acme.co.uk',
      registrable: 'acme.co.uk',
      kind: 'trusted',
    } satisfies InviteeVerdict);
  });

  it('gives punycode and Unicode forms the same verdict and shows both', () => {
    const a = classifyInvitee('x@аррӏе.com', ctx);
    const b = classifyInvitee('x@xn--80ak6aa92e.com', ctx);
    expect({ ...a, input: '' }).toEqual({ ...b, input: '' });
    expect(b.domain).toBe('xn--80ak6aa92e.com');
    expect(b.unicodeDomain).toBe('аррӏе.com');
    expect(classifyInvitee('x@acme.com', ctx).unicodeDomain).toBeUndefined();
  });

  it('keeps at most 200 characters of the input', () => {
    expect(classifyInvitee(`${'a'.repeat(300)}@acme.com`, ctx).input).toHaveLength(200);
  });

  it('is calm on values that are not strings', () => {
    expect(classifyInvitee(undefined as unknown as string, ctx)).toEqual({ input: '', kind: 'invalid' });
    expect(classifyInvitee('x@acme.com', { ownDomains: [1, null], trustedDomains: 'acme.com' } as unknown as TrustContext).kind).toBe(
      'unknown',
    );
  });
});

describe('classifyInvitees', () => {
  it('returns [] for empty input', () => {
    expect(classifyInvitees('', ctx)).toEqual([]);
    expect(classifyInvitees(' \n ,; ', ctx)).toEqual([]);
  });

  it('classifies a pasted list of 5 with mixed separators', () => {
    const text = 'john@acme.com, someone@gmail.com;x@contosso.com\n"Doe, Jane" <jane@partner.io>\t foo';
    expect(classifyInvitees(text, ctx).map((v) => [v.email ?? v.input, v.kind])).toEqual([
      ['john@acme.com', 'trusted'],
      ['someone@gmail.com', 'personal'],
      ['x@contosso.com', 'lookalike'],
      ['jane@partner.io', 'unknown'],
      ['foo', 'invalid'],
    ]);
  });

  it('de-duplicates by normalised email, keeping the first', () => {
    const out = classifyInvitees('John@Acme.com john@acme.com. <JOHN@ACME.COM> ｊｏｈｎ＠ａｃｍｅ．ｃｏｍ john+x@acme.com foo foo', ctx);
    expect(out.map((v) => v.email ?? v.input)).toEqual(['john@acme.com', 'john+x@acme.com', 'foo foo']);
    expect(out[0].input).toBe('John@Acme.com');
  });

  it(`stops at ${MAX_INVITEES} invitees`, () => {
    const text = Array.from({ length: 800 }, (_, i) => `user${i}@acme.com`).join(', ');
    const out = classifyInvitees(text, ctx);
    expect(out).toHaveLength(MAX_INVITEES);
    expect(out[MAX_INVITEES - 1].email).toBe(`user${MAX_INVITEES - 1}@acme.com`);
  });
});

describe('reviewTrustedList (the options page, before saving)', () => {
  it('refuses personal mail and public suffixes; flags a look-alike of an own or listed domain', async () => {
    const { reviewTrustedList } = await import('../../../src/shared/domain/classify');
    const r = reviewTrustedList(['partner.org', 'gmail.com', 'co.uk', 'c0nt0so.com', 'yahoo.com'], ['contoso.com']);
    expect(r.refused).toEqual([
      { domain: 'gmail.com', reason: 'personal' },
      { domain: 'co.uk', reason: 'public-suffix' },
      { domain: 'yahoo.com', reason: 'personal' },
    ]);
    expect(r.lookalikes).toEqual([{ domain: 'c0nt0so.com', of: 'contoso.com' }]);
  });
  it('an ordinary list passes', async () => {
    const { reviewTrustedList } = await import('../../../src/shared/domain/classify');
    expect(reviewTrustedList(['partner.org', 'vendor.io', 'example.net'], ['acme.com'])).toEqual({ refused: [], lookalikes: [] });
  });
});
