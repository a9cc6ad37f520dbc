// Who already has access (the share menu's people, Settings → People) and the access review it records:
// share/access-watch.ts, in the lazy `classify` part, which classifies them. This file, in the script on
// every Notion page, only waits until a share menu or Settings is open, then loads that part and hands
// the feature's context over (so a page where nobody opens either never loads the Public Suffix List).
// Fixtures: test/fixtures/notion/share-*.html, people-*.html. E2E: test/e2e/hygiene.e2e.ts, fixes.e2e.ts.

import { handOver } from '../parts/hand-over';
import { defineFeature } from '../runtime/feature';
import { locateShareSurfaces } from '../notion/share-menu';
import { findSettingsModal } from '../notion/settings-modal';
import { isLoginPath } from '../notion/page';
import { isNotionHost } from '@shared/notion-hosts';
import { notePanel } from '../runtime/coverage';

export default defineFeature({
  id: 'access-review',
  include: (url) => isNotionHost(url.hostname) && !isLoginPath(url.pathname),
  init(ctx) {
    const ready = () => !!findSettingsModal(document) || locateShareSurfaces(document).some((s) => s.kind === 'share-menu');
    handOver(ctx, 'classify', ready, (m) => m.watchAccess(ctx, notePanel));
  },
});
