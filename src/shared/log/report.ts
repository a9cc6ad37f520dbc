// What the activity log says about an event, in plain sentences: the log page's detail column, and the
// report a user sends to their security team (previewed, then copied, mailed or taken to a reporting
// page). PURE: the words come from the page (`Words`, from _locales), the sentences are built here.
//
// A report holds what the event holds and nothing more: the log never records a secret, a password or a
// third party's full address. Every value from a page is flattened to one line (a title with a newline
// cannot forge a line of the report), stripped of invisible and bidi characters, and anything shaped
// like an e-mail address is cut to its domain ("…@example.com"): events should never carry one, this
// makes sure.

import type { CoachEvent, Decision, EventKind } from '../events';
import { cleanText } from '../text';
import { isNotionHost, isPublishedHost } from '../notion-hosts';
import type { SecurityContact } from '../settings/contact';

/** Every phrase the sentences use; the page maps each to a message (a Record, so none is missing). */
export const PHRASES = [
  'invite',
  'reasonPersonal',
  'reasonUnknown',
  'reasonLookalike',
  'exposureWebLink',
  'exposurePublish',
  'exposureIndexing',
  'exposureEditing',
  'exposureDuplicate',
  'exposureComments',
  'exposure',
  'pagePublicSeen',
  'passwordWeak',
  'passwordFair',
  'passwordStrong',
  'passwordRated',
  'breachedNew',
  'breachedLogin',
  'reusedOn',
  'reused',
  'sharedAccount',
  'sharedAccountAny',
  'secretPaste',
  'phishingOn',
  'phishing',
  'twofaOn',
  'twofaOff',
  'hasPassword',
  'noPassword',
  'sessions',
  'accessList',
  'accessMarked',
  'backupWorkspace',
  'backup',
  'dutyMarked',
  'dutyMarkedAny',
  'decisionShown',
  'decisionDismissed',
  'decisionTrusted',
  'decisionProceeded',
  'decisionWentBack',
  'reportSubject',
  'reportGreeting',
  'reportIntro',
  'reportWhen',
  'reportPage',
  'reportLink',
  'reportNoSecret',
  'reportFooter',
  'secretUnknown',
  'secretPrivateKey',
  'secretAwsAccessKey',
  'secretGcpServiceAccount',
  'secretAzureStorageKey',
  'secretGithubToken',
  'secretGitlabToken',
  'secretSlackToken',
  'secretSlackWebhook',
  'secretStripeKey',
  'secretOpenaiKey',
  'secretAnthropicKey',
  'secretGoogleApiKey',
  'secretTwilioKey',
  'secretSendgridKey',
  'secretNpmToken',
  'secretJwt',
  'secretPaymentCard',
] as const;
export type Phrase = (typeof PHRASES)[number];

/** The user's language, as the page gives it. */
export interface Words {
  /** The phrase with its substitutions ($1, $2). */
  say(phrase: Phrase, ...subs: string[]): string;
  /** "a, b and c" in the user's language (Intl.ListFormat). */
  list(items: string[]): string;
  /** Date and time in the user's language and time zone (Intl.DateTimeFormat), with the zone named. */
  dateTime(at: number): string;
  /** The name of a duty (for 'duty-marked'), or undefined for an unknown id. */
  duty(id: string): string | undefined;
  /** The short name of a kind of event ("Secret pasted"). */
  kind(kind: EventKind): string;
}

/** Secret kinds as the scanner names them (shared/secrets/scan.ts) → their human name. */
const SECRET_PHRASE: Record<string, Phrase> = {
  'private-key': 'secretPrivateKey',
  'aws-access-key': 'secretAwsAccessKey',
  'gcp-service-account': 'secretGcpServiceAccount',
  'azure-storage-key': 'secretAzureStorageKey',
  'github-token': 'secretGithubToken',
  'gitlab-token': 'secretGitlabToken',
  'slack-token': 'secretSlackToken',
  'slack-webhook': 'secretSlackWebhook',
  'stripe-key': 'secretStripeKey',
  'openai-key': 'secretOpenaiKey',
  'anthropic-key': 'secretAnthropicKey',
  'google-api-key': 'secretGoogleApiKey',
  'twilio-key': 'secretTwilioKey',
  'sendgrid-key': 'secretSendgridKey',
  'npm-token': 'secretNpmToken',
  jwt: 'secretJwt',
  'payment-card': 'secretPaymentCard',
};

const EXPOSURE_PHRASE: Record<string, Phrase> = {
  'web-link': 'exposureWebLink',
  publish: 'exposurePublish',
  indexing: 'exposureIndexing',
  editing: 'exposureEditing',
  duplicate: 'exposureDuplicate',
  comments: 'exposureComments',
};

