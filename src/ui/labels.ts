// Localised labels for the duty model and the activity log, shared by the popup, welcome and log pages.
// Every code of src/shared/duties and src/shared/events maps to a message key here; the Record types
// make a missing mapping a type error, and test/i18n checks every key exists in every locale.

import { formatDate, relativeDays, t, type MessageKey } from '../platform/i18n';
import type { Decision, EventKind } from '@shared/events';
import {
  DAY_MS,
  type DutyEvidence,
  type DutyGroup,
  type DutyId,
  type DutyStatus,
  type EvidenceCode,
  type EvidenceSource,
  type NextStepCode,
  type NotionDutyId,
} from '@shared/duties';
import type { ChecklistId } from '@shared/onboarding';
import { ACCOUNT_HELP_URL, CONTENT_USE_POLICY_URL, SECURITY_CONTACT_URL, SRM_HELP_URL, TWO_STEP_HELP_URL } from './links';

/** The first week's checklist (welcome page): each moment's title, one line of why, and where in Notion. */
export const CHECKLIST_KEY: Record<ChecklistId, { title: MessageKey; why: MessageKey; where: MessageKey }> = {
  invite: { title: 'welcomeInviteTitle', why: 'welcomeInviteWhy', where: 'welcomeInviteWhere' },
  publish: { title: 'welcomePublishTitle', why: 'welcomePublishWhy', where: 'welcomePublishWhere' },
  'sign-in': { title: 'welcomeSignInTitle', why: 'welcomeSignInWhy', where: 'welcomeSignInWhere' },
  leaver: { title: 'welcomeLeaverTitle', why: 'welcomeLeaverWhy', where: 'welcomeLeaverWhere' },
  export: { title: 'welcomeExportTitle', why: 'welcomeExportWhy', where: 'welcomeExportWhere' },
  report: { title: 'welcomeReportTitle', why: 'welcomeReportWhy', where: 'welcomeReportWhere' },
};

export const GROUP_KEY: Record<DutyGroup, MessageKey> = {
  access: 'popupGroupAccess',
  authentication: 'popupGroupAuthentication',
  monitoring: 'popupGroupMonitoring',
  use: 'popupGroupUse',
  data: 'popupGroupData',
};

export const DUTY_KEY: Record<DutyId, MessageKey> = {
  'trusted-collaborators': 'dutyTrustedCollaborators',
  'review-permissions': 'dutyReviewPermissions',
  'strong-passwords': 'dutyStrongPasswords',
  'no-shared-logins': 'dutyNoSharedLogins',
  'two-step': 'dutyTwoStep',
  'watch-activity': 'dutyWatchActivity',
  'revoke-sessions': 'dutyRevokeSessions',
  offboarding: 'dutyOffboarding',
  'responsible-use': 'dutyResponsibleUse',
  'report-issues': 'dutyReportIssues',
  backups: 'dutyBackups',
  retention: 'dutyRetention',
  'accurate-data': 'dutyAccurateData',
};

export const NOTION_KEY: Record<NotionDutyId, MessageKey> = {
  'servers-software-hardware': 'popupNotionServers',
  'core-system-access': 'popupNotionCoreAccess',
  'data-security': 'popupNotionData',
  'network-security': 'popupNotionNetwork',
};

export const STATUS_KEY: Record<DutyStatus, MessageKey> = {
  ok: 'popupStatusOk',
  attention: 'popupStatusAttention',
  unknown: 'popupStatusUnknown',
};

/** What a status rests on, as the popup labels it ('none' has no label). */
export const SOURCE_KEY: Record<Exclude<EvidenceSource, 'none'>, MessageKey> = {
  seen: 'popupSourceSeen',
  said: 'popupSourceSaid',
};

export const EVIDENCE_KEY: Record<EvidenceCode, MessageKey> = {
  'no-evidence': 'dutyEvNoEvidence',
  marked: 'dutyEvMarked',
  'mark-expired': 'dutyEvMarkExpired',
  'risky-invites-week': 'dutyEvRiskyInvitesWeek',
  'no-risky-invites-week': 'dutyEvNoRiskyInvitesWeek',
  'password-weak': 'dutyEvPasswordWeak',
  'password-fair': 'dutyEvPasswordFair',
  'password-strong': 'dutyEvPasswordStrong',
  'password-breached': 'dutyEvPasswordBreached',
  'password-reused': 'dutyEvPasswordReused',
  'no-password': 'dutyEvNoPassword',
  'twofa-on': 'dutyEvTwofaOn',
  'twofa-off': 'dutyEvTwofaOff',
  'shared-account-seen': 'dutyEvSharedAccountSeen',
  'access-reviewed': 'dutyEvAccessReviewed',
  'access-looked-at': 'dutyEvAccessLookedAt',
  'sessions-reviewed': 'dutyEvSessionsReviewed',
  'sessions-looked-at': 'dutyEvSessionsLookedAt',
  'backup-done': 'dutyEvBackupDone',
  'secret-pasted': 'dutyEvSecretPasted',
  'phishing-page-seen': 'dutyEvPhishingPageSeen',
};

/** How each evidence line fills its placeholders: an absolute date, a relative day, or a count and a day. */
const EVIDENCE_FORM: Record<EvidenceCode, 'none' | 'date' | 'relative' | 'count-relative' | 'count'> = {
  'no-evidence': 'none',
  marked: 'relative',
  'mark-expired': 'relative',
  'risky-invites-week': 'count',
  'no-risky-invites-week': 'relative',
  'password-weak': 'date',
  'password-fair': 'date',
  'password-strong': 'date',
  'password-breached': 'date',
  'password-reused': 'date',
  'no-password': 'date',
  'twofa-on': 'date',
  'twofa-off': 'date',
  'shared-account-seen': 'count-relative',
  'access-reviewed': 'relative',
  'access-looked-at': 'relative',
  'sessions-reviewed': 'relative',
  'sessions-looked-at': 'relative',
  'backup-done': 'relative',
  'secret-pasted': 'count-relative',
  'phishing-page-seen': 'count-relative',
};

