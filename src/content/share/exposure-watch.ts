// Public-exposure coaching once a dialog or menu is open (the share menu, where General access and the
// Publish tab are): General access → "Anyone on the web with link", Publish, search-engine indexing,
// allowing editing/duplication/comments on a public page. Coach mode lets the click through and explains
// what just changed; confirm mode holds it until "… anyway" (Publish anyway, Open to the web anyway, Turn
// it on anyway). When the share menu opens on a page that is already public, a status line says so. Every
// card's main action takes it back through Notion's own controls: "Make private again" (General access →
// Only people invited) or "Unpublish"; which one the status line offers is read here
// (notion/fix-finders.ts). This file recognises the click, holds it, records; the cards themselves are
// share/exposure-cards.ts in the lazy `ui` part. It runs in the lazy `menus` part (parts/menus.iife.ts):
// the every-page script (features/public-exposure.ts) hands the feature over when the first dialog or
// menu opens, so the part is here before a control inside one can be pressed (see that file).
// Fixtures: test/fixtures/notion/share-*.html. E2E: test/e2e/publish.e2e.ts.

import type { FeatureContext } from '../runtime/feature';
import { holdActions } from '../runtime/intercept';
import { exposureOfClick, isPagePublic, type ExposureAction } from '../notion/publish';
import { dialogOf, findShareSurfaces, hasPublishTab, mayAffectSurfaces } from '../notion/share-menu';
import { currentPage } from '../notion/page';
import { unpublishControl, webAccessControl } from '../notion/fix-finders';
import { lazyCards, runFix } from '../ui/lazy-ui';
import type { AlreadyPublic } from './exposure-cards';

/** The every-page script's coverage recorder (runtime/coverage.ts noteExposure): this part's copy would record into nothing. */
export type NoteExposure = <T extends { action: string; control: Element } | undefined>(hit: T) => T;

/**
 * Starts the coaching. Presses made in a dialog or menu while this part was on its way are held by
 * features/public-exposure.ts and pressed again once these listeners are there.
 */
export function watchExposure(ctx: FeatureContext, noteExposure: NoteExposure): void {
  const seenPublic = new Set<string>();

  const exposure = (target: Element) => {
    if (!dialogOf(target)) return undefined; // only inside Notion's share menu / overlays
    return noteExposure(exposureOfClick(target));
  };

  const explain = (action: ExposureAction, decision: 'shown' | 'proceeded' | 'went-back') => {
    const page = currentPage();
    return ctx.record({ kind: 'public-exposure', decision, detail: action, pageTitle: page.title, pageId: page.id });
  };

  /** The open share menu (where General access and the Publish panel are). */
  const menuRoot = (near?: Element | null): Element | undefined =>
    (near && dialogOf(near)) ?? findShareSurfaces(document).find((s) => s.kind === 'share-menu' || hasPublishTab(s.root))?.root;

  /** The cards, from the `ui` part (share/exposure-cards.ts). */
  const cards = lazyCards(ctx, (ui) => ui.exposureCards(ctx, { menuRoot, explain, runFix }));

  // Coach mode: the action goes through; the alert explains it right after, with the way back.
  ctx.listen(
    window,
    'click',
    (e: MouseEvent) => {
      if (ctx.settings().values.publishMode !== 'coach' || !(e.target instanceof Element)) return;
      const hit = exposure(e.target);
      if (!hit) return;
      ctx.ui.hide('fixed');
      const id = explain(hit.action, 'shown');
      // The action happened whatever becomes of the card: it is recorded now and explained as soon as
      // the cards are here (at once, unless the `ui` part is still on its way).
      cards.when((c) => c.coach(hit.action, hit.control, id));
    },
    { capture: true },
  );

  // Confirm mode: hold the action until the user decides. A part that cannot be had leaves the action
  // held with no card, as when the card UI itself cannot load; pressing it again asks again.
  holdActions(
    ctx,
    (target) => (ctx.settings().values.publishMode === 'confirm' ? exposure(target)?.control : undefined),
    (held) => {
      const action = exposureOfClick(held.control)?.action ?? 'publish';
      cards.when((c) => c.confirm(held, action), () => held.control.isConnected);
    },
  );

  // Status line: the open share menu is on a page that is already public.
  let menuOpen = false;
  const already: AlreadyPublic = { dismissed: false, note: undefined };
  ctx.onFlush((added, rescan) => {
    if (!menuOpen && !rescan && !mayAffectSurfaces(added)) return;
    const menu = findShareSurfaces(document).find((s) => s.kind === 'share-menu' || hasPublishTab(s.root));
    if (!menu) {
      already.dismissed = false;
      already.note = undefined;
      ctx.ui.hide('fixed');
    }
    menuOpen = !!menu;
    // A share menu may lead to an exposing click: its cards are asked for now, not after the click.
    const drawn = menu ? cards.now() : undefined;
    // Right after an exposure alert the status line would only repeat it.
    if (!menu || !isPagePublic(menu.root) || ctx.ui.isShown('exposure')) {
      ctx.ui.hide('already-public');
      return;
    }
    const page = currentPage();
    const prefer = webAccessControl(menu.root) || !unpublishControl(menu.root) ? 'private' : 'unpublish';
    // Before the `ui` part is here: no line yet; its arrival pokes a fresh flush (never a stale line).
    if (!already.dismissed) drawn?.alreadyPublic(menu.root, prefer, already);
    const key = page.id ?? location.pathname;
    if (!seenPublic.has(key)) {
      seenPublic.add(key);
      ctx.record({ kind: 'page-public-seen', decision: 'recorded', pageTitle: page.title, pageId: page.id });
    }
  });
}
