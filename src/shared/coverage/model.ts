// Coverage: when each coaching surface was last recognised, and whether an action that should have opened
// it was seen while it was not recognised ("blind"). Only counts, times and cue names (which selector
// alternative or trigger matched): never page content. Stored by the background under one storage.local
// key (COVERAGE_KEY), bounded in size. PURE.
import { isNotionHost, isPublishedHost } from '../notion-hosts';
import { SURFACES, isSurfaceId, type SurfaceId } from './surfaces';

export interface SurfaceRecord {
  /** Last time the surface was recognised. */
  seenAt?: number;
  /** Recognitions counted (capped). */
  seen: number;
  /** Misses since the last recognition (0 once it is recognised again). */
  misses: number;
  /** First and last miss since the last recognition. */
  missSince?: number;
  missAt?: number;
  /** Which cue recognised it, and which trigger expected it when it was missed: cue → count. */
  cues: Record<string, number>;
  missCues: Record<string, number>;
}

export interface CoverageState {
  v: 1;
  surfaces: Partial<Record<SurfaceId, SurfaceRecord>>;
  /** Detector errors counted by the content runtime, "feature:where" → count. */
  errors: Record<string, number>;
  errorAt?: number;
  /** The Notion host and UI language last reported (a published *.notion.site host is not kept). */
  host?: string;
  lang?: string;
}

/** One batch from a content script: what it recognised and missed since its last report. */
export interface CoverageReport {
  entries: ReportEntry[];
  /** New detector errors since the last report, "feature:where" → count. */
  errors: Record<string, number>;
  host: string;
  lang: string;
}
export interface ReportEntry {
  s: SurfaceId;
  miss: boolean;
  cue: string;
  n: number;
  first: number;
  last: number;
}

export const MAX_CUES = 8;
export const MAX_ERROR_KEYS = 24;
export const MAX_ENTRIES = 64;
const MAX_COUNT = 1e9;
const CUE = /^[A-Za-z0-9][A-Za-z0-9#:+._-]{0,59}$/;
const ERROR_KEY = /^[a-z0-9-]{1,40}:[A-Za-z0-9-]{1,24}$/;
const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/;

export const emptyCoverage = (): CoverageState => ({ v: 1, surfaces: {}, errors: {} });

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;

/** Only Notion's app hosts are named; a published page's host (it names a workspace) is not. */
export function cleanHost(host: unknown): string | undefined {
  if (typeof host !== 'string') return undefined;
  if (isNotionHost(host)) return host;
  return isPublishedHost(host) ? '*.notion.site' : undefined;
}

export function cleanLang(lang: unknown): string | undefined {
  return typeof lang === 'string' && LANG.test(lang) ? lang : undefined;
}

export const isCue = (v: unknown): v is string => typeof v === 'string' && CUE.test(v);

function cleanCounts(raw: unknown, key: (k: string) => boolean, max: number): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isObj(raw)) return out;
  for (const [k, v] of Object.entries(raw)) {
    if (Object.keys(out).length >= max) break;
    if (key(k) && isCount(v)) out[k] = v;
  }
  return out;
}

/** Guard for the content script's message: refuses anything not exactly a bounded report. */
export function isCoverageReport(v: unknown): v is CoverageReport {
  if (!isObj(v) || !Array.isArray(v.entries) || v.entries.length > MAX_ENTRIES || !isObj(v.errors)) return false;
  if (typeof v.host !== 'string' || v.host.length > 253 || typeof v.lang !== 'string' || v.lang.length > 35) return false;
  const errs = Object.entries(v.errors);
  if (errs.length > MAX_ERROR_KEYS || errs.some(([k, n]) => !ERROR_KEY.test(k) || !isCount(n))) return false;
  return v.entries.every(
    (e: unknown) =>
      isObj(e) && isSurfaceId(e.s) && typeof e.miss === 'boolean' && isCue(e.cue) && isCount(e.n) && e.n > 0 && isTime(e.first) && isTime(e.last) && e.first <= e.last,
  );
}

