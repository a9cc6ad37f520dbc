// Storage keys read by more than one context, in a module with no imports (a page can read storage
// without importing the background's log store or the settings code). PURE.

/** storage.local: the activity log (background/log-store.ts). */
export const LOG_KEY = 'log';
/** storage.local: the managed policy mirrored by the background (platform/settings.ts explains why). */
export const MANAGED_MIRROR = 'managedMirror';
/** storage.local: onboarding progress (shared/onboarding.ts). */
export const ONBOARDING_KEY = 'onboarding';
/** storage.local: the reuse watch's public salt of stage 1 (shared/password/fingerprint.ts); not a secret. */
export const REUSE_PUBLIC_SALT = 'reusePublicSalt';
/** storage.local: coverage of Notion's screens (shared/coverage/model.ts), written by the background only. */
export const COVERAGE_KEY = 'coverage';
