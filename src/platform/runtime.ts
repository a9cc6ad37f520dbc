// The extension's own identity for pages and content code: its URLs and version.
import { ext } from './ext';

export { isContextValid } from './ext';

/** The full URL of a file of the extension (a page, an icon, the secret frame). */
export function extensionUrl(path: string): string {
  return ext.runtime.getURL(path);
}

export function extensionVersion(): string {
  return ext.runtime.getManifest().version;
}
