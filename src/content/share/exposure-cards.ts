// The cards of the public-exposure coaching (features/public-exposure.ts), in the lazy `ui` part
// (parts/ui.iife.ts, part.exposureCards) beside the card UI that draws them. The feature in the every-page
// script recognises the exposing click, holds it in confirm mode, records events and notices a share menu
// on a page that is already public; what it shows is built here: the coach card (what just changed, the
// way back, Report), the confirm card whose "… anyway" names what the user pressed, and the "already
// public" status line. Every card's main action takes it back through Notion's own controls
// (notion/fix-controls.ts through ui/lazy-ui.ts runFix): "Make private again" (General access → Only
// people invited) or "Unpublish"; which one the status line offers is read by the feature
// (notion/fix-finders.ts, with the page's selector overrides).

import { isolate } from '@shared/format';
import { t, type MessageKey } from '../../platform/i18n';
import { currentPage } from '../notion/page';
import { reportAction } from '../ui/report';
import type { ExposureAction } from '../notion/publish';
import type { FixOutcome } from '../notion/fix-controls';
import type { CardAction } from '../ui/coach-ui';
import type { FeatureContext } from '../runtime/feature';
import type { Held } from '../runtime/intercept';
import type { runFix } from '../ui/lazy-ui';

/** The confirm step's "go ahead" button names what the user pressed. */
const ANYWAY: Record<ExposureAction, MessageKey> = {
  'web-link': 'publicAnyway',
  publish: 'publicPublishAnyway',
  indexing: 'publicSwitchAnyway',
  editing: 'publicSwitchAnyway',
  duplicate: 'publicSwitchAnyway',
  comments: 'publicSwitchAnyway',
};

const CONSEQUENCE: Record<ExposureAction, MessageKey> = {
  'web-link': 'publicWebLink',
  publish: 'publicPublish',
  indexing: 'publicIndexing',
  editing: 'publicEditing',
  duplicate: 'publicDuplicate',
  comments: 'publicComments',
};

/** What the exposure coaching (share/exposure-watch.ts, in the `menus` part) lends the cards. */
export interface ExposureHooks {
  /** The open share menu (where General access and the Publish panel are), near `near` if given. */
  menuRoot(near?: Element | null): Element | undefined;
  /** Records the exposure event; returns its id (what Report opens). */
  explain(action: ExposureAction, decision: 'shown' | 'proceeded' | 'went-back'): string | undefined;
  /** Runs a card's fix from the `ui` part (ui/lazy-ui.ts). */
  runFix: typeof runFix;
}

/** The "already public" status line's state, kept by the feature until the share menu closes. */
export interface AlreadyPublic {
  /** "Got it" was pressed. */
  dismissed: boolean;
  /** Where to find Notion's control when a fix could not press it. */
  note: string | undefined;
}

export interface ExposureCards {
  /** After the action (coach mode, or "… anyway"): what changed, the way back, Report for `eventId`. */
  coach(action: ExposureAction, anchor: Element | null, eventId: string | undefined, note?: string): void;
  /** Confirm mode: the action is held until the user decides. */
  confirm(held: Held, action: ExposureAction): void;
  /** The status line for a share menu open on a page that is already public. */
  alreadyPublic(root: Element, prefer: 'private' | 'unpublish', state: AlreadyPublic): void;
}

export function exposureCards(ctx: FeatureContext, hooks: ExposureHooks): ExposureCards {
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
      onClick: () => void hooks.runFix((f) => f.makePrivate(root)).then((o) => done(o, t('fixMadePrivate'), t('fixMakePrivateShown'))),
    };
    const unpub: CardAction = {
      label: t('fixUnpublish'),
      primary: true,
      onClick: () => void hooks.runFix((f) => f.unpublish(root)).then((o) => done(o, t('fixUnpublished'), t('fixUnpublishShown'))),
    };
    return prefer === 'private' ? [priv] : [unpub];
  };

  const coach: ExposureCards['coach'] = (action, anchor, eventId, note) => {
    const page = currentPage();
    const root = hooks.menuRoot(anchor);
    const redraw = (where: string) => coach(action, anchor, eventId, where);
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

  const confirm: ExposureCards['confirm'] = (held, action) => {
    const page = currentPage();
    const close = (decision: 'proceeded' | 'went-back') => {
      ctx.ui.hide('confirm');
      const id = hooks.explain(action, decision);
      if (decision === 'proceeded') {
        const anchor = held.control;
        held.replay();
        // Went ahead anyway: the same card as coach mode, with the way back and Report.
        coach(action, anchor, id);
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
  };

  const alreadyPublic: ExposureCards['alreadyPublic'] = (root, prefer, state) => {
    const page = currentPage();
    const show = (note?: string) =>
      ctx.ui.show({
        key: 'already-public',
        role: 'status',
        tone: 'caution',
        title: t('publicAlreadyTitle', isolate(page.title)),
        body: [t('publicAlreadyBody')],
        note,
        anchor: root,
        actions: [
          ...fixFor('already-public', root, prefer, (n) => show((state.note = n))),
          {
            label: t('publicGotIt'),
            onClick: () => {
              state.dismissed = true;
              ctx.ui.hide('already-public');
            },
          },
        ],
      });
    show(state.note);
  };

  return { coach, confirm, alreadyPublic };
}
