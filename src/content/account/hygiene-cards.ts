// The cards of the account hygiene (features/account-hygiene.ts), in the lazy `ui` part
// (parts/ui.iife.ts, part.hygieneCards) beside the card UI that draws them. The feature in the every-page
// script reads Settings → Account security and records what it sees; the cards are built here: the status
// card when 2-step verification is off, whose main action presses Notion's "Add verification method"
// (notion/fix-controls.ts startTwoStep through ui/lazy-ui.ts runFix; Notion then asks for the password and
// shows its steps), and the devices list's reminder to sign out what is not recognised.

import { t } from '../../platform/i18n';
import type { FeatureContext } from '../runtime/feature';
import type { runFix } from '../ui/lazy-ui';

/** The cards' state, kept by the feature for as long as it runs. */
export interface HygieneState {
  /** The devices reminder's "Got it" was pressed. */
  devicesDismissed: boolean;
  /** Where to find Notion's 2-step control when the fix could not press it. */
  twofaNote: string | undefined;
}

export interface HygieneCards {
  /** 2-step verification is off (`noPassword`: the account has no password either). */
  twofaOff(panel: Element, noPassword: boolean): void;
  /** The devices list is open (`count` devices, when read). */
  devices(panel: Element, count: number | undefined): void;
}

export function hygieneCards(ctx: FeatureContext, state: HygieneState, fix: typeof runFix): HygieneCards {
  return {
    twofaOff(panel, noPassword) {
      ctx.ui.show({
        key: 'twofa',
        role: 'status',
        title: t('twofaOffTitle'),
        tone: 'caution',
        body: [t('twofaOffBody'), ...(noPassword ? [t('noPasswordNote')] : [])],
        note: state.twofaNote,
        duty: t('twofaDuty'),
        anchor: panel,
        actions: [
          {
            // Presses Notion's "Add verification method"; Notion then asks for the password and shows its steps.
            label: t('fixAddTwoStep'),
            primary: true,
            onClick: () =>
              void fix((f) => {
                const outcome = f.startTwoStep(panel);
                if (outcome !== 'done') f.showControl(f.addTwoStepControl(panel) ?? panel);
                return outcome;
              }).then((outcome) => {
                if (outcome === 'done') return;
                state.twofaNote = t('fixAddTwoStepShown');
                ctx.poke();
              }),
          },
        ],
      });
    },
    devices(panel, count) {
      ctx.ui.show({
        key: 'devices',
        role: 'status',
        title: t('devicesTitle'),
        body: [...(count ? [t('devicesCount', count)] : []), t('devicesBody')],
        anchor: panel,
        actions: [
          {
            label: t('gotIt'),
            onClick: () => {
              state.devicesDismissed = true;
              ctx.ui.hide('devices');
            },
          },
        ],
      });
    },
  };
}
