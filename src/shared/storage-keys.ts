// Storage keys read by more than one context, in a module with no imports (a page can read storage
// without importing the background's log store or the settings code). PURE.

/** storage.local: the activity log as earlier builds kept it (shared/log/stored.ts); moved to IndexedDB on start. */
export const LOG_KEY = 'log';
/** storage.local: the log digest, the evidence the popup and the badge read (shared/log/digest.ts). */
export const DIGEST_KEY = 'logDigest';
/** storage.local: the managed policy mirrored by the background (platform/settings.ts explains why). */
export const MANAGED_MIRROR = 'managedMirror';
/**
 * storage.local: the effective settings as the background merged them ({ version, values, locked, notices }),
 * so the script on every Notion page reads them without the settings code (platform/settings.ts).
 */
export const EFFECTIVE_SETTINGS = 'effectiveSettings';
/** storage.local: onboarding progress (shared/onboarding.ts). */
export const ONBOARDING_KEY = 'onboarding';
/** storage.local: epoch ms SRM Coach was installed (background/onboarding.ts); starts the reminders' grace. */
export const INSTALLED_KEY = 'installedAt';
/** storage.local: the reuse watch's public salt of stage 1 (shared/password/fingerprint.ts); not a secret. */
export const REUSE_PUBLIC_SALT = 'reusePublicSalt';
/** storage.local: coverage of Notion's screens (shared/coverage/model.ts), written by the background only. */
export const COVERAGE_KEY = 'coverage';
