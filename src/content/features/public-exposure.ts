// Public-exposure coaching (General access → the web, Publish, a public page's switches; coach and confirm
// modes, the "already public" status line): share/exposure-watch.ts, in the lazy `menus` part. This file,
// in the script on every Notion page, only waits until a dialog or a menu is open, then loads that part
// and hands the feature's context over: a page where no menu opens never parses it. Every exposing control
// is inside the share menu, one press or more after it opened; the part takes tens of milliseconds to
// come. A press inside a dialog or menu in that time (not in a text field), for at most a second, is held
// here and pressed again once the part listens, which coaches or holds it as it would any press; if the
// part cannot be had, it goes through at once.
// Fixtures: test/fixtures/notion/share-*.html. E2E: test/e2e/publish.e2e.ts.

import { isNotionHost } from '@shared/notion-hosts';
import { defineFeature } from '../runtime/feature';
import { handOver } from '../parts/hand-over';
import { dialogOf, hasOpenLayer } from '../notion/share-menu';
import { isLoginPath } from '../notion/page';
import { noteExposure } from '../runtime/coverage';

const PRESS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown'] as const;

export default defineFeature({
  id: 'public-exposure',
  modeKey: 'publishMode',
  include: (url) => isNotionHost(url.hostname) && !isLoginPath(url.pathname),
  init(ctx) {
    let askedAt = -1; // when the part was asked for (-1: not on its way)
    const early: Element[] = [];
    const hold = (e: Event) => {
      const t = e.target;
      if (askedAt < 0 || performance.now() - askedAt > 1000 || !e.isTrusted || !(t instanceof Element) || !dialogOf(t)) return;
      if (t.closest('input,textarea,[contenteditable]') || (e instanceof KeyboardEvent && e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.type === 'click' || e.type === 'keydown') early.push(t);
    };
    for (const type of PRESS) ctx.listen(window, type, hold, { capture: true });
    const ready = () => {
      const open = hasOpenLayer(document);
      if (open && askedAt < 0) askedAt = performance.now();
      return open;
    };
    const release = () => {
      askedAt = -1;
      return early.splice(0);
    };
    handOver(
      ctx,
      'menus',
      ready,
      (m) => m.watchExposure(ctx, noteExposure, release()),
      () => release().forEach((t) => t.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }))),
    );
  },
});
