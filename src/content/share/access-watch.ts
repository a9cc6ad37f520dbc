// Who already has access: in the share menu, a status line naming people outside the trusted domains and
// their level; in Settings → People, guests from unknown or personal domains plus a "someone leaving?"
// checklist. Opening the People list records an access review (SRM: "regularly review and update access
// permissions", "revoke access for [departing] member[s]").
// Each outside person gets "Remove access": their level menu opened and its Remove pressed through
// Notion's own controls (notion/fix-controls.ts removeAccess), else the control is brought into view and
// the card says where it is. This file reads and classifies who has access and records the review, in the
// lazy `classify` part beside the classifier (parts/classify.iife.ts); features/access-review.ts, on every
// Notion page, hands the feature's context over once a share menu or Settings is open. The cards are
// share/access-cards.ts, in the lazy `ui` part (prefetched with `classify`).
// Fixtures: test/fixtures/notion/share-*.html, people-*.html. E2E: test/e2e/hygiene.e2e.ts, fixes.e2e.ts.

import { classifyInvitee } from '@shared/domain/classify';
import type { FeatureContext } from '../runtime/feature';
import { findShareSurfaces, mayAffectSurfaces, type ShareSurface } from '../notion/share-menu';
import { readAccessRows, readPeoplePanel, type AccessRow } from '../notion/access-list';
import { trustedSet } from '@shared/settings/merge';
import type { SurfaceId } from '@shared/coverage/surfaces';
import type { Outside } from './access-cards';
import { lazyCards, runFix } from '../ui/lazy-ui';

/**
 * Runs the access review with the feature's context until its signal ends. `note` is the every-page
 * script's coverage recorder (runtime/coverage.ts notePanel): this part's own copy would record into nothing.
 */
export function watchAccess(ctx: FeatureContext, note: (s: SurfaceId, panel: Element | undefined) => void): void {
  let watching = false;
  let reviewedThisVisit = false;
  let markedThisVisit = false; // "Mark access as reviewed" closes the card until the list is reopened

  /** The cards, from the `ui` part (share/access-cards.ts). Before it is here: no card yet; its arrival pokes a fresh flush. */
  const cards = lazyCards(ctx, (ui) =>
    ui.accessCards(ctx, {
      marked: () => {
        markedThisVisit = true;
        ctx.record({ kind: 'access-reviewed', decision: 'recorded', detail: 'marked' });
        ctx.ui.hide('people');
      },
      runFix,
    }),
  );
  const outside = (rows: AccessRow[]): Outside[] => {
    const s = ctx.settings().values;
    const trust = { ownDomains: s.ownDomains, trustedDomains: trustedSet(s) };
    return rows.map((row) => ({ row, v: classifyInvitee(row.email, trust) })).filter((x) => x.v.kind !== 'trusted' && x.v.kind !== 'invalid');
  };

  const shareMenu = (surfaces: ShareSurface[]) => {
    const menu = surfaces.find((s) => s.kind === 'share-menu');
    if (!menu) return ctx.ui.hide('outside');
    const ext = outside(readAccessRows(menu.root, menu.input.parentElement));
    if (!ext.length) return ctx.ui.hide('outside');
    cards.now()?.outside(menu.root, ext);
  };

  const peoplePanel = () => {
    const people = readPeoplePanel(document);
    note('people', people?.panel);
    if (!people) {
      reviewedThisVisit = false;
      markedThisVisit = false;
      return ctx.ui.hide('people');
    }
    if (!reviewedThisVisit) {
      reviewedThisVisit = true;
      ctx.record({ kind: 'access-reviewed', decision: 'recorded', detail: 'people-list' });
    }
    if (markedThisVisit) return;
    const guests = outside(people.rows.filter((r) => r.level === 'guest' || r.level === undefined));
    cards.now()?.people(people.panel, guests);
  };

  ctx.onFlush((added, rescan) => {
    if (!watching && !rescan && !mayAffectSurfaces(added)) return;
    const surfaces = findShareSurfaces(document);
    shareMenu(surfaces);
    peoplePanel();
    watching = ctx.ui.isShown('outside') || reviewedThisVisit || surfaces.length > 0;
  });
}
