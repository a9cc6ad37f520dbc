import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PIECES, MAX_TEXT, parseAddress, PLAIN_HOST, splitInvitees } from '../../../src/shared/domain/parse';
import { normaliseDomain } from '../../../src/shared/settings/domains';

describe('splitInvitees', () => {
  const rows: [string, string[]][] = [
    ['', []],
    [' \n\t,;, ', []],
    ['a@x.com', ['a@x.com']],
    ['a@x.com, b@y.com; c@z.com\nd@w.com\te@v.com', ['a@x.com', 'b@y.com', 'c@z.com', 'd@w.com', 'e@v.com']],
    ['a@x.com b@y.com\r\nc@z.com', ['a@x.com', 'b@y.com', 'c@z.com']],
    ['John Doe <john@acme.com>', ['John Doe <john@acme.com>']],
    ['John Doe <john@acme.com>, Jane <jane@acme.com>', ['John Doe <john@acme.com>', 'Jane <jane@acme.com>']],
    ['John Doe <john@acme.com> Jane <jane@acme.com>', ['John Doe <john@acme.com>', 'Jane <jane@acme.com>']],
    ['"Doe, Jane" <jane@x.com>, bob@y.com', ['"Doe, Jane" <jane@x.com>', 'bob@y.com']],
    ['“Doe, Jane” <jane@x.com>', ['“Doe, Jane” <jane@x.com>']],
    ['"john@acme.com" <john@acme.com>', ['"john@acme.com" <john@acme.com>']],
    ['a@x.com John <john@acme.com>', ['a@x.com', 'John <john@acme.com>']],
    ['John<john@acme.com>', ['John<john@acme.com>']],
    ['< john@acme.com >', ['< john@acme.com >']],
    ['ｊｏｈｎ＠ａｃｍｅ．ｃｏｍ，ｂ＠ｘ．ｃｏｍ', ['ｊｏｈｎ＠ａｃｍｅ．ｃｏｍ', 'ｂ＠ｘ．ｃｏｍ']],
    ['a@x.com\u3000b@y.com、c@z.com', ['a@x.com', 'b@y.com', 'c@z.com']],
    ['foo', ['foo']],
    ['Team @ Acme <team@acme.com>, x@y.com', ['Team @ Acme <team@acme.com>', 'x@y.com']],
    ['please add a@x.com and b@y.com', ['please add', 'a@x.com', 'and', 'b@y.com']],
    ['"unclosed, a@x.com', ['"unclosed', 'a@x.com']],
    ['<unclosed a@x.com', ['<unclosed', 'a@x.com']],
    ['"Doe\nJane" <j@x.com>', ['"Doe', 'Jane" <j@x.com>']],
  ];
  it.each(rows)('%j', (text, pieces) => {
    expect(splitInvitees(text)).toEqual(pieces);
  });

  it(`stops after ${MAX_PIECES} pieces`, () => {
    expect(splitInvitees('a@x.com '.repeat(MAX_PIECES + 10))).toHaveLength(MAX_PIECES);
  });

  it('cuts over-long text at a separator, never inside an address', () => {
    const unit = 'someone@example.com, ';
    const text = unit.repeat(Math.ceil((MAX_TEXT + 1000) / unit.length));
    const pieces = splitInvitees(`${'x '.repeat(MAX_TEXT / 2 - 5)} ${text}`);
    expect(pieces.every((p) => p === 'someone@example.com' || /^[x ]+$/.test(p))).toBe(true);
  });
});

describe('parseAddress', () => {
  const rows: [string, string | undefined][] = [
    ['john@acme.com', 'john@acme.com'],
    ['JOHN@ACME.COM', 'john@acme.com'],
    ['john@acme.com.', 'john@acme.com'],
    ['john@acme.com..', 'john@acme.com'],
    ['John Doe <john@acme.com>', 'john@acme.com'],
    ['"Doe, John" <john@acme.com>', 'john@acme.com'],
    ['mailto:john@acme.com', 'john@acme.com'],
    ['MAILTO:john@acme.com?cc=x@y.com', 'john@acme.com'],
    ['(john@acme.com)', 'john@acme.com'],
    ['john@acme.com,', 'john@acme.com'],
    ['ｊｏｈｎ＠ａｃｍｅ．ｃｏｍ', 'john@acme.com'],
    ['john@bücher.de', 'john@xn--bcher-kva.de'],
    ['john@BÜCHER.de', 'john@xn--bcher-kva.de'],
    ["o'brien+tag@acme.com", "o'brien+tag@acme.com"],
    ['a@b', undefined],
    ['a@b.123', undefined],
    ['a@@b.com', undefined],
    ['a@b.com@c.com', undefined],
    ['a b@c.com', undefined],
    ['a@b c.com', undefined],
    ['a@b_c.com', undefined],
    ['a@*.acme.com', undefined],
    ['a@http://acme.com', undefined],
    [`${'a'.repeat(65)}@acme.com`, undefined],
    [`a@${'b'.repeat(64)}.com`, undefined],
    ['x'.repeat(2000), undefined],
  ];
  it.each(rows)('%s → %s', (raw, email) => {
    expect(parseAddress(raw)?.email).toBe(email);
  });

  it('derives the comparison key without the +tag, and the registrable parts', () => {
    expect(parseAddress('Jane+Notion@Mail.Acme.co.uk')).toEqual({
      email: 'jane+notion@mail.acme.co.uk',
      key: 'jane@mail.acme.co.uk',
      domain: 'mail.acme.co.uk',
      unicodeDomain: 'mail.acme.co.uk',
      registrable: 'acme.co.uk',
      name: 'acme',
      suffix: 'co.uk',
    });
    expect(parseAddress('+x@acme.com')?.key).toBe('+x@acme.com');
  });

  it('treats notion.site as a private suffix', () => {
    expect(parseAddress('a@team.x.notion.site')).toMatchObject({ registrable: 'x.notion.site', name: 'x', suffix: 'notion.site', privateSuffix: true });
  });
});

describe('PLAIN_HOST (parseAddress skips the URL parse for these)', () => {
  it('matches only hosts normaliseDomain returns unchanged', () => {
    const alphabet = [...'abcxz09-.', 'xn--', '0x', '..'];
    const arb = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(arb, (host) => {
        if (PLAIN_HOST.test(host) && !host.includes('xn--')) expect(normaliseDomain(host)).toBe(host);
      }),
      { numRuns: 20_000 },
    );
    for (const host of ['acme.com', 'a.b.c', 'x-1.y2.io', `${'a'.repeat(63)}.com`, 'ab--cd.com', '1.2.3.com'])
      expect([PLAIN_HOST.test(host), normaliseDomain(host)]).toEqual([true, host]);
    for (const host of ['1.2.3.4', 'a.0x1f', 'a.123', '-a.com', 'a-.com', 'a..com', 'acme.com.', `${'a'.repeat(64)}.com`, 'com'])
      expect(PLAIN_HOST.test(host)).toBe(false);
  });
});
