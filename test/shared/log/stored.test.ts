import { describe, expect, it } from 'vitest';
import { decodeLog, encodeLog } from '../../../src/shared/log';
import type { CoachEvent } from '../../../src/shared/events';

const A: CoachEvent = { id: 'a', at: Date.UTC(2026, 10, 25), kind: 'invite-risky', decision: 'proceeded', domains: ['gmail.com'], pageTitle: 'Roadmap "Q1"\n' };
const B: CoachEvent = { id: 'b', at: Date.UTC(2026, 10, 26), kind: 'password-verdict', decision: 'recorded', detail: 'weak' };

describe('stored log format', () => {
  it('stores one string and reads back the same events', () => {
    const raw = encodeLog([A, B]);
    expect(typeof raw).toBe('string');
    expect(decodeLog(raw)).toEqual([A, B]);
    expect(decodeLog(encodeLog([]))).toEqual([]);
  });

  it('reads a log stored by an earlier build (the array itself, format 1)', () => {
    expect(decodeLog([A, B])).toEqual([A, B]);
  });

  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['broken JSON', '[{"id":"a",'],
    ['JSON that is not a list', '{"id":"a"}'],
    ['a number', 42],
    ['a megabyte of junk', 'x'.repeat(1 << 20)],
  ])('reads %s as an empty log, calmly', (_, raw) => {
    expect(decodeLog(raw)).toEqual([]);
  });

  it('drops entries that are not coaching events, keeps the rest', () => {
    expect(decodeLog(JSON.stringify([A, { id: 'x' }, 7, null, B]))).toEqual([A, B]);
    expect(decodeLog([A, 'junk', B])).toEqual([A, B]);
  });
});
