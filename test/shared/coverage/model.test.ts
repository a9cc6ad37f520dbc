// The coverage state: merging recognitions and misses in time order, "blind" per surface, bounds, and the
// guard on the content script's report.
import { describe, expect, it } from 'vitest';
import {
  blindChanged,
  blindSurfaces,
  emptyCoverage,
  isCoverageReport,
  MAX_CUES,
  mergeReport,
  readCoverage,
  surfaceStatus,
  type CoverageReport,
  type ReportEntry,
} from '../../../src/shared/coverage/model';
import { reliedOn, RELIES, SURFACES } from '../../../src/shared/coverage/surfaces';
import { DEFAULTS } from '../../../src/shared/settings/schema';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 11, 3, 10);
const hit = (s: ReportEntry['s'], at: number, cue = 'dialog#0+emailInput#0', n = 1): ReportEntry => ({ s, miss: false, cue, n, first: at, last: at });
const miss = (s: ReportEntry['s'], at: number, cue = 'topbarShare#0', n = 1): ReportEntry => ({ s, miss: true, cue, n, first: at, last: at });
const report = (entries: ReportEntry[], extra: Partial<CoverageReport> = {}): CoverageReport => ({ entries, errors: {}, host: 'app.notion.com', lang: 'en', ...extra });

describe('coverage state', () => {
  it('nothing seen: every surface is unseen, none blind', () => {
    const s = emptyCoverage();
    expect(SURFACES.map((x) => surfaceStatus(s, x).status)).toEqual(SURFACES.map(() => 'unseen'));
    expect(blindSurfaces(s)).toEqual([]);
  });

  it('a recognition makes a surface working, with its date and cue counted', () => {
    const s = mergeReport(emptyCoverage(), report([hit('share-menu', T0, 'dialog#0', 3)]), T0 + 1000);
    expect(surfaceStatus(s, 'share-menu')).toEqual({ surface: 'share-menu', status: 'working', since: T0 });
    expect(s.surfaces['share-menu']!.cues).toEqual({ 'dialog#0': 3 });
    expect(s.host).toBe('app.notion.com');
    expect(s.lang).toBe('en');
  });

  it('a miss after the last recognition makes it blind since the first such miss; a later recognition clears it', () => {
    let s = mergeReport(emptyCoverage(), report([hit('share-menu', T0)]), T0);
    s = mergeReport(s, report([miss('share-menu', T0 + DAY), miss('share-menu', T0 + 2 * DAY)]), T0 + 2 * DAY);
    expect(surfaceStatus(s, 'share-menu')).toEqual({ surface: 'share-menu', status: 'blind', since: T0 + DAY });
    expect(s.surfaces['share-menu']!.misses).toBe(2);
    expect(s.surfaces['share-menu']!.missCues).toEqual({ 'topbarShare#0': 2 });
    expect(blindSurfaces(s)).toEqual(['share-menu']);
    const fixed = mergeReport(s, report([hit('share-menu', T0 + 3 * DAY, 'dialog#policy0')]), T0 + 3 * DAY);
    expect(surfaceStatus(fixed, 'share-menu').status).toBe('working');
    expect(fixed.surfaces['share-menu']!.misses).toBe(0);
    expect(blindChanged(s, fixed)).toBe(true);
  });

  it('entries apply in time order within one report: a miss before a recognition is not blind, after it is', () => {
    const before = mergeReport(emptyCoverage(), report([hit('login', T0 + 10), miss('login', T0)]), T0 + 20);
    expect(surfaceStatus(before, 'login').status).toBe('working');
    const after = mergeReport(emptyCoverage(), report([miss('login', T0 + 10), hit('login', T0)]), T0 + 20);
    expect(surfaceStatus(after, 'login')).toEqual({ surface: 'login', status: 'blind', since: T0 + 10 });
  });

  it('a miss older than the last recognition (a late report from another tab) does not make it blind', () => {
    const s = mergeReport(mergeReport(emptyCoverage(), report([hit('people', T0 + 100)]), T0 + 100), report([miss('people', T0)]), T0 + 200);
    expect(surfaceStatus(s, 'people').status).toBe('working');
  });

  it('times in the future are taken as now', () => {
    const s = mergeReport(emptyCoverage(), report([hit('export', T0 + 10 * DAY)]), T0);
    expect(s.surfaces.export!.seenAt).toBe(T0);
  });

  it('is bounded: at most MAX_CUES cue names per surface (the rest count as "other"), errors capped', () => {
    let s = emptyCoverage();
    for (let i = 0; i < 20; i++) s = mergeReport(s, report([hit('editor', T0 + i, `editable#${i}`)]), T0 + i);
    const cues = s.surfaces.editor!.cues;
    expect(Object.keys(cues).length).toBeLessThanOrEqual(MAX_CUES);
    expect(Object.values(cues).reduce((a, b) => a + b, 0)).toBe(20);
    expect(cues.other).toBe(20 - (MAX_CUES - 1));
    for (let i = 0; i < 40; i++) s = mergeReport(s, report([], { errors: { [`f${i}:flush`]: 1 } }), T0);
    expect(Object.keys(s.errors).length).toBeLessThanOrEqual(24);
    expect(JSON.stringify(s).length).toBeLessThan(8000);
  });

  it('detector errors add up and are dated', () => {
    let s = mergeReport(emptyCoverage(), report([], { errors: { 'share-invite:flush': 2 } }), T0);
    s = mergeReport(s, report([], { errors: { 'share-invite:flush': 1, 'access-review:init': 1 } }), T0 + 5);
    expect(s.errors).toEqual({ 'share-invite:flush': 3, 'access-review:init': 1 });
    expect(s.errorAt).toBe(T0 + 5);
  });

  it('keeps a Notion app host, hides a published page host (it names a workspace), drops anything else', () => {
    expect(mergeReport(emptyCoverage(), report([], { host: 'acme-secret-project.notion.site' }), T0).host).toBe('*.notion.site');
    expect(mergeReport(emptyCoverage(), report([], { host: 'evil.example' }), T0).host).toBeUndefined();
    expect(mergeReport(emptyCoverage(), report([], { lang: 'Jane Doe' }), T0).lang).toBeUndefined();
    expect(mergeReport(emptyCoverage(), report([], { lang: 'pt-BR' }), T0).lang).toBe('pt-BR');
  });

  it('reads a stored state defensively: unknown surfaces, bad cues and counts are dropped', () => {
    const s = readCoverage({
      v: 1,
      surfaces: { 'share-menu': { seen: 2, seenAt: T0, misses: -1, cues: { 'dialog#0': 2, 'jane@acme.com': 1, '<script>': 1 }, missCues: [] }, bogus: { seen: 1 } },
      errors: { 'share-invite:flush': 1, 'Jane Doe': 3 },
      host: 'jane.notion.site',
      lang: 42,
    });
    expect(s.surfaces).toEqual({ 'share-menu': { seen: 2, seenAt: T0, misses: 0, cues: { 'dialog#0': 2 }, missCues: {} } });
    expect(s.errors).toEqual({ 'share-invite:flush': 1 });
    expect(s.host).toBe('*.notion.site');
    expect(readCoverage('garbage')).toEqual(emptyCoverage());
    expect(readCoverage({ v: 2, surfaces: {} })).toEqual(emptyCoverage());
  });
});

