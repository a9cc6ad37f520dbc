// Public-exposure coaching (General access → the web, Publish, a public page's switches; coach and confirm
// modes, the "already public" status line): share/exposure-watch.ts, in the lazy `menus` part. This file,
// in the script on every Notion page, only waits until a dialog or a menu is open, then loads that part
// and hands the feature's context over: a page where no menu opens never parses it.
// Every exposing control is inside the share menu, one press or more after it opened, and the part takes
// tens of milliseconds to come. Until it is here, every press inside a dialog or menu (a plain left press
// or Enter/Space; never typing in a text field) is held, then pressed again, in order, once the part
// listens (runtime/press-gate.ts): each is then coached or held like a press made now. If the part cannot be had: in confirm mode the held
// presses are dropped (as a confirm card that cannot load leaves the action held: press again), and for
// 10 s nothing is held, so a broken part never locks Notion's menus; in coach mode they go through.
// Fixtures: test/fixtures/notion/share-*.html. E2E: test/e2e/publish.e2e.ts.

import { isNotionHost } from '@shared/notion-hosts';
import { defineFeature } from '../runtime/feature';
import { handOver } from '../parts/hand-over';
import { hasOpenLayer } from '../notion/share-menu';
import { isLoginPath } from '../notion/page';
import { noteExposure } from '../runtime/coverage';
import type { OpenGate } from '../runtime/press-gate';

export default defineFeature({
  id: 'public-exposure',
  modeKey: 'publishMode',
  include: (url) => isNotionHost(url.hostname) && !isLoginPath(url.pathname),
  init(ctx) {
    let open: OpenGate | undefined; // the presses held while the part is on its way (runtime/press-gate.ts)
    let calmUntil = 0; // after a part that could not be had: hold nothing until then
    let here = false;
    const release = (replay: boolean) => {
      open?.(replay);
      open = undefined;
    };
    const ready = () => {
      const layer = hasOpenLayer(document);
      if (layer && !open && Date.now() > calmUntil) open = ctx.holdPresses();
      return layer;
    };
    // A press in a menu the observer has not reported yet (its flush comes in the next task): held now, and
    // the part asked for at once.
    ctx.onDialogPress(() => !here && ready() && ctx.poke());
    handOver(
      ctx,
      'menus',
      ready,
      (m) => {
        here = true;
        m.watchExposure(ctx, noteExposure);
        release(true);
      },
      () => {
        calmUntil = Date.now() + 10_000;
        release(ctx.settings().values.publishMode !== 'confirm');
      },
    );
  },
});
