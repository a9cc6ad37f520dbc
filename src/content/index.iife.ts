// Entry of the content script on every page of the Notion app (manifest content_scripts[0]; published
// *.notion.site pages have their own, published.iife.ts, with their one feature). It only watches
// (≤ 10 kB gzip, test/structure/package.test.ts): the cards' UI with Preact (ui/lazy-ui.ts), the Public
// Suffix List with the share coaching, the exposure and account coaching, the secrets scanner, the password
// coaching, the other languages' words and the settings code (a fallback) are lazy
// parts the background injects when a page needs them (parts/registry.ts). Settings come published by
// the background (runtime/settings.ts); browser APIs through platform/ext.ts, without the polyfill.
import { start } from './runtime/start';
import { FEATURES } from './features/index';

void start(FEATURES).catch(() => {
  /* never throw into Notion's page */
});
