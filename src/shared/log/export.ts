// CSV and JSON exports of the activity log. PURE.
// Page titles are user data and the file will be opened in spreadsheets, so every cell that starts
// with a formula trigger (= + - @ tab CR, and their full-width forms) gets a leading apostrophe
// (OWASP "CSV Injection"); then RFC 4180 quoting, CRLF line ends.

import type { CoachEvent } from '../events';
import { stripInvisible } from '../text';

export const CSV_COLUMNS = ['time', 'kind', 'decision', 'domains', 'reasons', 'host', 'page_title', 'page_id', 'detail', 'id'] as const;
/** Prepend when saving a .csv so Excel reads it as UTF-8 (titles are often non-ASCII). */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function isoTime(at: number): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

export function csvCell(value: string): string {
  const clean = stripInvisible(value);
  const v = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function row(e: CoachEvent): string[] {
  return [
    isoTime(e.at),
    e.kind,
    e.decision,
    (e.domains ?? []).join(' '),
    (e.reasons ?? []).join(' '),
    e.host ?? '',
    e.pageTitle ?? '',
    e.pageId ?? '',
    e.detail ?? '',
    e.id,
  ];
}

export function toCsv(events: CoachEvent[]): string {
  return [[...CSV_COLUMNS], ...events.map(row)].map((r) => r.map(csvCell).join(',') + '\r\n').join('');
}

/** Only the CoachEvent fields, in a fixed order, so stray stored properties never leave the browser. */
function pick(e: CoachEvent): CoachEvent {
  const out: CoachEvent = { id: e.id, at: e.at, kind: e.kind, decision: e.decision };
  if (e.domains) out.domains = [...e.domains];
  if (e.reasons) out.reasons = [...e.reasons];
  if (e.pageTitle !== undefined) out.pageTitle = e.pageTitle;
  if (e.pageId !== undefined) out.pageId = e.pageId;
  if (e.host !== undefined) out.host = e.host;
  if (e.detail !== undefined) out.detail = e.detail;
  return out;
}

export function toJson(events: CoachEvent[]): string {
  return JSON.stringify(events.map(pick), null, 2);
}
