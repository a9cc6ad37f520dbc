// "Copy diagnostics": a plain-text block for a bug report or the organisation's admin. Built only from
// the coverage state (counts, times, cue names), the extension version, the browser's name and major
// version and the policy's detection overrides: no titles, names, addresses or page text can reach it
// (test/shared/coverage/diagnostics.test.ts feeds it a page full of personal data). English on purpose:
// it is read by whoever fixes the detector. PURE.
import type { DetectionOverrides } from '../settings/overrides';
import { SURFACES } from './surfaces';
import { surfaceStatus, type CoverageState } from './model';

export interface DiagnosticsInput {
  state: CoverageState;
  version: string;
  userAgent: string;
  overrides: DetectionOverrides;
  now: number;
}

/** "Chrome 156", "Firefox 142", "Edge 140": name and major version only, never the whole user agent. */
export function browserName(ua: string): string {
  const m =
    /(Edg|Firefox|OPR|Chrome|Chromium|Safari)\/(\d{1,4})/.exec(ua.includes('Edg/') ? ua.slice(ua.indexOf('Edg/')) : ua.includes('Firefox/') ? ua.slice(ua.indexOf('Firefox/')) : ua);
  if (!m) return 'unknown';
  const name = m[1] === 'Edg' ? 'Edge' : m[1] === 'OPR' ? 'Opera' : m[1]!;
  return `${name} ${m[2]}`;
}

const day = (t: number | undefined) => (t === undefined ? '-' : new Date(t).toISOString().slice(0, 16).replace('T', ' ') + 'Z');
const counts = (c: Record<string, number>) =>
  Object.entries(c)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} x${n}`)
    .join(', ') || '-';

export function diagnosticsText(d: DiagnosticsInput): string {
  const { state } = d;
  const lines = [
    'SRM Coach diagnostics',
    `Version: ${/^[\w.+-]{1,40}$/.test(d.version) ? d.version : 'unknown'}`,
    `Browser: ${browserName(d.userAgent)}`,
    `Notion host: ${state.host ?? 'unknown'}`,
    `Notion UI language: ${state.lang ?? 'unknown'}`,
    `Generated: ${day(d.now)}`,
    '',
    'Surfaces (status; recognised by cue x count; missed after trigger x count):',
  ];
  for (const s of SURFACES) {
    const st = surfaceStatus(state, s);
    const rec = state.surfaces[s];
    if (st.status === 'unseen' && !rec) {
      lines.push(`- ${s}: not seen yet`);
      continue;
    }
    const head = st.status === 'blind' ? `NOT RECOGNISED since ${day(st.since)} (${rec?.misses ?? 0} misses, last ${day(rec?.missAt)})` : st.status === 'working' ? 'working' : 'not recognised yet';
    lines.push(`- ${s}: ${head}; last recognised ${day(rec?.seenAt)}`);
    lines.push(`    recognised: ${counts(rec?.cues ?? {})}`);
    if (rec && Object.keys(rec.missCues).length) lines.push(`    missed after: ${counts(rec.missCues)}`);
  }
  lines.push('', `Detector errors${state.errorAt ? ` (last ${day(state.errorAt)})` : ''}: ${counts(state.errors)}`);
  const sel = Object.entries(d.overrides.selectors);
  const texts = Object.entries(d.overrides.texts);
  lines.push('', `Detection overrides (policy): ${sel.length || texts.length ? '' : 'none'}`);
  for (const [list, alts] of sel) lines.push(`  selectors ${list}: ${alts.map((a) => JSON.stringify(a)).join(', ')}`);
  // Text anchors by language and count only: they are words of Notion's UI, but an admin may have typed anything.
  for (const [key, byLang] of texts) lines.push(`  texts ${key}: ${Object.entries(byLang).map(([l, t]) => `${l} x${t.length}`).join(', ')}`);
  return lines.join('\n');
}
