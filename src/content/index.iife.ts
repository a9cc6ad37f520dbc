// Entry of the one content script on every Notion page (manifest content_scripts). Kept small:
// heavy parts (Public Suffix List, password scorer) are imported lazily by the features that need them.
import { start } from './runtime/start';
import { FEATURES } from './features/index';

void start(FEATURES).catch(() => {
  /* never throw into Notion's page */
});
