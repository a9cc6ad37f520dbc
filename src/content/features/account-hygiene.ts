// Account hygiene (Settings → Account security: 2-step verification, password, devices; an export recorded
// as the latest backup): account/hygiene-watch.ts, in the lazy `menus` part. This file, in the script on
// every Notion page, only waits until Settings, a dialog or a menu is open (the export dialogs are ones),
// then loads that part and hands the feature's context over.
// Fixtures: test/fixtures/notion/account-*.html, export-*.html. E2E: test/e2e/hygiene.e2e.ts.

import { defineFeature } from '../runtime/feature';
import { handOver } from '../parts/hand-over';
import { hasOpenLayer } from '../notion/share-menu';
import { findSettingsModal } from '../notion/settings-modal';
import { isLoginPath } from '../notion/page';
import { isNotionHost } from '@shared/notion-hosts';
import { notePanel, seen } from '../runtime/coverage';

export default defineFeature({
  id: 'account-hygiene',
  include: (url) => isNotionHost(url.hostname) && !isLoginPath(url.pathname),
  init(ctx) {
    handOver(ctx, 'menus', () => hasOpenLayer(document) || !!findSettingsModal(document), (m) => m.watchHygiene(ctx, { notePanel, seen }));
  },
});
