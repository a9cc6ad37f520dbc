// The optional permissions of the two opt-in password checks (manifest.json optional_permissions /
// optional_host_permissions). PURE constants, shared by the options page (which requests them on the
// user's click) and the background (which checks them).
//
// Breach check: api.pwnedpasswords.com. Asked for when the USER turns the check on, so the browser
// names the one host that will be contacted. When the ORGANISATION turns it on (storage.managed),
// nobody is prompted: the secret frame's request is then an ordinary CORS request from the
// extension's origin — HIBP answers the preflight with "Access-Control-Allow-Headers: Add-Padding"
// and allows any origin (HaveIBeenPwned/PwnedPasswordsCloudflareWorker src/index.ts) — so the check
// works without the permission; with it, the browser skips the preflight. Either way only the 5-char
// prefix and the Add-Padding header are sent.
//
// Reuse watch: all sites (to see a password submitted elsewhere; `scripting`, always granted, registers
// that content script at run time) is required; `notifications` is asked for in the same prompt, so a
// reuse found on another site can be told outside that site's page. Kept optional so installing SRM
// Coach never asks for all sites.

export const HIBP_PERMISSIONS = { origins: ['https://api.pwnedpasswords.com/*'] };
export const REUSE_REQUIRED = { origins: ['*://*/*'] };
export const REUSE_PERMISSIONS = { permissions: ['notifications' as const], origins: ['*://*/*'] };
