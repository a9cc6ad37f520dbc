// Share coaching: warn inside the share menu (and People invites, and any invite dialog) when an
// invitee is from an unknown, personal or look-alike domain; in confirm mode hold "Invite" until the
// user chooses Share anyway / Go back. SRM: "restricting access … to known & trusted collaborators".
// This file, in the script on every Notion page, only waits for the first share surface: then it loads
// the lazy `classify` part, which holds the classifier and the coaching itself (share/invite-watch.ts),
// and hands this feature's context to it. Until the part is here nothing could be classified anyway; a
// key typed before it arrived counts as a pause (the address is read as it stands), and a press in a
// dialog or menu ("Invite" among them) is held, then pressed again once the part listens, so confirm mode
// holds an Invite pressed in those milliseconds too (parts/hand-over.ts).
// Fixtures: test/fixtures/notion/share-*.html, people-*.html, generic-*.html. E2E: test/e2e/share.e2e.ts.

import { handOver } from '../parts/hand-over';
import { isNotionHost } from '@shared/notion-hosts';
import { defineFeature } from '../runtime/feature';
import { locateShareSurfaces } from '../notion/share-menu';
import { isLoginPath } from '../notion/page';
import { noteShareSurfaces } from '../runtime/coverage';

export default defineFeature({
  id: 'share-invite',
  modeKey: 'shareMode',
  include: (url) => isNotionHost(url.hostname) && !isLoginPath(url.pathname),
  init(ctx) {
    const ready = () => {
      const surfaces = locateShareSurfaces(document);
      noteShareSurfaces(surfaces);
      return surfaces.length > 0;
    };
    handOver(
      ctx,
      'classify',
      ready,
      (m) => m.watchInvites(ctx, noteShareSurfaces),
      () => ctx.settings().values.shareMode === 'confirm',
    );
  },
});
