// Storage keys read by more than one context, in a module with no imports, so that tiny scripts (the
// popup's prefetch) can use them without pulling in the browser polyfill. PURE.

/** storage.local: the activity log (background/log-store.ts). */
export const LOG_KEY = 'log';
/** storage.local: the managed policy mirrored by the background (platform/settings.ts explains why). */
export const MANAGED_MIRROR = 'managedMirror';
/** storage.local: onboarding progress (shared/onboarding.ts). */
export const ONBOARDING_KEY = 'onboarding';
