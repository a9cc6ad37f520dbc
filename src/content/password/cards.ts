// The password coaching's cards: verdicts and check results in plain words (every string from
// _locales through t()). Nothing here holds or shows the password; the only numbers are its length,
// the required length and a breach count.

import { t, type MessageKey } from '../../platform/i18n';
import { isolate } from '@shared/format';
import type { CardAction, CardSpec } from '../ui/coach-ui';
// These cards are in the password part: the fix is bundled with them (not through the ui part's runFix).
import { openAccountSecurity } from '../notion/fix-controls';
import { isLoginPath } from '../notion/page';
import type { ReasonCode, StrengthVerdict } from '@shared/password/policy';

const TITLE: Record<StrengthVerdict['bucket'], MessageKey> = {
  weak: 'pwMeterWeak',
  fair: 'pwMeterFair',
  strong: 'pwMeterStrong',
};

const REASON: Record<Exclude<ReasonCode, 'too-short' | 'too-short-2fa' | 'empty'>, MessageKey> = {
  common: 'pwReasonCommon',
  personal: 'pwReasonPersonal',
  predictable: 'pwReasonPredictable',
  dates: 'pwReasonDates',
  'keyboard-pattern': 'pwReasonKeyboard',
  sequence: 'pwReasonSequence',
  repeated: 'pwReasonRepeated',
  'low-score': 'pwReasonLowScore',
};

/** Plain-word reasons, most actionable first; 'low-score' only when nothing more specific was found. */
export function reasonLines(v: StrengthVerdict, max = 2): string[] {
  const lines: string[] = [];
  for (const r of v.reasons) {
    if (r === 'empty') continue;
    if (r === 'too-short') lines.push(t('pwReasonTooShort', v.requiredLength));
    else if (r === 'too-short-2fa') lines.push(t('pwReasonTooShort2fa', v.requiredLength));
    else if (r === 'low-score' && lines.length && v.reasons.some((x) => x !== 'low-score' && !x.startsWith('too-short'))) continue;
    else lines.push(t(REASON[r]));
  }
  return lines.slice(0, max);
}

/** The live meter on a form where a new password is chosen (role=status). */
export function meterCard(v: StrengthVerdict, anchor: Element | null): CardSpec {
  const body = v.ok ? [t('pwStrongBody')] : reasonLines(v);
  body.push(t('pwLength', v.length, v.requiredLength));
  return { key: 'meter', role: 'status', title: t(TITLE[v.bucket]), body, duty: t('pwDuty'), anchor };
}

const STEPS: MessageKey[] = ['pwStepChange', 'pwStepManager', 'pwStep2fa'];
const steps = () => STEPS.map((k) => t(k));

/**
 * "Open Account security" where Notion's Settings can open (not on the login and signup screens): presses
 * Settings → My account for the user (notion/fix-controls.ts); the steps above it say the way by hand.
 */
export function accountSecurityAction(): CardAction[] {
  if (typeof location === 'undefined' || isLoginPath(location.pathname)) return [];
  return [{ label: t('fixOpenAccountSecurity'), onClick: () => void openAccountSecurity(document), primary: true }];
}

/** Login: the password in use is weak (role=alert): why, and what to do. */
export function loginWeakCard(v: StrengthVerdict, anchor: Element | null, onClose: () => void): CardSpec {
  return {
    key: 'login-weak',
    role: 'alert',
    tone: 'caution',
    title: t('pwLoginWeakTitle'),
    body: reasonLines(v, 3),
    steps: steps(),
    duty: t('pwDuty'),
    anchor,
    actions: [...accountSecurityAction(), { label: t('pwGotIt'), onClick: onClose, primary: accountSecurityAction().length === 0 }],
  };
}

/**
 * Confirm mode: a weak (or breached) NEW password is about to be saved (role=alertdialog). "Choose a
 * stronger one" is the default; "Use it anyway" always lets the user through.
 */
export function confirmWeakCard(v: StrengthVerdict | undefined, breached: boolean, anchor: Element | null, choose: (proceed: boolean) => void): CardSpec {
  const body = v && !v.ok ? reasonLines(v) : [];
  if (breached) body.unshift(t('pwBreachTitle'));
  body.push(t('pwConfirmBody'));
  return {
    key: 'confirm',
    role: 'alertdialog',
    title: t('pwConfirmTitle'),
    body,
    duty: t('pwDuty'),
    anchor,
    actions: [
      { label: t('pwConfirmGoBack'), onClick: () => choose(false), primary: true },
      { label: t('pwConfirmAnyway'), onClick: () => choose(true) },
    ],
    onCancel: () => choose(false),
  };
}

export function breachedCard(count: number, isNew: boolean, anchor: Element | null, onClose: () => void): CardSpec {
  return {
    key: 'breach',
    role: 'alert',
    title: t('pwBreachTitle'),
    body: [t('pwBreachBody', count), ...(isNew ? [t('pwBreachNewBody')] : [])],
    steps: isNew ? undefined : steps(),
    duty: t('pwBreachDuty'),
    anchor,
    actions: [...(isNew ? [] : accountSecurityAction()), { label: t('pwGotIt'), onClick: onClose, primary: isNew || accountSecurityAction().length === 0 }],
  };
}

/** Offline, timed out, or an answer that is not a range response: say so quietly, never block. */
export function breachUnavailableCard(anchor: Element | null): CardSpec {
  return { key: 'breach', role: 'status', title: t('pwBreachUnavailable'), anchor };
}

export function reusedCard(host: string, isNew: boolean, anchor: Element | null, onClose: () => void): CardSpec {
  return {
    key: 'reuse',
    role: 'alert',
    tone: 'caution',
    title: t('pwReuseTitle', isolate(host)),
    body: [t('pwReuseWhy', isolate(host)), ...(isNew ? [t('pwReuseNewBody')] : [])],
    steps: isNew ? undefined : steps(),
    duty: t('pwDuty'),
    anchor,
    actions: [...(isNew ? [] : accountSecurityAction()), { label: t('pwGotIt'), onClick: onClose, primary: isNew || accountSecurityAction().length === 0 }],
  };
}

export function sharedAccountCard(email: string, anchor: Element | null, onClose: () => void): CardSpec {
  return {
    key: 'shared',
    role: 'status',
    title: t('pwSharedTitle', email),
    body: [t('pwSharedBody')],
    duty: t('pwSharedDuty'),
    anchor,
    actions: [{ label: t('pwGotIt'), onClick: onClose }],
  };
}
