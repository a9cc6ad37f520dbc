// A card's "Report" button: the content script asks, and the background opens the extension's activity
// log at that event in a new tab (src/log/index.html?report=<eventId>), where the user sees exactly what
// a report would hold before anything is sent. The id is checked by the message guard (shared/messages.ts);
// nothing else from the page reaches the URL.
import { browser } from '../platform/browser';
import { handle } from '../platform/messaging';

export function reportUrl(eventId: string): string {
  return browser.runtime.getURL(`src/log/index.html?report=${encodeURIComponent(eventId)}`);
}

export function initReport(): void {
  handle({
    'report:open': async ({ eventId }) => {
      await browser.tabs.create({ url: reportUrl(eventId) });
      return { ok: true };
    },
  });
}
