import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adversarialPastes } from '../../../src/shared/secrets/bench';
import { CSV_COLUMNS, csvCell, toCsv, toJson } from '../../../src/shared/log';
import { clean } from '../../../src/shared/log/report';
import type { CoachEvent } from '../../../src/shared/events';

const AT = Date.UTC(2026, 10, 25, 12, 30, 5, 7);
const ISO = '2026-11-25T12:30:05.007Z';
const base: CoachEvent = { id: 'mk1-abc', at: AT, kind: 'invite-risky', decision: 'proceeded' };

/** Minimal RFC 4180 parser, to prove the output round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['line1\r\nline2', '"line1\r\nline2"'],
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+33 1 23', "'+33 1 23"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['＝1+1', "'＝1+1"],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    ["'quoted", "'quoted"],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes only the header for an empty log', () => {
    expect(toCsv([])).toBe(CSV_COLUMNS.join(',') + '\r\n');
  });

  it('writes one CRLF-terminated row per event with ISO time', () => {
    const csv = toCsv([
      { ...base, domains: ['gmail.com', 'acme.io'], reasons: ['personal', 'unknown'], host: 'app.notion.com', pageTitle: 'Plan', pageId: 'p1', detail: 'x' },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'time,kind,decision,domains,reasons,host,page_title,page_id,detail,id',
      `${ISO},invite-risky,proceeded,gmail.com acme.io,personal unknown,app.notion.com,Plan,p1,x,mk1-abc`,
      '',
    ]);
  });

  it('leaves absent fields empty', () => {
    expect(toCsv([base]).split('\r\n')[1]).toBe(`${ISO},invite-risky,proceeded,,,,,,,mk1-abc`);
  });

  it('round-trips hostile page titles through an RFC 4180 parser', () => {
    const titles = ['Q3, plans', 'He said "no"', 'two\nlines', 'crlf\r\ninside', '=cmd|\' /C calc\'!A0', '@evil', '-1', 'ok'];
    const rows = parseCsv(toCsv(titles.map((t, i) => ({ ...base, id: `i${i}`, pageTitle: t }))));
    expect(rows).toHaveLength(titles.length + 1);
    const col = CSV_COLUMNS.indexOf('page_title');
    expect(rows.slice(1).map((r) => r[col])).toEqual(titles.map((t) => (/^[=+\-@]/.test(t) ? `'${t}` : t)));
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('neutralises formulas in every column, not only titles', () => {
    const row = parseCsv(toCsv([{ ...base, detail: '=2+2', host: '+x', domains: ['-a.com'] }]))[1];
    expect(row[CSV_COLUMNS.indexOf('detail')]).toBe("'=2+2");
    expect(row[CSV_COLUMNS.indexOf('host')]).toBe("'+x");
    expect(row[CSV_COLUMNS.indexOf('domains')]).toBe("'-a.com");
  });

  it('writes an empty time for an out-of-range date instead of throwing', () => {
    expect(toCsv([{ ...base, at: 8.64e15 + 1 }]).split('\r\n')[1].startsWith(',invite-risky')).toBe(true);
  });
});

describe('toJson', () => {
  it('is a pretty JSON array that parses back', () => {
    const events: CoachEvent[] = [base, { ...base, id: 'b', domains: ['x.com'], pageTitle: 'T "q"' }];
    const json = toJson(events);
    expect(JSON.parse(json)).toEqual(events);
    expect(json.startsWith('[\n  {\n    "id"')).toBe(true);
  });
  it('is [] for an empty log', () => {
    expect(JSON.parse(toJson([]))).toEqual([]);
  });
  it('drops properties that are not CoachEvent fields', () => {
    const json = toJson([{ ...base, password: 'hunter2' } as unknown as CoachEvent]);
    expect(json).not.toContain('hunter2');
    expect(JSON.parse(json)).toEqual([base]);
  });
});

describe('report: addresses masked in one pass', () => {
  // What the report did before, one regex (reference only: it read every "@"-less run once per character).
  const OLD = /[^\s@<>()"',;:]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
  const titleOf = (title: string): string => `Page title: ${clean(title)}`;

  it('the same text as before (3,000 generated titles)', () => {
    const title = fc.string({ unit: fc.constantFrom(...'ab0.-_@ <>,;:"\'()Ａé\u00a0\u3000'), maxLength: 80 });
    fc.assert(
      fc.property(title, (t) => {
        expect(titleOf(`<${t}>`)).toBe(`Page title: <${t.replace(OLD, '…@$1')}>`);
      }),
      { numRuns: 3_000, seed: 31 },
    );
  });

  it.each(['a@b. repeated', '@a. repeated', 'a@ repeated', 'addresses without end', 'local part runs', 'one 1 MB token', 'run of "@"', 'run of "."', 'mix of prefixes and separators #1'])(
    '1 MB of %s in < 150 ms',
    (label) => {
      const text = adversarialPastes().find((p) => p.label === label)?.make() ?? '';
      expect(text).not.toBe('');
      let best = Infinity;
      for (let i = 0; i < 2; i++) {
        const t0 = performance.now();
        titleOf(text);
        best = Math.min(best, performance.now() - t0);
      }
      expect(best).toBeLessThan(150);
    },
  );
});
