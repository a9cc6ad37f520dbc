// Coaching events and decisions, recorded locally for the popup's evidence and the activity log. PURE.
//
// Privacy: third parties' full addresses are never recorded, only their domains. Nothing derived
// from a password beyond a strength bucket ever appears here.

import { hasInvisible, stripInvisible } from './text';

export type EventKind =
  | 'invite-risky' // a risky invitee was present in a share/invite field
  | 'public-exposure' // page opened to the web, published, indexed, editing/duplication allowed
  | 'page-public-seen' // the share menu was opened on a page that is already public
  | 'password-verdict' // a password was rated on a Notion surface (bucket only)
  | 'password-breached' // opt-in breach check found the password in a breach corpus
  | 'password-reused' // Notion password seen on another site or vice versa
  | 'shared-account' // a role address (team@, info@…) used to log in or sign up
  | 'secret-paste' // a secret-looking paste into a page
  | 'published-password-prompt' // a password field on a published *.notion.site page
  | 'twofa-status' // 2-step verification status seen in Account security
  | 'password-status' // whether the account has a password at all
  | 'sessions-reviewed' // devices/sessions list opened
  | 'access-reviewed' // people/access list reviewed, or marked as reviewed
  | 'backup' // export started, or marked as done
  | 'duty-marked'; // a duty marked as done/reviewed from the popup

export type Decision =
  | 'shown' // coaching shown, no decision yet
  | 'dismissed' // "Dismiss for this page"
  | 'trusted' // "Trust this domain"
  | 'proceeded' // "Share anyway" / "Paste anyway" / "Publish anyway"
  | 'went-back' // "Go back" / Escape in a confirm step
  | 'recorded'; // evidence only, no coaching shown

export interface CoachEvent {
  /** Unique id (time + random), used to de-duplicate retried writes. */
  id: string;
  /** Epoch milliseconds. */
  at: number;
  kind: EventKind;
  decision: Decision;
  /** Registrable domains involved (never full third-party addresses). */
  domains?: string[];
  /** Why each domain was risky, parallel to `domains` (e.g. 'unknown', 'personal', 'lookalike'). */
  reasons?: string[];
  pageTitle?: string;
  pageId?: string;
  /** Notion host the event happened on, e.g. app.notion.com. */
  host?: string;
  /** Free detail with no secrets: a strength bucket, '2fa-on', a setting name, a secret type… */
  detail?: string;
}

export const EVENT_KINDS: readonly EventKind[] = [
  'invite-risky',
  'public-exposure',
  'page-public-seen',
  'password-verdict',
  'password-breached',
  'password-reused',
  'shared-account',
  'secret-paste',
  'published-password-prompt',
  'twofa-status',
  'password-status',
  'sessions-reviewed',
  'access-reviewed',
  'backup',
  'duty-marked',
];

const DECISIONS: readonly Decision[] = ['shown', 'dismissed', 'trusted', 'proceeded', 'went-back', 'recorded'];

export const isEventKind = (v: unknown): v is EventKind => (EVENT_KINDS as readonly unknown[]).includes(v);
export const isDecision = (v: unknown): v is Decision => (DECISIONS as readonly unknown[]).includes(v);

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
/** An event names at most this many domains; more are cut where the event is made (boundEvent). */
export const MAX_EVENT_DOMAINS = 50;
const strList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= MAX_EVENT_DOMAINS && v.every((s) => str(s, 253));

/** Guards events arriving from content scripts (an old content script may talk to a new worker). */
export function isCoachEvent(v: unknown): v is CoachEvent {
  if (!v || typeof v !== 'object') return false;
  const e = v as Record<string, unknown>;
  return (
    str(e.id, 64) &&
    typeof e.at === 'number' &&
    Number.isFinite(e.at) &&
    (EVENT_KINDS as readonly unknown[]).includes(e.kind) &&
    (DECISIONS as readonly unknown[]).includes(e.decision) &&
    (e.domains === undefined || strList(e.domains)) &&
    (e.reasons === undefined || strList(e.reasons)) &&
    (e.pageTitle === undefined || str(e.pageTitle, 300)) &&
    (e.pageId === undefined || str(e.pageId, 64)) &&
    (e.host === undefined || str(e.host, 253)) &&
    (e.detail === undefined || str(e.detail, 200))
  );
}

/**
 * The event as it may be recorded and shown: invisible and bidi control characters removed from every
 * text (shared/text.ts), lists cut to MAX_EVENT_DOMAINS and texts to their limits, so an invite naming
 * hundreds of domains, or a long title, is recorded rather than refused as malformed.
 */
export function boundEvent(e: CoachEvent): CoachEvent {
  const clip = (v: string | undefined, max: number) => (v === undefined ? undefined : stripInvisible(v).slice(0, max));
  const list = (v: string[] | undefined) => v?.slice(0, MAX_EVENT_DOMAINS).map((d) => stripInvisible(d).slice(0, 253));
  const out: CoachEvent = { id: e.id, at: e.at, kind: e.kind, decision: e.decision };
  const fields = {
    domains: list(e.domains),
    reasons: list(e.reasons),
    pageTitle: clip(e.pageTitle, 300),
    pageId: clip(e.pageId, 64),
    host: clip(e.host, 253),
    detail: clip(e.detail, 200),
  };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  return out;
}

/** True when a stored event's texts hold characters boundEvent would remove. */
export function needsCleaning(e: CoachEvent): boolean {
  return [e.pageTitle, e.detail, e.host, e.pageId, ...(e.domains ?? []), ...(e.reasons ?? [])].some((v) => v !== undefined && hasInvisible(v));
}

export function newEventId(now: number, random: () => number = Math.random): string {
  return `${now.toString(36)}-${Math.floor(random() * 0x7fffffff).toString(36)}`;
}
