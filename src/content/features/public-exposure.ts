// Public-exposure coaching: General access → "Anyone on the web with link", Publish, search-engine
// indexing, allowing editing/duplication/comments on a public page. Coach mode lets the click through
// and explains what just changed; confirm mode holds it until "… anyway" (Publish anyway, Open to the web
// anyway, Turn it on anyway). When the share menu opens on a page that is already public, a status line
// says so. Every card's main action takes it back through Notion's own controls (notion/fix-controls.ts,
// in the lazy `ui` part: ui/lazy-ui.ts runFix): "Make private again" (General access → Only people invited)
// or "Unpublish"; which one to offer is read here (notion/fix-finders.ts).
// Fixtures: test/fixtures/notion/share-*.html. E2E: test/e2e/publish.e2e.ts.

import { isNotionHost } from '@shared/notion-hosts';
import { defineFeature } from '../runtime/feature';
import { holdActions } from '../runtime/intercept';
import { exposureOfClick, isPagePublic, type ExposureAction } from '../notion/publish';
import { dialogOf, findShareSurfaces, hasPublishTab, mayAffectSurfaces } from '../notion/share-menu';
import { currentPage, isLoginPath } from '../notion/page';
import { t, type MessageKey } from '../../platform/i18n';
import { unpublishControl, webAccessControl } from '../notion/fix-finders';
import type { FixOutcome } from '../notion/fix-controls';
import { runFix } from '../ui/lazy-ui';
import { reportAction } from '../ui/report';
import type { CardAction } from '../ui/coach-ui';

/** The confirm step's "go ahead" button names what the user pressed. */
const ANYWAY: Record<ExposureAction, MessageKey> = {
  'web-link': 'publicAnyway',
  publish: 'publicPublishAnyway',
  indexing: 'publicSwitchAnyway',
  editing: 'publicSwitchAnyway',
  duplicate: 'publicSwitchAnyway',
  comments: 'publicSwitchAnyway',
};
import { noteExposure } from '../runtime/coverage';
import { isolate } from '@shared/format';

const CONSEQUENCE: Record<ExposureAction, MessageKey> = {
  'web-link': 'publicWebLink',
  publish: 'publicPublish',
  indexing: 'publicIndexing',
  editing: 'publicEditing',
  duplicate: 'publicDuplicate',
  comments: 'publicComments',
};

export default defineFeature({
  id: 'public-exposure',
  modeKey: 'publishMode',
  include: (url) => isNotionHost(url.hostname) && !isLoginPath(url.pathname),
  init(ctx) {
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

    /** The fix for what is open now: Make private again when General access says web, else Unpublish. */
    const fixFor = (key: string, root: Element | undefined, prefer: 'private' | 'unpublish', redraw: (note: string) => void): CardAction[] => {
      if (!root) return [];
      const done = (outcome: FixOutcome, ok: string, where: string) => {
        if (outcome === 'done') {
          ctx.ui.show({ key: 'fixed', role: 'status', title: ok, anchor: root, actions: [{ label: t('gotIt'), onClick: () => ctx.ui.hide('fixed') }] });
          ctx.ui.hide(key);
        } else redraw(where);
      };
      const priv: CardAction = {
        label: t('fixMakePrivate'),
        primary: true,
        onClick: () => void runFix((f) => f.makePrivate(root)).then((o) => done(o, t('fixMadePrivate'), t('fixMakePrivateShown'))),
      };
      const unpub: CardAction = {
        label: t('fixUnpublish'),
        primary: true,
        onClick: () => void runFix((f) => f.unpublish(root)).then((o) => done(o, t('fixUnpublished'), t('fixUnpublishShown'))),
      };
      return prefer === 'private' ? [priv] : [unpub];
    };

    const coachCard = (action: ExposureAction, anchor: Element | null, eventId: string | undefined, note?: string) => {
      const page = currentPage();
      const root = menuRoot(anchor);
      const redraw = (where: string) => coachCard(action, anchor, eventId, where);
      ctx.ui.show({
        key: 'exposure',
        role: 'alert',
        title: t('publicTitle', isolate(page.title)),
        body: [t(CONSEQUENCE[action], isolate(page.title)), t('publicNext')],
        note,
        duty: t('publicDuty'),
        anchor: root ?? null,
        actions: [
          ...fixFor('exposure', root, action === 'web-link' ? 'private' : 'unpublish', redraw),
          ...reportAction(eventId),
          { label: t('publicGotIt'), onClick: () => ctx.ui.hide('exposure') },
        ],
      });
    };

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
        coachCard(hit.action, hit.control, id);
      },
      { capture: true },
    );

    // Confirm mode: hold the action until the user decides.
    holdActions(
      ctx,
      (target) => (ctx.settings().values.publishMode === 'confirm' ? exposure(target)?.control : undefined),
      (held) => {
        const hit = exposureOfClick(held.control);
        const action = hit?.action ?? 'publish';
        const page = currentPage();
        const close = (decision: 'proceeded' | 'went-back') => {
          ctx.ui.hide('confirm');
          const id = explain(action, decision);
          if (decision === 'proceeded') {
            const anchor = held.control;
            held.replay();
            // Went ahead anyway: the same card as coach mode, with the way back and Report.
            coachCard(action, anchor, id);
          }
        };
        ctx.ui.show({
          key: 'confirm',
          role: 'alertdialog',
          title: t('publicTitle', isolate(page.title)),
          body: [t(CONSEQUENCE[action], isolate(page.title))],
          duty: t('publicDuty'),
          actions: [
            { label: t('confirmGoBack'), onClick: () => close('went-back'), primary: true },
            { label: t(ANYWAY[action]), onClick: () => close('proceeded') },
          ],
          onCancel: () => close('went-back'),
        });
      },
    );

    // Status line: the open share menu is on a page that is already public.
    let menuOpen = false;
    let alreadyDismissed = false;
    let alreadyNote: string | undefined;
    ctx.onFlush((added, rescan) => {
      if (!menuOpen && !rescan && !mayAffectSurfaces(added)) return;
      const menu = findShareSurfaces(document).find((s) => s.kind === 'share-menu' || hasPublishTab(s.root));
      if (!menu) {
        alreadyDismissed = false;
        alreadyNote = undefined;
        ctx.ui.hide('fixed');
      }
      menuOpen = !!menu;
      // Right after an exposure alert the status line would only repeat it.
      if (!menu || !isPagePublic(menu.root) || ctx.ui.isShown('exposure')) {
        ctx.ui.hide('already-public');
        return;
      }
      const page = currentPage();
      const prefer = webAccessControl(menu.root) || !unpublishControl(menu.root) ? 'private' : 'unpublish';
      const show = (note?: string) =>
        ctx.ui.show({
          key: 'already-public',
          role: 'status',
          tone: 'caution',
          title: t('publicAlreadyTitle', isolate(page.title)),
          body: [t('publicAlreadyBody')],
          note,
          anchor: menu.root,
          actions: [
            ...fixFor('already-public', menu.root, prefer, (n) => show((alreadyNote = n))),
            {
              label: t('publicGotIt'),
              onClick: () => {
                alreadyDismissed = true;
                ctx.ui.hide('already-public');
              },
            },
          ],
        });
      if (!alreadyDismissed) show(alreadyNote);
      const key = page.id ?? location.pathname;
      if (!seenPublic.has(key)) {
        seenPublic.add(key);
        ctx.record({ kind: 'page-public-seen', decision: 'recorded', pageTitle: page.title, pageId: page.id });
      }
    });
  },
});
