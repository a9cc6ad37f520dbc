// A card's "Report" action: asks the background to open SRM Coach's activity log at this event
// (src/background/report.ts), where the user sees what a report holds before anything is sent.
import { send } from '../../platform/messaging';
import { t } from '../../platform/i18n';
import type { CardAction } from './coach-ui';

export function openReport(eventId: string): void {
  void send('report:open', { eventId }).catch(() => undefined); // extension reloaded: nothing to open
}

/** The Report button for the event a card recorded, or nothing when the event was not recorded. */
export function reportAction(eventId: string | undefined): CardAction[] {
  return eventId ? [{ label: t('reportAction'), onClick: () => openReport(eventId) }] : [];
}
