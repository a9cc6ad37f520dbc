// Optional permissions, asked for on the user's click (options page) and checked anywhere.
import { browser } from './browser';

export interface PermissionSet {
  permissions?: string[];
  origins?: string[];
}
type Browsers = Parameters<typeof browser.permissions.request>[0];

export function hasPermissions(p: PermissionSet): Promise<boolean> {
  return browser.permissions.contains(p as Browsers).catch(() => false);
}

/** Must run inside the user's click (a user gesture), or the browser refuses. */
export function requestPermissions(p: PermissionSet): Promise<boolean> {
  return browser.permissions.request(p as Browsers);
}

export function removePermissions(p: PermissionSet): Promise<boolean> {
  return browser.permissions.remove(p as Browsers).catch(() => false);
}
