// The cards of the access review (features/access-review.ts), in the lazy `ui` part (parts/ui.iife.ts,
// part.accessCards) beside the card UI that draws them. The feature in the every-page script reads who
// has access, classifies them (the `classify` part) and records the review; the cards are built here: the
// share menu's status line naming people outside the trusted domains with their level, and the People
// list's card with its guests and the "someone leaving?" checklist. Each outside person gets "Remove
// access": their level menu opened and its Remove pressed through Notion's own controls
// (notion/fix-controls.ts removeAccess, through ui/lazy-ui.ts runFix), else the card says where it is.

import { isolate } from '@shared/format';
import type { InviteeVerdict } from '@shared/domain/classify';
import { t, type MessageKey } from '../../platform/i18n';
import { currentPage } from '../notion/page';
import type { AccessRow, Level } from '../notion/access-list';
import type { CardItem } from '../ui/coach-ui';
import type { FeatureContext } from '../runtime/feature';
import type { runFix } from '../ui/lazy-ui';

const LEVEL_KEY: Partial<Record<Level, MessageKey>> = {
  full: 'accessLevelFull',
  edit: 'accessLevelEdit',
  comment: 'accessLevelComment',
  view: 'accessLevelView',
};

/** A person with access, and what the classifier made of their domain. */
export type Outside = { row: AccessRow; v: InviteeVerdict };

/** What the feature in the every-page script lends the cards. */
export interface AccessHooks {
  /** "Mark access as reviewed" was pressed on the People card. */
  marked(): void;
  /** Runs a card's fix from the `ui` part (ui/lazy-ui.ts). */
  runFix: typeof runFix;
}

export interface AccessCards {
  /** The share menu's status line for the people outside the trusted domains (`ext`, never empty). */
  outside(root: Element, ext: Outside[]): void;
  /** The People list's card: its outside guests (maybe none) and the "someone leaving?" checklist. */
  people(panel: Element, guests: Outside[]): void;
}

export function accessCards(ctx: FeatureContext, hooks: AccessHooks): AccessCards {
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
          void hooks.runFix((f) => f.removeAccess(row.row)).then((outcome) => {
            notes.set(row.email, outcome === 'done' ? t('fixRemoveAccessDone', row.email) : t('fixRemoveAccessShown', row.email));
            ctx.poke();
          }),
      },
    ],
  });

  const reason = (v: InviteeVerdict) =>
    v.kind === 'personal' ? t('accessReasonPersonal') : v.kind === 'lookalike' ? t('accessReasonLookalike', v.lookalikeOf ?? '') : t('accessReasonUnknown');

  return {
    outside(root, ext) {
      ctx.ui.show({
        key: 'outside',
        role: 'status',
        title: t('accessTitle', ext.length === 1 ? t('accessPeopleOne') : t('accessPeopleMany', ext.length), isolate(currentPage().title)),
        tone: ext.some(({ v }) => v.kind === 'lookalike') ? 'danger' : 'info',
        items: ext.map(({ row, v }) => removeItem(row, `${t(LEVEL_KEY[row.level ?? 'full'] ?? 'accessLevelUnknown')} · ${reason(v)}`)),
        body: [t('accessNext')],
        duty: t('accessDuty'),
        anchor: root,
      });
    },
    people(panel, guests) {
      ctx.ui.show({
        key: 'people',
        role: 'status',
        title: guests.length ? t('peopleTitle', guests.length) : t('peopleAllKnown'),
        items: guests.map(({ row, v }) => removeItem(row, reason(v))),
        body: [t('peopleLeavingTitle')],
        steps: [t('peopleLeaving1'), t('peopleLeaving2'), t('peopleLeaving3')],
        duty: t('accessDuty'),
        anchor: panel,
        actions: [{ label: t('peopleMarkReviewed'), onClick: hooks.marked }],
      });
    },
  };
}
