// A plain-text summary of one event for the user's security team (copied or mailed by the user). PURE.
// Prints only the fields the event has, one per line. Values are flattened to one line (a page title
// with a newline cannot forge a line of the report) and anything shaped like an e-mail address is
// cut to its domain ("…@example.com"): events should never carry one, this makes sure.

import type { CoachEvent } from '../events';
import { isoTime } from './export';
import { cleanText } from '../text';

/** A character that ends an address's local part. */
const NOT_LOCAL = /[\s@<>()"',;:]/;
/** An address's domain, matched where its "@" ends (sticky). */
const DOMAIN = /[a-z0-9-]+(?:\.[a-z0-9-]+)+/iy;

/**
 * Every `local@domain.tld` cut to "…@domain.tld": what replace(/[^\s@<>()"',;:]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi,
 * '…@$1') gives, in one left-to-right pass. (That regex tried every start inside a run with no "@" and read the
 * run to its end each time: a 32 KB title took 4 s.)
 */
function maskAddresses(v: string): string {
  let out = '';
  let done = 0;
  for (let at = v.indexOf('@'); at >= 0; at = v.indexOf('@', at + 1)) {
    let start = at;
    while (start > done && !NOT_LOCAL.test(v[start - 1])) start--;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    if (!DOMAIN.test(v)) continue;
    out += `${v.slice(done, start)}…@${v.slice(at + 1, DOMAIN.lastIndex)}`;
    done = DOMAIN.lastIndex;
    at = done - 1;
  }
  return out + v.slice(done);
}

function clean(v: string): string {
  return maskAddresses(cleanText(v).replace(/[\u2028\u2029]+/g, ' ')).trim();
}

/** The report's field names, in the user's language (the log page passes them from _locales). */
export interface ReportNames {
  what: string;
  when: string;
  host: string;
  pageTitle: string;
  pageId: string;
  domains: string;
  reasons: string;
  detail: string;
  decision: string;
  eventId: string;
  /** The closing line, given the extension's version ("0.1.0"). */
  footer: (version: string) => string;
  /** The event's time as the user reads it ("2 déc. 2026, 06:03"); the report adds the exact UTC time after it. */
  time?: (at: number) => string;
}

export const ENGLISH_REPORT_NAMES: ReportNames = {
  what: 'What',
  when: 'When',
  host: 'Host',
  pageTitle: 'Page title',
  pageId: 'Page id',
  domains: 'Domains',
  reasons: 'Reasons',
  detail: 'Detail',
  decision: 'Decision',
  eventId: 'Event id',
  footer: (version) => `Reported from SRM Coach v${version}`,
};

export function eventReport(
  e: CoachEvent,
  labels: { kind: string; decision: string },
  extension: { version: string },
  names: ReportNames = ENGLISH_REPORT_NAMES,
): string {
  const lines: string[] = [];
  const add = (name: string, value: string | undefined): void => {
    const v = value === undefined ? '' : clean(value);
    if (v) lines.push(`${name}: ${v}`);
  };
  const label = (text: string, code: string): string => {
    const t = clean(text);
    return t && t !== code ? `${t} (${code})` : code;
  };
  add(names.what, label(labels.kind, e.kind));
  add(names.when, names.time && isoTime(e.at) ? `${names.time(e.at)} (${isoTime(e.at)})` : isoTime(e.at));
  add(names.host, e.host);
  add(names.pageTitle, e.pageTitle);
  add(names.pageId, e.pageId);
  const domains = e.domains ?? [];
  const reasons = e.reasons ?? [];
  add(names.domains, domains.map((d, i) => (reasons[i] ? `${d} (${reasons[i]})` : d)).join(', '));
  if (reasons.length > domains.length) add(names.reasons, reasons.slice(domains.length).join(', '));
  add(names.detail, e.detail);
  add(names.decision, label(labels.decision, e.decision));
  add(names.eventId, e.id);
  const version = clean(extension.version).replace(/^v/i, '');
  lines.push('', clean(names.footer(version)));
  return lines.join('\n') + '\n';
}
