// The duty catalogue: the user's half of Notion's Shared Responsibilities Model (SRM), grouped as
// the model groups them, and the Notion half as a plain list. PURE.
// Source: https://www.notion.com/help/shared-responsibilities-model (its structure, user duties, usage).
// The UI maps every id and code here to localized strings; nothing here is English prose.

import type { CoachEvent } from '../events';
import type { Settings } from '../settings/schema';

export type DutyGroup = 'access' | 'authentication' | 'monitoring' | 'use' | 'data';
export const DUTY_GROUPS: readonly DutyGroup[] = ['access', 'authentication', 'monitoring', 'use', 'data'];

export type DutyId =
  | 'trusted-collaborators'
  | 'review-permissions'
  | 'strong-passwords'
  | 'no-shared-logins'
  | 'two-step'
  | 'watch-activity'
  | 'revoke-sessions'
  | 'offboarding'
  | 'responsible-use'
  | 'report-issues'
  | 'backups'
  | 'retention'
  | 'accurate-data';

export type CadenceKey = 'accessReviewDays' | 'backupDays' | 'sessionsReviewDays';

export interface DutyDef {
  id: DutyId;
  group: DutyGroup;
  /** Share of the hygiene score; credentials and who-has-access weigh most. */
  weight: number;
  /** Duties that must be redone every N days (N from settings). */
  cadence?: CadenceKey;
}

/** In display order: grouped as the SRM's user duties and system-usage guidelines group them. */
export const DUTIES: readonly DutyDef[] = [
  { id: 'trusted-collaborators', group: 'access', weight: 3 },
  { id: 'review-permissions', group: 'access', weight: 2, cadence: 'accessReviewDays' },
  { id: 'strong-passwords', group: 'access', weight: 3 },
  { id: 'no-shared-logins', group: 'authentication', weight: 2 },
  { id: 'two-step', group: 'authentication', weight: 3 },
  { id: 'watch-activity', group: 'monitoring', weight: 1 },
  { id: 'revoke-sessions', group: 'monitoring', weight: 2, cadence: 'sessionsReviewDays' },
  { id: 'offboarding', group: 'monitoring', weight: 2 },
  { id: 'responsible-use', group: 'use', weight: 1 },
  { id: 'report-issues', group: 'use', weight: 1 },
  { id: 'backups', group: 'data', weight: 2, cadence: 'backupDays' },
  { id: 'retention', group: 'data', weight: 2 },
  { id: 'accurate-data', group: 'data', weight: 1 },
];

export const DUTY_IDS: readonly DutyId[] = DUTIES.map((d) => d.id);

export function isDutyId(v: unknown): v is DutyId {
  return typeof v === 'string' && (DUTY_IDS as readonly string[]).includes(v);
}

/** What Notion looks after (the SRM's "Notion's Responsibilities"). */
export type NotionDutyId = 'servers-software-hardware' | 'core-system-access' | 'data-security' | 'network-security';
export const NOTION_DUTIES: readonly NotionDutyId[] = [
  'servers-software-hardware',
  'core-system-access',
  'data-security',
  'network-security',
];

export type DutyStatus = 'ok' | 'attention' | 'unknown';

/**
 * What a status rests on: 'seen' = recorded by SRM Coach on a Notion screen (a verdict, a status read from
 * Account security, an export started, "Mark access as reviewed" pressed on Settings → People); 'said' = the
 * user marked it in SRM Coach's own pages (a 'duty-marked' event, or a mark); 'none' = nothing (unknown).
 */
export type EvidenceSource = 'seen' | 'said' | 'none';

export interface DutyEvidence {
  code: EvidenceCode | (string & {});
  count?: number;
  /** Whole days since `date`. */
  days?: number;
  /** Epoch ms of the event or mark the status rests on. */
  date?: number;
  /**
   * Review duties only: epoch ms the screen (Settings → People, the devices list) was last OPENED after the
   * last real review. Opening a screen is "looked at", never a review (see status.ts).
   */
  looked?: number;
}

