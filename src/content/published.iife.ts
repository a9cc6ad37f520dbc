// Entry of the content script on published Notion pages (*.notion.site, manifest content_scripts[2]):
// the same runtime as the app's every-page script (index.iife.ts) with the one feature that applies
// there, the password-prompt warning. Neither script carries the other's features.
import { start } from './runtime/start';
import publishedPassword from './features/published-password';

void start([publishedPassword]).catch(() => {
  /* never throw into the published page */
});
