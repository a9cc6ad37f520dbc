// The card of the published-page password alert (features/published-password.ts), in the lazy `ui` part
// (parts/ui.iife.ts, part.phishCard) beside the card UI that draws it. The feature in the every-page script
// finds the password field and records the prompt; the alert itself — leave for Notion's real login page,
// Report, Got it — is built here.

import { isolate } from '@shared/format';
import { t } from '../../platform/i18n';
import { reportAction } from '../ui/report';
import type { FeatureContext } from '../runtime/feature';

/** Shows the alert at `field`; `eventId` is the recorded prompt (what Report opens); `dismiss` is its Got it. */
export function phishCard(ctx: FeatureContext, field: Element, eventId: string | undefined, dismiss: () => void): void {
  ctx.ui.show({
    key: 'phish',
    role: 'alert',
    title: t('publishedPwTitle'),
    body: [t('publishedPwBody', isolate(location.hostname))],
    duty: t('publishedPwDuty'),
    anchor: field,
    actions: [
      { label: t('publishedPwLeave'), onClick: () => location.assign('https://app.notion.com/login'), primary: true },
      ...reportAction(eventId),
      { label: t('gotIt'), onClick: dismiss },
    ],
  });
}
