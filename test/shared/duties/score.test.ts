import { describe, expect, it } from 'vitest';
import { DUTIES, DUTY_IDS, dutyStates, hygieneScore, type DutyId, type DutyState, type DutyStatus } from '../../../src/shared/duties';
import { NOW, ev, inputs } from './helpers';

const TOTAL = DUTIES.reduce((s, d) => s + d.weight, 0);

/** All duties unknown except the given ones. */
function states(overrides: Partial<Record<DutyId, DutyStatus>>): DutyState[] {
  return dutyStates(inputs()).map((s) => ({ ...s, status: overrides[s.id] ?? 'unknown' }));
}
const w = (id: DutyId): number => DUTIES.find((d) => d.id === id)!.weight;

describe('hygieneScore', () => {
  it('is null when nothing is known', () => {
    const r = hygieneScore(dutyStates(inputs()));
    expect(r.score).toBeNull();
    expect(r.knownWeight).toBe(0);
    expect(r.totalWeight).toBe(TOTAL);
    expect(r.formula.every((t) => t.points === 0)).toBe(true);
  });

  it('is null for an empty list', () => {
    expect(hygieneScore([])).toEqual({ score: null, formula: [], knownWeight: 0, totalWeight: 0 });
  });

  it('is 100 when every duty is known ok', () => {
    const marks = Object.fromEntries(DUTY_IDS.map((id) => [id, NOW]));
    const s = dutyStates(inputs([], marks));
    expect(s.every((x) => x.status === 'ok')).toBe(true);
    expect(hygieneScore(s)).toMatchObject({ score: 100, knownWeight: TOTAL, totalWeight: TOTAL });
  });

  it('is 0 when every known duty needs attention', () => {
    const r = hygieneScore(states({ 'two-step': 'attention', backups: 'attention' }));
    expect(r.score).toBe(0);
    expect(r.knownWeight).toBe(w('two-step') + w('backups'));
  });

  it.each([
    ['one ok, one attention of equal weight', { 'two-step': 'ok', 'strong-passwords': 'attention' }, 50],
    ['ok weight 3 vs attention weight 1', { 'two-step': 'ok', 'accurate-data': 'attention' }, 75],
    ['2 of 3 equal weights → floor(66.7)', { 'two-step': 'ok', 'strong-passwords': 'ok', 'trusted-collaborators': 'attention' }, 66],
    ['ok only on a light duty', { 'accurate-data': 'ok' }, 100],
  ] as [string, Partial<Record<DutyId, DutyStatus>>, number][])('%s → %i', (_d, o, expected) => {
    expect(hygieneScore(states(o)).score).toBe(expected);
  });

  it('unknown duties do not drag the score down', () => {
    const few = hygieneScore(states({ 'two-step': 'ok' }));
    expect(few.score).toBe(100);
    expect(few.knownWeight).toBe(w('two-step'));
    expect(few.totalWeight).toBe(TOTAL);
  });

  it('never shows 100 with any attention item', () => {
    const o = Object.fromEntries(DUTY_IDS.map((id) => [id, 'ok'])) as Record<DutyId, DutyStatus>;
    o['accurate-data'] = 'attention';
    expect(hygieneScore(states(o)).score).toBeLessThan(100);
  });

  it('exposes every term of the formula in order', () => {
    const r = hygieneScore(dutyStates(inputs([ev('twofa-status', 1, 'recorded', '2fa-on'), ev('password-verdict', 1, 'shown', 'weak')])));
    expect(r.formula.map((t) => t.id)).toEqual(DUTY_IDS);
    expect(r.formula.find((t) => t.id === 'two-step')).toEqual({ id: 'two-step', weight: 3, status: 'ok', points: 3 });
    expect(r.formula.find((t) => t.id === 'strong-passwords')).toEqual({ id: 'strong-passwords', weight: 3, status: 'attention', points: 0 });
    expect(r.formula.find((t) => t.id === 'backups')).toMatchObject({ status: 'unknown', points: 0 });
    const points = r.formula.reduce((s, t) => s + t.points, 0);
    expect(r.score).toBe(Math.floor((100 * points) / r.knownWeight));
  });

  it('treats a nonsense weight as 0', () => {
    const s = states({ 'two-step': 'ok', backups: 'attention' }).map((x) => (x.id === 'backups' ? { ...x, weight: Number.NaN } : x));
    expect(hygieneScore(s)).toMatchObject({ score: 100, knownWeight: 3 });
  });
});
