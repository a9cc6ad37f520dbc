// Hygiene score: the weighted share of KNOWN duties that are 'ok'. PURE.
//
//   score = floor(100 × Σ points / knownWeight), points = weight if 'ok', 0 if 'attention';
//   'unknown' duties are left out of both sums (never pretend to know); null when nothing is known.
// floor (not round) so 100 means every known duty is ok and one attention item always shows.

import type { DutyId, DutyState, DutyStatus } from './model';

export interface ScoreTerm {
  id: DutyId;
  weight: number;
  status: DutyStatus;
  points: number;
}

export interface HygieneScore {
  score: number | null;
  formula: ScoreTerm[];
  knownWeight: number;
  totalWeight: number;
}

export function hygieneScore(states: DutyState[]): HygieneScore {
  const formula = states.map(({ id, weight, status }) => {
    const w = Number.isFinite(weight) && weight > 0 ? weight : 0;
    return { id, weight: w, status, points: status === 'ok' ? w : 0 };
  });
  const totalWeight = formula.reduce((sum, t) => sum + t.weight, 0);
  const known = formula.filter((t) => t.status !== 'unknown');
  const knownWeight = known.reduce((sum, t) => sum + t.weight, 0);
  const points = known.reduce((sum, t) => sum + t.points, 0);
  const score = knownWeight > 0 ? Math.floor((100 * points) / knownWeight) : null;
  return { score, formula, knownWeight, totalWeight };
}