export const NEXT_KEY: Record<Exclude<NextStepCode, 'none'>, MessageKey> = {
  'review-invites': 'dutyNextReviewInvites',
  'learn-sharing': 'dutyNextLearnSharing',
  'review-access': 'dutyNextReviewAccess',
  'change-password': 'dutyNextChangePassword',
  'check-password': 'dutyNextCheckPassword',
  'use-individual-accounts': 'dutyNextUseIndividualAccounts',
  'confirm-individual-accounts': 'dutyNextConfirmIndividualAccounts',
  'turn-on-2fa': 'dutyNextTurnOn2fa',
  'check-2fa': 'dutyNextCheck2fa',
  'check-member-activity': 'dutyNextCheckMemberActivity',
  'review-sessions': 'dutyNextReviewSessions',
  'offboard-leavers': 'dutyNextOffboardLeavers',
  'read-use-policy': 'dutyNextReadUsePolicy',
  'report-phishing': 'dutyNextReportPhishing',
  'know-how-to-report': 'dutyNextKnowHowToReport',
  'export-workspace': 'dutyNextExportWorkspace',
  'remove-and-rotate-secret': 'dutyNextRemoveAndRotateSecret',
  'set-retention-policy': 'dutyNextSetRetentionPolicy',
  'check-account-data': 'dutyNextCheckAccountData',
};

/** Where "open-help" goes for each duty. The report duty points to Notion's published security contact. */
export const HELP_URL: Record<DutyId, string> = {
  'trusted-collaborators': SRM_HELP_URL,
  'review-permissions': SRM_HELP_URL,
  'strong-passwords': ACCOUNT_HELP_URL,
  'no-shared-logins': SRM_HELP_URL,
  'two-step': TWO_STEP_HELP_URL,
  'watch-activity': SRM_HELP_URL,
  'revoke-sessions': SRM_HELP_URL,
  offboarding: SRM_HELP_URL,
  'responsible-use': CONTENT_USE_POLICY_URL,
  'report-issues': SECURITY_CONTACT_URL,
  backups: SRM_HELP_URL,
  retention: SRM_HELP_URL,
  'accurate-data': ACCOUNT_HELP_URL,
};

/** Duties that are "reviewed" rather than "done" (only the button label differs). */
export const REVIEW_DUTIES: ReadonlySet<DutyId> = new Set<DutyId>([
  'trusted-collaborators',
  'review-permissions',
  'no-shared-logins',
  'watch-activity',
  'revoke-sessions',
]);

export const KIND_KEY: Record<EventKind, MessageKey> = {
  'invite-risky': 'kindInviteRisky',
  'public-exposure': 'kindPublicExposure',
  'page-public-seen': 'kindPagePublicSeen',
  'password-verdict': 'kindPasswordVerdict',
  'password-breached': 'kindPasswordBreached',
  'password-reused': 'kindPasswordReused',
  'shared-account': 'kindSharedAccount',
  'secret-paste': 'kindSecretPaste',
  'published-password-prompt': 'kindPublishedPasswordPrompt',
  'twofa-status': 'kindTwofaStatus',
  'password-status': 'kindPasswordStatus',
  'sessions-reviewed': 'kindSessionsReviewed',
  'access-reviewed': 'kindAccessReviewed',
  backup: 'kindBackup',
  'duty-marked': 'kindDutyMarked',
};

export const DECISION_KEY: Record<Decision, MessageKey> = {
  shown: 'decisionShown',
  dismissed: 'decisionDismissed',
  trusted: 'decisionTrusted',
  proceeded: 'decisionProceeded',
  'went-back': 'decisionWentBack',
  recorded: 'decisionRecorded',
};

// Dates, lists and relative days in the messages' language: src/shared/format.ts, bound in src/platform/i18n.ts.
export { formatDate, formatDateTime, formatList, relativeDays } from '../platform/i18n';

function isEvidenceCode(code: string): code is EvidenceCode {
  return Object.prototype.hasOwnProperty.call(EVIDENCE_KEY, code);
}

/** One line of evidence; unknown codes read as "no evidence" (never guessed at). */
export function evidenceText(e: DutyEvidence, now: number): string {
  if (!isEvidenceCode(e.code)) return t('dutyEvNoEvidence');
  const key = EVIDENCE_KEY[e.code];
  const days = e.days ?? (e.date !== undefined ? Math.floor(Math.max(0, now - e.date) / DAY_MS) : 0);
  switch (EVIDENCE_FORM[e.code]) {
    case 'none':
      return t(key);
    case 'date':
      return t(key, e.date !== undefined ? formatDate(e.date) : '');
    case 'relative':
      return t(key, relativeDays(days));
    case 'count':
      return t(key, e.count ?? 1);
    case 'count-relative':
      return t(key, e.count ?? 1, relativeDays(days));
  }
}

/** "Opened again yesterday, not marked as reviewed." for a review duty's newer look (evidence.looked). */
export function lookedText(e: DutyEvidence, now: number): string | undefined {
  if (e.looked === undefined) return undefined;
  return t('dutyEvLookedSince', relativeDays(Math.floor(Math.max(0, now - e.looked) / DAY_MS)));
}

export function nextStepText(code: string): string | undefined {
  return code !== 'none' && Object.prototype.hasOwnProperty.call(NEXT_KEY, code)
    ? t(NEXT_KEY[code as Exclude<NextStepCode, 'none'>])
    : undefined;
}
