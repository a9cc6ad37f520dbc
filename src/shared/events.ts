// Coaching events and decisions, recorded locally for the popup's evidence and the activity log. PURE.
//
// Privacy: third parties' full addresses are never recorded, only their domains. Nothing derived
// from a password beyond a strength bucket ever appears here.

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

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const strList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= 50 && v.every((s) => str(s, 253));

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

export function newEventId(now: number, random: () => number = Math.random): string {
  return `${now.toString(36)}-${Math.floor(random() * 0x7fffffff).toString(36)}`;
}
