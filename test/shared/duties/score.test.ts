import { describe, expect, it } from 'vitest';
import {
  DUTIES,
  DUTY_IDS,
  dutyStates,
  hygieneScore,
  type DutyId,
  type DutyState,
  type DutyStatus,
  type EvidenceSource,
} from '../../../src/shared/duties';
import { NOW, ev, inputs } from './helpers';

const TOTAL = DUTIES.reduce((s, d) => s + d.weight, 0);
const w = (id: DutyId): number => DUTIES.find((d) => d.id === id)!.weight;

/** Every duty in `rest` (unknown unless said), the given ones as given; sources 'seen' unless named. */
function states(overrides: Partial<Record<DutyId, DutyStatus>>, rest: DutyStatus = 'unknown', said: DutyId[] = []): DutyState[] {
  return dutyStates(inputs()).map((s) => {
    const status = overrides[s.id] ?? rest;
    const source: EvidenceSource = status === 'unknown' ? 'none' : said.includes(s.id) ? 'said' : 'seen';
    return { ...s, status, source };
  });
}
const allSeen = (overrides: Partial<Record<DutyId, DutyStatus>>) => states(overrides, 'ok');

describe('hygieneScore: the number', () => {
  it('is null when nothing is known, and says so', () => {
    const r = hygieneScore(dutyStates(inputs()));
    expect(r).toMatchObject({ score: null, withheld: 'nothing-known', knownWeight: 0, totalWeight: TOTAL, counts: { attention: 0, ok: 0, unknown: 13 } });
    expect(r.formula.every((t) => t.points === 0 && t.source === 'none')).toBe(true);
  });

  it('is null for an empty list', () => {
    expect(hygieneScore([])).toMatchObject({ score: null, withheld: 'nothing-known', formula: [], knownWeight: 0, totalWeight: 0 });
  });

  it('is 100 when every duty is known OK from what SRM Coach saw', () => {
    expect(hygieneScore(allSeen({}))).toMatchObject({ score: 100, knownWeight: TOTAL, seenWeight: TOTAL, saidWeight: 0, okSaid: 0 });
  });

  it('is 0 when every duty is known and needs attention', () => {
    expect(hygieneScore(states({}, 'attention')).score).toBe(0);
  });

  it.each([
    ['2-step needs attention (3 of 25)', { 'two-step': 'attention' }, 88],
    ['2-step and backups need attention (5 of 25)', { 'two-step': 'attention', backups: 'attention' }, 80],
    ['one light duty needs attention (1 of 25) → floor(96)', { 'accurate-data': 'attention' }, 96],
  ] as [string, Partial<Record<DutyId, DutyStatus>>, number][])('%s → %i', (_d, o, expected) => {
    expect(hygieneScore(allSeen(o)).score).toBe(expected);
  });

  it('unknown duties are left out: they neither help nor hurt', () => {
    // Known: all but offboarding (2) and retention (2) → 21 of 25; attention two-step (3) → floor(100 × 18 / 21) = 85.
    const r = hygieneScore(allSeen({ offboarding: 'unknown', retention: 'unknown', 'two-step': 'attention' }));
    expect(r).toMatchObject({ score: 85, knownWeight: 21, counts: { attention: 1, ok: 10, unknown: 2 } });
  });

  it('never shows 100 with any attention item', () => {
    expect(hygieneScore(allSeen({ 'accurate-data': 'attention' })).score).toBeLessThan(100);
  });

  it('treats a nonsense weight as 0', () => {
    const s = allSeen({}).map((x) => (x.id === 'backups' ? { ...x, status: 'attention' as const, weight: Number.NaN } : x));
    expect(hygieneScore(s)).toMatchObject({ score: 100, knownWeight: TOTAL - w('backups') });
  });
});

