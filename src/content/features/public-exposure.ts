// Public-exposure coaching: General access → "Anyone on the web with link", Publish, search-engine
// indexing, allowing editing/duplication/comments on a public page. Coach mode lets the click through
// and explains what just changed; confirm mode holds it until "Open to the web anyway". When the share
// menu opens on a page that is already public, a status line says so.
// Fixtures: test/fixtures/notion/share-*.html. E2E: test/e2e/publish.e2e.ts.

import { isNotionHost } from '@shared/notion-hosts';
import { defineFeature } from '../runtime/feature';
import { holdActions } from '../runtime/intercept';
import { exposureOfClick, isPagePublic, type ExposureAction } from '../notion/publish';
import { dialogOf, findShareSurfaces, hasPublishTab, mayAffectSurfaces } from '../notion/share-menu';
import { currentPage, isLoginPath } from '../notion/page';
import { t, type MessageKey } from '../../platform/i18n';
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
      ctx.record({ kind: 'public-exposure', decision, detail: action, pageTitle: page.title, pageId: page.id });
    };

    // Coach mode: the action goes through; the alert explains it right after.
    ctx.listen(
      window,
      'click',
      (e: MouseEvent) => {
        if (ctx.settings().values.publishMode !== 'coach' || !(e.target instanceof Element)) return;
        const hit = exposure(e.target);
        if (!hit) return;
        const page = currentPage();
        ctx.ui.show({
          key: 'exposure',
          role: 'alert',
          title: t('publicTitle', isolate(page.title)),
          body: [t(CONSEQUENCE[hit.action], isolate(page.title)), t('publicNext')],
          duty: t('publicDuty'),
          anchor: dialogOf(hit.control) ?? null,
          actions: [{ label: t('publicGotIt'), onClick: () => ctx.ui.hide('exposure'), primary: true }],
        });
        explain(hit.action, 'shown');
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
          explain(action, decision);
          if (decision === 'proceeded') held.replay();
        };
        ctx.ui.show({
          key: 'confirm',
          role: 'alertdialog',
          title: t('publicTitle', isolate(page.title)),
          body: [t(CONSEQUENCE[action], isolate(page.title))],
          duty: t('publicDuty'),
          actions: [
            { label: t('confirmGoBack'), onClick: () => close('went-back'), primary: true },
            { label: t('publicAnyway'), onClick: () => close('proceeded') },
          ],
          onCancel: () => close('went-back'),
        });
      },
    );

    // Status line: the open share menu is on a page that is already public.
    let menuOpen = false;
    ctx.onFlush((added, rescan) => {
      if (!menuOpen && !rescan && !mayAffectSurfaces(added)) return;
      const menu = findShareSurfaces(document).find((s) => s.kind === 'share-menu' || hasPublishTab(s.root));
      menuOpen = !!menu;
      // Right after an exposure alert the status line would only repeat it.
      if (!menu || !isPagePublic(menu.root) || ctx.ui.isShown('exposure')) {
        ctx.ui.hide('already-public');
        return;
      }
      const page = currentPage();
      ctx.ui.show({
        key: 'already-public',
        role: 'status',
        title: t('publicAlreadyTitle', isolate(page.title)),
        body: [t('publicAlreadyBody')],
        anchor: menu.root,
        actions: [{ label: t('publicGotIt'), onClick: () => ctx.ui.hide('already-public') }],
      });
      const key = page.id ?? location.pathname;
      if (!seenPublic.has(key)) {
        seenPublic.add(key);
        ctx.record({ kind: 'page-public-seen', decision: 'recorded', pageTitle: page.title, pageId: page.id });
      }
    });
  },
});