/** A stored state, cleaned (unknown surfaces, bad cues and counts dropped); anything else reads as empty. */
export function readCoverage(raw: unknown): CoverageState {
  const state = emptyCoverage();
  if (!isObj(raw) || raw.v !== 1) return state;
  if (isObj(raw.surfaces)) {
    for (const s of SURFACES) {
      const r = raw.surfaces[s];
      if (!isObj(r)) continue;
      const rec: SurfaceRecord = {
        seen: isCount(r.seen) ? r.seen : 0,
        misses: isCount(r.misses) ? r.misses : 0,
        cues: cleanCounts(r.cues, isCue, MAX_CUES),
        missCues: cleanCounts(r.missCues, isCue, MAX_CUES),
      };
      if (isTime(r.seenAt)) rec.seenAt = r.seenAt;
      if (isTime(r.missAt)) rec.missAt = r.missAt;
      if (isTime(r.missSince)) rec.missSince = r.missSince;
      state.surfaces[s] = rec;
    }
  }
  state.errors = cleanCounts(raw.errors, (k) => ERROR_KEY.test(k), MAX_ERROR_KEYS);
  if (isTime(raw.errorAt)) state.errorAt = raw.errorAt;
  const host = cleanHost(raw.host);
  if (host) state.host = host;
  const lang = cleanLang(raw.lang);
  if (lang) state.lang = lang;
  return state;
}

function bump(counts: Record<string, number>, key: string, n: number): void {
  if (!(key in counts) && Object.keys(counts).length >= MAX_CUES - 1) key = 'other';
  counts[key] = Math.min(MAX_COUNT, (counts[key] ?? 0) + n);
}

/**
 * The state after a report (times in the future are taken as `now`). Entries apply in time order: a
 * recognition after a miss clears the surface's misses; a miss after the last recognition counts.
 */
export function mergeReport(prev: CoverageState, report: CoverageReport, now: number): CoverageState {
  const next = readCoverage(JSON.parse(JSON.stringify(prev)) as unknown);
  const at = (t: number) => Math.min(t, now);
  const entries = [...report.entries].sort((a, b) => a.last - b.last);
  for (const e of entries) {
    const rec = (next.surfaces[e.s] ??= { seen: 0, misses: 0, cues: {}, missCues: {} });
    const first = at(e.first);
    const last = at(e.last);
    if (!e.miss) {
      rec.seen = Math.min(MAX_COUNT, rec.seen + e.n);
      bump(rec.cues, e.cue, e.n);
      if (rec.seenAt === undefined || last >= rec.seenAt) rec.seenAt = last;
      if (rec.missAt === undefined || rec.seenAt >= rec.missAt) {
        rec.misses = 0;
        delete rec.missSince;
      }
    } else if (rec.seenAt === undefined || last > rec.seenAt) {
      rec.misses = Math.min(MAX_COUNT, rec.misses + e.n);
      bump(rec.missCues, e.cue, e.n);
      rec.missSince = Math.min(rec.missSince ?? Infinity, rec.seenAt !== undefined && first <= rec.seenAt ? last : first);
      rec.missAt = Math.max(rec.missAt ?? 0, last);
    }
  }
  let newErrors = false;
  for (const [k, n] of Object.entries(report.errors)) {
    if (!ERROR_KEY.test(k) || !isCount(n) || n === 0) continue;
    if (!(k in next.errors) && Object.keys(next.errors).length >= MAX_ERROR_KEYS) continue;
    next.errors[k] = Math.min(MAX_COUNT, (next.errors[k] ?? 0) + n);
    newErrors = true;
  }
  if (newErrors) next.errorAt = now;
  const host = cleanHost(report.host);
  if (host) next.host = host;
  const lang = cleanLang(report.lang);
  if (lang) next.lang = lang;
  return next;
}

export type SurfaceStatus = { surface: SurfaceId; status: 'unseen' } | { surface: SurfaceId; status: 'working'; since: number } | { surface: SurfaceId; status: 'blind'; since: number };

/** Blind: an action that should have opened the surface was seen after its last recognition. */
export function surfaceStatus(state: CoverageState, surface: SurfaceId): SurfaceStatus {
  const rec = state.surfaces[surface];
  if (rec && rec.misses > 0 && rec.missAt !== undefined && (rec.seenAt === undefined || rec.missAt > rec.seenAt)) {
    return { surface, status: 'blind', since: rec.missSince ?? rec.missAt };
  }
  if (rec?.seenAt !== undefined) return { surface, status: 'working', since: rec.seenAt };
  return { surface, status: 'unseen' };
}

export function blindSurfaces(state: CoverageState): SurfaceId[] {
  return SURFACES.filter((s) => surfaceStatus(state, s).status === 'blind');
}

/** True when the report changes whether some surface is blind (the badge needs repainting). */
export function blindChanged(a: CoverageState, b: CoverageState): boolean {
  return blindSurfaces(a).join() !== blindSurfaces(b).join();
}
