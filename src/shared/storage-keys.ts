// Storage keys read by more than one context, in a module with no imports (a page can read storage
// without importing the background's log store or the settings code). PURE.

/** storage.local: the activity log (background/log-store.ts). */
export const LOG_KEY = 'log';
/** storage.local: the managed policy mirrored by the background (platform/settings.ts explains why). */
export const MANAGED_MIRROR = 'managedMirror';
/**
 * storage.local: the effective settings as the background merged them ({ version, values, locked, notices }),
 * so the script on every Notion page reads them without the settings code (platform/settings.ts).
 */
export const EFFECTIVE_SETTINGS = 'effectiveSettings';
/** storage.local: onboarding progress (shared/onboarding.ts). */
export const ONBOARDING_KEY = 'onboarding';
/** storage.local: the reuse watch's public salt of stage 1 (shared/password/fingerprint.ts); not a secret. */
export const REUSE_PUBLIC_SALT = 'reusePublicSalt';
