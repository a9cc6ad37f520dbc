// Where the extension's pages send people. URLs only (no UI text). Sources are noted per link.

/** Notion's Shared Responsibilities Model: the source of every duty (src/shared/duties/model.ts). */
export const SRM_HELP_URL = 'https://www.notion.com/help/shared-responsibilities-model';

/** Linked from the SRM page itself ("adhere to Notion's policies"). */
export const CONTENT_USE_POLICY_URL = 'https://www.notion.com/notion/Content-Use-Policy-1b9a773d5583486cb5c1d39a8d777a55';

/**
 * Notion's published security contact. notion.so/.well-known/security.txt names this page as both
 * Policy and Contact (third-party record of a live probe, 2026-07-11); the page says reports are
 * accepted through Notion's HackerOne programme (hackerone.com/notion).
 */
export const SECURITY_CONTACT_URL = 'https://www.notion.so/Responsible-Disclosure-Policy-5f18bb6b86804eaf989c006131778b9c';

/** Official help pages (docs/notion-ui.md#account-security: "Settings → {your name} → Account security"). */
export const TWO_STEP_HELP_URL = 'https://www.notion.com/help/two-step-verification';
export const ACCOUNT_HELP_URL = 'https://www.notion.com/help/account-settings';

/** The web app's main host since 2026 (docs/notion-ui.md#hosts). */
export const NOTION_APP_URL = 'https://app.notion.com/';