describe('hygieneScore: no single number until most of the weight is known', () => {
  it('one duty known (2-step on, seen): counts, but no number', () => {
    const r = hygieneScore(dutyStates(inputs([ev('twofa-status', 1, 'recorded', '2fa-on')])));
    expect(r).toMatchObject({ score: null, withheld: 'little-known', knownWeight: 3, counts: { ok: 1, attention: 0, unknown: 12 } });
  });

  it('exactly at half of the weight: still no number; just over half: a number', () => {
    // A made-up catalogue of 2 + 2: half known is not "most".
    const base = states({});
    const four = base.slice(0, 4).map((s, i) => ({ ...s, weight: 2, status: (i < 2 ? 'ok' : 'unknown') as DutyStatus, source: (i < 2 ? 'seen' : 'none') as EvidenceSource }));
    expect(hygieneScore(four)).toMatchObject({ score: null, withheld: 'little-known' });
    const more = four.map((s, i) => (i === 2 ? { ...s, status: 'attention' as const, source: 'seen' as const } : s));
    expect(hygieneScore(more).score).toBe(66);
  });

  it('after a demo-like first session (a few things seen), there is no number yet, only what it rests on', () => {
    const log = [
      ev('invite-risky', 0, 'proceeded'),
      ev('password-verdict', 0, 'recorded', 'weak'),
      ev('twofa-status', 0, 'recorded', '2fa-on'),
      ev('access-reviewed', 0, 'recorded', 'people-list'),
      ev('sessions-reviewed', 0, 'recorded', 'devices-list'),
      ev('backup', 0, 'recorded', 'page'),
    ];
    const r = hygieneScore(dutyStates(inputs(log, {}, undefined, NOW)));
    // invites (3) and password (3) need attention; 2-step (3) and the export (2) are OK; People and devices only looked at.
    expect(r).toMatchObject({ score: null, withheld: 'little-known', counts: { attention: 2, ok: 2, unknown: 9 }, knownWeight: 11 });
  });
});

describe('hygieneScore: "Mark as done" alone never makes it look complete', () => {
  it('every duty marked done, nothing seen: no number, and the summary says they are the user\'s word', () => {
    const marks = Object.fromEntries(DUTY_IDS.map((id) => [id, NOW]));
    const s = dutyStates(inputs([], marks));
    expect(s.every((x) => x.status === 'ok' && x.source === 'said')).toBe(true);
    expect(hygieneScore(s)).toMatchObject({ score: null, withheld: 'mostly-said', okSaid: 13, seenWeight: 0, saidWeight: TOTAL, counts: { ok: 13 } });
  });

  it('a number appears once at least half of what is known was seen in Notion', () => {
    const said = DUTY_IDS.filter((id) => !['trusted-collaborators', 'strong-passwords', 'two-step', 'review-permissions', 'backups'].includes(id));
    // Seen: 3 + 3 + 3 + 2 + 2 = 13 of 25; said: 12 → a number.
    expect(hygieneScore(states({}, 'ok', said))).toMatchObject({ score: 100, seenWeight: 13, saidWeight: 12, okSaid: 8 });
    // One more said, one less seen: 11 seen of 25 → mostly said.
    expect(hygieneScore(states({}, 'ok', [...said, 'backups']))).toMatchObject({ score: null, withheld: 'mostly-said' });
  });

  it('exposes every term of the formula in order, with what it rests on', () => {
    const r = hygieneScore(dutyStates(inputs([ev('twofa-status', 1, 'recorded', '2fa-on'), ev('password-verdict', 1, 'shown', 'weak')], { offboarding: NOW })));
    expect(r.formula.map((t) => t.id)).toEqual(DUTY_IDS);
    expect(r.formula.find((t) => t.id === 'two-step')).toEqual({ id: 'two-step', weight: 3, status: 'ok', points: 3, source: 'seen' });
    expect(r.formula.find((t) => t.id === 'strong-passwords')).toEqual({ id: 'strong-passwords', weight: 3, status: 'attention', points: 0, source: 'seen' });
    expect(r.formula.find((t) => t.id === 'offboarding')).toEqual({ id: 'offboarding', weight: 2, status: 'ok', points: 2, source: 'said' });
    expect(r.formula.find((t) => t.id === 'backups')).toMatchObject({ status: 'unknown', points: 0, source: 'none' });
    expect(r).toMatchObject({ knownWeight: 8, seenWeight: 6, saidWeight: 2, okSaid: 1 });
  });
});