const DECISION_PHRASE: Partial<Record<Decision, Phrase>> = {
  shown: 'decisionShown',
  dismissed: 'decisionDismissed',
  trusted: 'decisionTrusted',
  proceeded: 'decisionProceeded',
  'went-back': 'decisionWentBack',
};

/** A character that ends an address's local part. */
const NOT_LOCAL = /[\s@<>()"',;:]/;
/** An address's domain, matched where its "@" ends (sticky). */
const DOMAIN = /[a-z0-9-]+(?:\.[a-z0-9-]+)+/iy;

/**
 * Every `local@domain.tld` cut to "…@domain.tld": what replace(/[^\s@<>()"',;:]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi,
 * '…@$1') gives, in one left-to-right pass. (That regex tried every start inside a run with no "@" and read the
 * run to its end each time: a 32 KB title took 4 s.)
 */
export function maskAddresses(v: string): string {
  let out = '';
  let done = 0;
  for (let at = v.indexOf('@'); at >= 0; at = v.indexOf('@', at + 1)) {
    let start = at;
    while (start > done && !NOT_LOCAL.test(v[start - 1]!)) start--;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    if (!DOMAIN.test(v)) continue;
    out += `${v.slice(done, start)}…@${v.slice(at + 1, DOMAIN.lastIndex)}`;
    done = DOMAIN.lastIndex;
    at = done - 1;
  }
  return out + v.slice(done);
}

/** One clean line of page or user data. */
export function clean(v: string): string {
  return maskAddresses(cleanText(v).replace(/[\u2028\u2029]+/g, ' ')).trim();
}

function domainsWithReasons(e: CoachEvent, w: Words): string {
  const reasons = e.reasons ?? [];
  return w.list(
    (e.domains ?? []).map((raw, i) => {
      const d = clean(raw);
      const r = reasons[i] ?? '';
      if (r === 'personal') return w.say('reasonPersonal', d);
      if (r.startsWith('lookalike')) {
        const of = clean(r.slice('lookalike:'.length));
        return of ? w.say('reasonLookalike', d, of) : w.say('reasonUnknown', d);
      }
      return w.say('reasonUnknown', d);
    }),
  );
}

/** The human names of the secrets an event lists ("an AWS access key and a GitHub token"). */
export function secretNames(detail: string | undefined, w: Words): string {
  const kinds = (detail ?? '').split(',').map((k) => k.trim()).filter(Boolean);
  const names = [...new Set(kinds.map((k) => SECRET_PHRASE[k] ?? 'secretUnknown'))].map((p) => w.say(p));
  return w.list(names.length ? names : [w.say('secretUnknown')]);
}

/** One plain sentence saying what happened (the log page's detail column; the heart of a report). */
export function describeEvent(e: CoachEvent, w: Words): string {
  const first = (e.domains ?? []).map(clean).find(Boolean);
  switch (e.kind) {
    case 'invite-risky':
      return first ? w.say('invite', domainsWithReasons(e, w)) : `${clean(w.kind(e.kind))}.`;
    case 'public-exposure':
      return w.say(EXPOSURE_PHRASE[e.detail ?? ''] ?? 'exposure');
    case 'page-public-seen':
      return w.say('pagePublicSeen');
    case 'password-verdict':
      return w.say(e.detail === 'weak' ? 'passwordWeak' : e.detail === 'fair' ? 'passwordFair' : e.detail === 'strong' ? 'passwordStrong' : 'passwordRated');
    case 'password-breached':
      return w.say(e.detail === 'login' ? 'breachedLogin' : 'breachedNew');
    case 'password-reused':
      return first ? w.say('reusedOn', first) : w.say('reused');
    case 'shared-account':
      return first ? w.say('sharedAccount', first) : w.say('sharedAccountAny');
    case 'secret-paste':
      return w.say('secretPaste', secretNames(e.detail, w));
    case 'published-password-prompt':
      return e.host ? w.say('phishingOn', clean(e.host)) : w.say('phishing');
    case 'twofa-status':
      return w.say(e.detail === '2fa-off' ? 'twofaOff' : 'twofaOn');
    case 'password-status':
      return w.say(e.detail === 'no-password' ? 'noPassword' : 'hasPassword');
    case 'sessions-reviewed':
      return w.say('sessions');
    case 'access-reviewed':
      return w.say(e.detail === 'marked' ? 'accessMarked' : 'accessList');
    case 'backup':
      return w.say(e.detail === 'workspace' ? 'backupWorkspace' : 'backup');
    case 'duty-marked': {
      const duty = w.duty(e.detail ?? '');
      return duty ? w.say('dutyMarked', duty) : w.say('dutyMarkedAny');
    }
  }
}

/**
 * Events worth reporting to a security team: a secret pasted, a phishing page, a look-alike invite, and
 * anything the user went ahead with despite a warning. Statuses, reviews and marks are not.
 */
export function isReportable(e: CoachEvent): boolean {
  if (e.kind === 'secret-paste' || e.kind === 'published-password-prompt') return true;
  if (e.kind === 'invite-risky' && (e.reasons ?? []).some((r) => r.startsWith('lookalike'))) return true;
  const warned: EventKind[] = ['invite-risky', 'public-exposure', 'password-verdict', 'password-breached', 'password-reused', 'shared-account'];
  return e.decision === 'proceeded' && warned.includes(e.kind);
}

/** The link to the event's page, when the event names a Notion page or a published page's host. */
export function pageLink(e: CoachEvent): string | undefined {
  const host = (e.host ?? '').toLowerCase();
  const id = (e.pageId ?? '').replace(/-/g, '');
  if (isNotionHost(host) && /^[0-9a-f]{32}$/i.test(id)) return host === 'app.notion.com' ? `https://${host}/p/${id}` : `https://${host}/${id}`;
  if (isPublishedHost(host) && /^[a-z0-9.-]+$/.test(host)) return `https://${host}/`;
  return undefined;
}

export interface Report {
  subject: string;
  body: string;
}

/** The report of one event (see the header for what it never holds). */
export function buildReport(e: CoachEvent, w: Words, extension: { version: string }): Report {
  const decision = DECISION_PHRASE[e.decision];
  const what = [describeEvent(e, w), decision ? w.say(decision) : ''].filter(Boolean).join(' ');
  const lines = [w.say('reportGreeting'), '', w.say('reportIntro'), '', what, '', w.say('reportWhen', w.dateTime(e.at))];
  const title = e.pageTitle === undefined ? '' : clean(e.pageTitle);
  if (title) lines.push(w.say('reportPage', title));
  const link = pageLink(e);
  if (link) lines.push(w.say('reportLink', link));
  if (e.kind === 'secret-paste') lines.push('', w.say('reportNoSecret'));
  const version = clean(extension.version).replace(/^v/i, '');
  lines.push('', w.say('reportFooter', version));
  return { subject: clean(w.say('reportSubject', w.kind(e.kind))), body: lines.map(clean).join('\n') + '\n' };
}

/** Where "Send" goes: a mailto: link with subject and body, or the organisation's reporting page. */
export function reportTarget(contact: SecurityContact | undefined, r: Report): string | undefined {
  if (!contact) return undefined;
  if (contact.kind === 'url') return contact.url;
  const q = (s: string) => encodeURIComponent(s);
  return `mailto:${q(contact.address).replace(/%40/g, '@')}?subject=${q(r.subject)}&body=${q(r.body.replace(/\n/g, '\r\n'))}`;
}

/** Log rows: runs of the same status seen again and again (newest first) folded into one row. */
export interface LogRow {
  /** The newest event of the run. */
  event: CoachEvent;
  /** How many events the row stands for (1 for most rows). */
  count: number;
  /** The oldest event's time (the run's first sighting). */
  firstAt: number;
}

/** Kinds that only record a status or a visit: repeated, they say nothing new. */
const STATUS_KINDS: ReadonlySet<EventKind> = new Set<EventKind>(['twofa-status', 'password-status', 'page-public-seen', 'sessions-reviewed', 'access-reviewed', 'password-verdict']);

const sameStatus = (a: CoachEvent, b: CoachEvent): boolean =>
  STATUS_KINDS.has(a.kind) &&
  a.kind === b.kind &&
  a.decision === 'recorded' &&
  b.decision === 'recorded' &&
  (a.detail ?? '') === (b.detail ?? '') &&
  (a.pageId ?? '') === (b.pageId ?? '') &&
  (a.host ?? '') === (b.host ?? '');

/** Consecutive identical status events (newest first in, newest first out) collapse into one row. */
export function collapseRows(newestFirst: readonly CoachEvent[]): LogRow[] {
  const rows: LogRow[] = [];
  for (const e of newestFirst) {
    const last = rows[rows.length - 1];
    if (last && sameStatus(last.event, e)) {
      last.count++;
      last.firstAt = Math.min(last.firstAt, e.at);
    } else rows.push({ event: e, count: 1, firstAt: e.at });
  }
  return rows;
}
