// The extension's own identity for pages and content code: its URLs and version.
import { browser } from './browser';

export { isContextValid } from './browser';

/** The full URL of a file of the extension (a page, an icon, the secret frame). */
export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}
