// The one list of Notion origins SRM Coach runs on. manifest.json must match it (test/structure).
//
// app.notion.com is the web app's main host since 2026; www.notion.so / notion.so still serve the app
// and its login popups; www.notion.com serves login and help (docs/notion-ui.md#hosts).
// Published pages (*.notion.site, docs/notion-ui.md#published-pages) are matched too, for one feature
// only: warning about password prompts there (a known phishing vector). It has a content script of its
// own, so neither host's pages carry the other's features; the features check their host too.

export const NOTION_HOSTS = ['app.notion.com', 'www.notion.so', 'notion.so', 'www.notion.com'] as const;

export type NotionHost = (typeof NOTION_HOSTS)[number];

export const PUBLISHED_MATCH = 'https://*.notion.site/*';

// Built by functions marked pure, so the scripts that do not use them carry no code for them.
/** The app's pages: the script on every Notion page (src/content/index.iife.ts). */
export const APP_MATCHES: readonly string[] = /* @__PURE__ */ (() => NOTION_HOSTS.map((h) => `https://${h}/*`))();
/** Every origin SRM Coach runs on (host_permissions): the app's and published pages (src/content/published.iife.ts). */
export const NOTION_MATCHES: readonly string[] = /* @__PURE__ */ (() => [...APP_MATCHES, PUBLISHED_MATCH])();

/**
 * The login and signup screens (docs/notion-ui.md#login-and-signup), where a small document_start script starts the
 * password checks' frame early (src/content/prewarm.iife.ts). `*` also covers /login/… and ?query.
 */
export const LOGIN_MATCHES: readonly string[] = /* @__PURE__ */ (() => NOTION_HOSTS.flatMap((h) => [`https://${h}/login*`, `https://${h}/signup*`]))();

export function isNotionHost(hostname: string): hostname is NotionHost {
  return (NOTION_HOSTS as readonly string[]).includes(hostname);
}

/** A published Notion page host: <something>.notion.site (not notion.site itself). */
export function isPublishedHost(hostname: string): boolean {
  return hostname.endsWith('.notion.site') && hostname.length > '.notion.site'.length;
}
