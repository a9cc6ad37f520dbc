// Bidi and invisible characters never reach what SRM Coach shows or exports.
import { describe, expect, it } from 'vitest';
import { cleanText, hasInvisible } from '../../src/shared/text';
import { boundEvent, isCoachEvent, MAX_EVENT_DOMAINS, type CoachEvent } from '../../src/shared/events';
import { decodeLog, encodeLog } from '../../src/shared/log/stored';
import { csvCell, toCsv } from '../../src/shared/log/export';
import { buildReport } from '../../src/shared/log/report';
import { ENGLISH } from './log/words';

const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];

describe('cleanText', () => {
  it('removes every bidi control and invisible character', () => {
    for (const c of [...BIDI, '\u200B', '\u2060', '\uFEFF', '\u00AD', '\u0007', '\u009B']) {
      expect(cleanText(`Road${c}map`)).toBe('Roadmap');
      expect(hasInvisible(`a${c}b`)).toBe(true);
    }
  });
  it('a right-to-left override cannot reorder a title', () => {
    expect(cleanText('Invoice \u202Efdp.exe')).toBe('Invoice fdp.exe');
  });
  it('keeps Arabic, Hebrew, emoji sequences with ZWJ, and CJK', () => {
    for (const s of ['خطة الربع', 'תוכנית', '👩‍💻 Team', '로드맵', '路线图']) expect(cleanText(s)).toBe(s);
    expect(hasInvisible('plain title')).toBe(false);
  });
  it('turns tabs and newlines into spaces', () => {
    expect(cleanText('a\tb\nc\r')).toBe('a b c ');
  });
});

describe('events are bounded and clean where they are made', () => {
  const base: CoachEvent = { id: 'x-1', at: 1, kind: 'invite-risky', decision: 'shown' };
  it('an invite naming more than 50 domains becomes a valid event with the first 50', () => {
    const domains = Array.from({ length: 120 }, (_, i) => `d${i}.example`);
    const raw = { ...base, domains, reasons: domains.map(() => 'unknown') };
    expect(isCoachEvent(raw)).toBe(false);
    const e = boundEvent(raw);
    expect(isCoachEvent(e)).toBe(true);
    expect(e.domains).toHaveLength(MAX_EVENT_DOMAINS);
    expect(e.domains![0]).toBe('d0.example');
  });
  it('long titles are cut and bidi removed', () => {
    const e = boundEvent({ ...base, pageTitle: `\u202E${'x'.repeat(1000)}`, detail: 'd'.repeat(500) });
    expect(isCoachEvent(e)).toBe(true);
    expect(e.pageTitle).toBe('x'.repeat(300));
    expect(e.detail).toHaveLength(200);
  });
  it('stored events from earlier builds are cleaned when read; the log, CSV and report show no bidi', () => {
    const stored = encodeLog([{ ...base, pageTitle: 'Pay\u202Eroll\u2066', domains: ['a\u200Fb.com'] }]);
    const [e] = decodeLog(stored);
    expect(e!.pageTitle).toBe('Payroll');
    expect(e!.domains).toEqual(['ab.com']);
    expect(csvCell('x\u202Ey')).toBe('xy');
    const csv = toCsv([{ ...base, pageTitle: '\u2067evil' }]);
    for (const c of BIDI) expect(csv).not.toContain(c);
    const r = buildReport({ ...base, pageTitle: 'a\u202Eb' }, ENGLISH, { version: '1' });
    const report = r.subject + r.body;
    for (const c of BIDI) expect(report).not.toContain(c);
  });
});
