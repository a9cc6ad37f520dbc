// A plain-text summary of one event for the user's security team (copied or mailed by the user). PURE.
// Prints only the fields the event has, one per line. Values are flattened to one line (a page title
// with a newline cannot forge a line of the report) and anything shaped like an e-mail address is
// cut to its domain ("…@example.com"): events should never carry one, this makes sure.

import type { CoachEvent } from '../events';
import { isoTime } from './export';

const EMAIL = /[^\s@<>()"',;:]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;

function clean(v: string): string {
  return v
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(EMAIL, '…@$1')
    .trim();
}

export function eventReport(
  e: CoachEvent,
  labels: { kind: string; decision: string },
  extension: { version: string },
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
  add('What', label(labels.kind, e.kind));
  add('When', isoTime(e.at));
  add('Host', e.host);
  add('Page title', e.pageTitle);
  add('Page id', e.pageId);
  const domains = e.domains ?? [];
  const reasons = e.reasons ?? [];
  add('Domains', domains.map((d, i) => (reasons[i] ? `${d} (${reasons[i]})` : d)).join(', '));
  if (reasons.length > domains.length) add('Reasons', reasons.slice(domains.length).join(', '));
  add('Detail', e.detail);
  add('Decision', label(labels.decision, e.decision));
  add('Event id', e.id);
  const version = clean(extension.version).replace(/^v/i, '');
  lines.push('', `Reported from SRM Coach v${version}`);
  return lines.join('\n') + '\n';
}
