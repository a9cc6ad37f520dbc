// Who already has access: in the share menu, a status line naming people outside the trusted domains and
// their level; in Settings → People, guests from unknown or personal domains plus a "someone leaving?"
// checklist. Opening the People list records an access review (SRM: "regularly review and update access
// permissions", "revoke access for [departing] member[s]").
// Each outside person gets "Remove access": their level menu opened and its Remove pressed through
// Notion's own controls (notion/fix-controls.ts removeAccess), else the control is brought into view and
// the card says where it is.
// Fixtures: test/fixtures/notion/share-*.html, people-*.html. E2E: test/e2e/hygiene.e2e.ts, fixes.e2e.ts.

import { loadPart } from '../parts/registry';
import { defineFeature } from '../runtime/feature';
import { findShareSurfaces, mayAffectSurfaces, type ShareSurface } from '../notion/share-menu';
import { readAccessRows, readPeoplePanel, type AccessRow, type Level } from '../notion/access-list';
import { currentPage, isLoginPath } from '../notion/page';
import { isNotionHost } from '@shared/notion-hosts';
import { trustedSet } from '@shared/settings/merge';
import { t, type MessageKey } from '../../platform/i18n';
import { isolate } from '@shared/format';
import type { InviteeVerdict } from '@shared/domain/classify';
import type { CardItem } from '../ui/coach-ui';
import { runFix } from '../ui/lazy-ui';
import { notePanel } from '../runtime/coverage';

type Classifier = typeof import('@shared/domain/classify');

const LEVEL_KEY: Partial<Record<Level, MessageKey>> = {
  full: 'accessLevelFull',
  edit: 'accessLevelEdit',
  comment: 'accessLevelComment',
  view: 'accessLevelView',
};

export default defineFeature({
  id: 'access-review',
  include: (url) => isNotionHost(url.hostname) && !isLoginPath(url.pathname),
  init(ctx) {
    let lib: Classifier | undefined;
    let watching = false;
    let reviewedThisVisit = false;
    let markedThisVisit = false; // "Mark access as reviewed" closes the card until the list is reopened
    const notes = new Map<string, string>(); // email → the outcome of its "Remove access"

    const removeItem = (row: AccessRow, detail: string): CardItem => ({
      label: row.email,
      address: true,
      detail: notes.get(row.email) ?? detail,
      actions: [
        {
          label: t('fixRemoveAccess'),
          primary: true,
          onClick: () =>
            void runFix((f) => f.removeAccess(row.row)).then((outcome) => {
              notes.set(row.email, outcome === 'done' ? t('fixRemoveAccessDone', row.email) : t('fixRemoveAccessShown', row.email));
              ctx.poke();
            }),
        },
      ],
    });
    const load = () =>
      lib ??
      void loadPart('classify').then(
        (m) => {
          lib = m;
          ctx.poke();
        },
        () => undefined,
      );

    const outside = (rows: AccessRow[]): { row: AccessRow; v: InviteeVerdict }[] => {
      if (!lib) return [];
      const s = ctx.settings().values;
      const trust = { ownDomains: s.ownDomains, trustedDomains: trustedSet(s) };
      return rows.map((row) => ({ row, v: lib!.classifyInvitee(row.email, trust) })).filter((x) => x.v.kind !== 'trusted' && x.v.kind !== 'invalid');
    };

    const reason = (v: InviteeVerdict) =>
      v.kind === 'personal' ? t('accessReasonPersonal') : v.kind === 'lookalike' ? t('accessReasonLookalike', v.lookalikeOf ?? '') : t('accessReasonUnknown');

    const shareMenu = (surfaces: ShareSurface[]) => {
      const menu = surfaces.find((s) => s.kind === 'share-menu');
      if (!menu) return ctx.ui.hide('outside');
      const ext = outside(readAccessRows(menu.root, menu.input.parentElement));
      if (!ext.length) return ctx.ui.hide('outside');
      ctx.ui.show({
        key: 'outside',
        role: 'status',
        title: t('accessTitle', ext.length === 1 ? t('accessPeopleOne') : t('accessPeopleMany', ext.length), isolate(currentPage().title)),
        tone: ext.some(({ v }) => v.kind === 'lookalike') ? 'danger' : 'info',
        items: ext.map(({ row, v }) => removeItem(row, `${t(LEVEL_KEY[row.level ?? 'full'] ?? 'accessLevelUnknown')} · ${reason(v)}`)),
        body: [t('accessNext')],
        duty: t('accessDuty'),
        anchor: menu.root,
      });
    };

    const peoplePanel = () => {
      const people = readPeoplePanel(document);
      notePanel('people', people?.panel);
      if (!people) {
        reviewedThisVisit = false;
        markedThisVisit = false;
        return ctx.ui.hide('people');
      }
      if (!reviewedThisVisit) {
        reviewedThisVisit = true;
        ctx.record({ kind: 'access-reviewed', decision: 'recorded', detail: 'people-list' });
      }
      if (markedThisVisit || !lib) return; // never claim "everyone is trusted" before we can tell
      const guests = outside(people.rows.filter((r) => r.level === 'guest' || r.level === undefined));
      ctx.ui.show({
        key: 'people',
        role: 'status',
        title: guests.length ? t('peopleTitle', guests.length) : t('peopleAllKnown'),
        items: guests.map(({ row, v }) => removeItem(row, reason(v))),
        body: [t('peopleLeavingTitle')],
        steps: [t('peopleLeaving1'), t('peopleLeaving2'), t('peopleLeaving3')],
        duty: t('accessDuty'),
        anchor: people.panel,
        actions: [
          {
            label: t('peopleMarkReviewed'),
            onClick: () => {
              markedThisVisit = true;
              ctx.record({ kind: 'access-reviewed', decision: 'recorded', detail: 'marked' });
              ctx.ui.hide('people');
            },
          },
        ],
      });
    };

    ctx.onFlush((added, rescan) => {
      if (!watching && !rescan && !mayAffectSurfaces(added)) return;
      load();
      const surfaces = findShareSurfaces(document);
      shareMenu(surfaces);
      peoplePanel();
      watching = ctx.ui.isShown('outside') || reviewedThisVisit || surfaces.length > 0;
    });
  },
});