export type NextAction = 'mark-reviewed' | 'open-notion' | 'open-options' | 'open-checklist' | 'open-help';

export interface NextStep {
  code: NextStepCode | (string & {});
  action?: NextAction;
}

export interface DutyState {
  id: DutyId;
  group: DutyGroup;
  status: DutyStatus;
  evidence: DutyEvidence;
  next: NextStep;
  weight: number;
  source: EvidenceSource;
  /** A reminder is due (cadence duties only; see dutyStates() and REMINDER_GRACE_DAYS). */
  due: boolean;
}

export interface DutyInputs {
  events: CoachEvent[];
  now: number;
  settings: Pick<Settings, CadenceKey>;
  /** Epoch ms the user last marked each duty done/reviewed. */
  marks: Partial<Record<DutyId, number>>;
  /** Epoch ms SRM Coach was installed (storage.local 'installedAt'), if known; starts the grace period. */
  installedAt?: number;
}

/** Every evidence code dutyStates() can return (for translation-coverage tests). */
export const EVIDENCE_CODES = [
  'no-evidence',
  'marked',
  'mark-expired',
  'risky-invites-week',
  'no-risky-invites-week',
  'password-weak',
  'password-fair',
  'password-strong',
  'password-breached',
  'password-reused',
  'no-password',
  'twofa-on',
  'twofa-off',
  'shared-account-seen',
  'access-reviewed',
  'access-looked-at',
  'sessions-reviewed',
  'sessions-looked-at',
  'backup-done',
  'secret-pasted',
  'phishing-page-seen',
] as const;
export type EvidenceCode = (typeof EVIDENCE_CODES)[number];

/** Every next-step code dutyStates() can return. 'none' = nothing to do now. */
export const NEXT_STEP_CODES = [
  'none',
  'review-invites',
  'learn-sharing',
  'review-access',
  'change-password',
  'check-password',
  'use-individual-accounts',
  'confirm-individual-accounts',
  'turn-on-2fa',
  'check-2fa',
  'check-member-activity',
  'review-sessions',
  'offboard-leavers',
  'read-use-policy',
  'report-phishing',
  'know-how-to-report',
  'export-workspace',
  'remove-and-rotate-secret',
  'set-retention-policy',
  'check-account-data',
] as const;
export type NextStepCode = (typeof NEXT_STEP_CODES)[number];

/**
 * `detail` values of events that the rules recognise. Producers should use these; any other
 * detail on these kinds is ignored (treated as no evidence), never guessed at.
 */
export const DETAILS = {
  passwordWeak: ['weak', 'fair'] as readonly string[],
  passwordStrong: ['strong'] as readonly string[],
  noPassword: 'no-password',
  twofaOn: '2fa-on',
  twofaOff: '2fa-off',
  /**
   * 'access-reviewed' / 'sessions-reviewed' details that only say a screen was OPENED (People, the devices
   * list): "looked at", not a review. Every other detail ('marked': the People card's "Mark access as
   * reviewed"; none: older builds and exports of them) is an explicit review.
   */
  lookedAt: ['people-list', 'devices-list'] as readonly string[],
} as const;

export const DAY_MS = 86_400_000;
/** A mark with no other evidence counts as 'ok' for this long. */
export const MARK_VALID_DAYS = 90;
/**
 * First weeks: a review that was NEVER done is not "due" (no badge, not listed as due) until SRM Coach has
 * had this many days to see it done in Notion, counted from the install (or the oldest event in the log,
 * if older: the log proves SRM Coach was running then). A review done once and now older than its cadence
 * is due at once, grace or not. See docs/decisions/0002-first-weeks-and-honest-score.md.
 */
export const REMINDER_GRACE_DAYS = 14;
/** Window for "risky invites sent anyway". */
export const RISKY_INVITE_WINDOW_DAYS = 7;