describe('the report guard (a content script runs in a page we do not control)', () => {
  const ok = report([hit('share-menu', T0), miss('login', T0)], { errors: { 'share-invite:flush': 1 } });
  it('accepts a well-formed report', () => expect(isCoverageReport(ok)).toBe(true));
  it.each([
    ['page text as a cue', { ...ok, entries: [{ ...hit('share-menu', T0), cue: 'Q3 plans for Acme' }] }],
    ['an address as a cue', { ...ok, entries: [{ ...hit('share-menu', T0), cue: 'jane@gmail.com' }] }],
    ['an unknown surface', { ...ok, entries: [{ ...hit('share-menu', T0), s: 'inbox' }] }],
    ['a negative count', { ...ok, entries: [{ ...hit('share-menu', T0), n: -1 }] }],
    ['first after last', { ...ok, entries: [{ ...hit('share-menu', T0), first: T0 + 1 }] }],
    ['too many entries', { ...ok, entries: Array.from({ length: 65 }, () => hit('share-menu', T0)) }],
    ['an error key with text', { ...ok, errors: { 'share-invite:Cannot read jane': 1 } }],
    ['a huge host', { ...ok, host: 'a'.repeat(300) }],
    ['not an object', 'report'],
  ])('refuses %s', (_name, bad) => expect(isCoverageReport(bad)).toBe(false));
});

describe('which surfaces the user relies on', () => {
  it('every surface names a feature; off modes and the kill switch switch its reliance off', () => {
    for (const s of SURFACES) expect(RELIES[s].feature).toMatch(/^[a-z-]+$/);
    expect(reliedOn('share-menu', DEFAULTS)).toBe(true);
    expect(reliedOn('share-menu', { ...DEFAULTS, shareMode: 'off' })).toBe(false);
    expect(reliedOn('share-menu', { ...DEFAULTS, disabledFeatures: ['share-invite'] })).toBe(false);
    expect(reliedOn('people', { ...DEFAULTS, shareMode: 'off' })).toBe(true);
    expect(reliedOn('login', { ...DEFAULTS, passwordMode: 'off' })).toBe(false);
  });
});
