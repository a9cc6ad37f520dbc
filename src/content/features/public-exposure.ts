// Public-exposure coaching (General access → the web, Publish, a public page's switches; coach and confirm
// modes, the "already public" status line): share/exposure-watch.ts, in the lazy `menus` part. This file,
// in the script on every Notion page, only waits until a dialog or a menu is open, then loads that part
// and hands the feature's context over: a page where no menu opens never parses it.
// Every exposing control is inside the share menu, one press or more after it opened, and the part takes
// tens of milliseconds to come: until it is here, presses in dialogs and menus are held, then pressed
// again once it listens (parts/hand-over.ts, runtime/press-gate.ts).
// Fixtures: test/fixtures/notion/share-*.html. E2E: test/e2e/publish.e2e.ts.

import { isNotionHost } from '@shared/notion-hosts';
import { defineFeature } from '../runtime/feature';
import { handOver } from '../parts/hand-over';
import { hasOpenLayer } from '../notion/share-menu';
import { isLoginPath } from '../notion/page';
import { noteExposure } from '../runtime/coverage';

export default defineFeature({
  id: 'public-exposure',
  modeKey: 'publishMode',
  include: (url) => isNotionHost(url.hostname) && !isLoginPath(url.pathname),
  init(ctx) {
    handOver(
      ctx,
      'menus',
      () => hasOpenLayer(document),
      (m) => m.watchExposure(ctx, noteExposure),
      () => ctx.settings().values.publishMode === 'confirm',
    );
  },
});
