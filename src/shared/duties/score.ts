// Hygiene score: the weighted share of KNOWN duties that are 'ok', and what it rests on. PURE.
//
//   score = floor(100 × Σ points / knownWeight), points = weight if 'ok', 0 if 'attention';
//   'unknown' duties are left out of both sums (never pretend to know).
// floor (not round) so 100 means every known duty is ok and one attention item always shows.
//
// No single number until it means something (`withheld` says why, the UI shows the counts instead):
//   - 'nothing-known': no duty is known;
//   - 'little-known': the known weight is not MORE than half of the total (SCORE_MIN_KNOWN_SHARE);
//   - 'mostly-said': less than half of the known weight was seen in Notion (SCORE_MIN_SEEN_SHARE), i.e. it
//     rests mostly on the user's own marks: "Mark as done" alone never makes the score look complete.

import type { DutyId, DutyState, DutyStatus, EvidenceSource } from './model';

export const SCORE_MIN_KNOWN_SHARE = 0.5;
export const SCORE_MIN_SEEN_SHARE = 0.5;

export interface ScoreTerm {
  id: DutyId;
  weight: number;
  status: DutyStatus;
  points: number;
  source: EvidenceSource;
}

export type ScoreWithheld = 'nothing-known' | 'little-known' | 'mostly-said';

export interface HygieneScore {
  score: number | null;
  /** Why there is no number although some duties are known. */
  withheld?: ScoreWithheld;
  formula: ScoreTerm[];
  knownWeight: number;
  totalWeight: number;
  /** Known weight resting on what SRM Coach saw in Notion / on the user's marks. */
  seenWeight: number;
  saidWeight: number;
  /** How many duties are in each status ("3 need attention · 4 OK · 6 not checked"). */
  counts: Record<DutyStatus, number>;
  /** How many of the OK duties rest on the user's word. */
  okSaid: number;
}

export function hygieneScore(states: DutyState[]): HygieneScore {
  const formula: ScoreTerm[] = states.map(({ id, weight, status, source }) => {
    const w = Number.isFinite(weight) && weight > 0 ? weight : 0;
    return { id, weight: w, status, points: status === 'ok' ? w : 0, source: status === 'unknown' ? 'none' : (source ?? 'seen') };
  });
  const sum = (terms: ScoreTerm[], f: (t: ScoreTerm) => number) => terms.reduce((n, t) => n + f(t), 0);
  const totalWeight = sum(formula, (t) => t.weight);
  const known = formula.filter((t) => t.status !== 'unknown');
  const knownWeight = sum(known, (t) => t.weight);
  const seenWeight = sum(known.filter((t) => t.source === 'seen'), (t) => t.weight);
  const saidWeight = knownWeight - seenWeight;
  const points = sum(known, (t) => t.points);
  const counts: Record<DutyStatus, number> = { attention: 0, ok: 0, unknown: 0 };
  for (const t of formula) counts[t.status]++;
  const okSaid = formula.filter((t) => t.status === 'ok' && t.source === 'said').length;
  let withheld: ScoreWithheld | undefined;
  if (knownWeight <= 0) withheld = 'nothing-known';
  else if (knownWeight <= totalWeight * SCORE_MIN_KNOWN_SHARE) withheld = 'little-known';
  else if (seenWeight < knownWeight * SCORE_MIN_SEEN_SHARE) withheld = 'mostly-said';
  const score = withheld ? null : Math.floor((100 * points) / knownWeight);
  const out: HygieneScore = { score, formula, knownWeight, totalWeight, seenWeight, saidWeight, counts, okSaid };
  if (withheld) out.withheld = withheld;
  return out;
}
