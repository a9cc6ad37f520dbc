// webextension-polyfill, for the background (its wide API set). Content scripts and pages use ext.ts.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Storage, Tabs } from 'webextension-polyfill';

/** False once the extension was updated, reloaded or disabled under a still-running content script. */
export function isContextValid(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
