// Public-exposure coaching (General access → the web, Publish, a public page's switches; coach and confirm
// modes, the "already public" status line): share/exposure-watch.ts, in the lazy `menus` part. This file,
// in the script on every Notion page, only waits until a dialog or a menu is open, then loads that part
// and hands the feature's context over: a page where no menu opens never parses it.
// Every exposing control is inside the share menu, one press or more after it opened, and the part takes
// tens of milliseconds to come. Until it is here, every press inside a dialog or menu (a plain left press
// or Enter/Space; never typing in a text field) is held, then pressed again, in order, once the part
// listens: each is then coached or held like a press made now. If the part cannot be had: in confirm mode the held
// presses are dropped (as a confirm card that cannot load leaves the action held: press again), and for
// 10 s nothing is held, so a broken part never locks Notion's menus; in coach mode they go through.
// Fixtures: test/fixtures/notion/share-*.html. E2E: test/e2e/publish.e2e.ts.

import { isNotionHost } from '@shared/notion-hosts';
import { defineFeature } from '../runtime/feature';
import { handOver } from '../parts/hand-over';
import { press } from '../runtime/intercept';
import { dialogOf, hasOpenLayer } from '../notion/share-menu';
import { closest } from '../notion/dom';
import * as SEL from '../notion/selectors';
import { isLoginPath } from '../notion/page';
import { noteExposure } from '../runtime/coverage';

const PRESS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown'] as const;

export default defineFeature({
  id: 'public-exposure',
  modeKey: 'publishMode',
  include: (url) => isNotionHost(url.hostname) && !isLoginPath(url.pathname),
  init(ctx) {
    let loading = false;
    let calmUntil = 0; // after a part that could not be had: hold nothing until then
    let held: { at: Element; key?: KeyboardEvent }[] = [];
    const hold = (e: Event) => {
      const t = e.target;
      if (!loading || !e.isTrusted || !(t instanceof Element) || !dialogOf(t) || closest(t, SEL.typingField)) return;
      if (e instanceof KeyboardEvent ? e.key !== 'Enter' && e.key !== ' ' : (e as MouseEvent).button !== 0) return;
      const m = e as MouseEvent;
      if (m.ctrlKey || m.metaKey || m.shiftKey || m.altKey) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.type === 'click' || e.type === 'keydown') held.push({ at: t, key: e instanceof KeyboardEvent ? e : undefined });
    };
    for (const type of PRESS) ctx.listen(window, type, hold, { capture: true });
    const release = (replay: boolean) => {
      loading = false;
      const presses = held;
      held = [];
      // After every copy of the part's listeners is there (account hygiene's too), in the order pressed.
      if (replay) setTimeout(() => presses.forEach((p) => p.at.isConnected && press(p.at, p.key)), 0);
    };
    const ready = () => {
      const open = hasOpenLayer(document);
      loading ||= open && Date.now() > calmUntil;
      return open;
    };
    handOver(
      ctx,
      'menus',
      ready,
      (m) => {
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
