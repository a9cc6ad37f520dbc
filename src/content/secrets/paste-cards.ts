// The cards of the secret-paste feature (features/secret-paste.ts), in the lazy `secrets` part beside the
// scanner (parts/secrets.iife.ts). The feature's paste listener stays in the script on every Notion page
// (it must see every paste); what it does once the scanner found something is here. Whenever it needs
// these the part is already loaded (it has just scanned with it), so a card is shown in the same turn as
// before: inside the paste event for a paste of up to one scan slice, right after the scan for a bigger one.
// The coach card's main action is "Undo the paste" (notion/fix-controls.ts undoPaste, in the `ui` part:
// Notion's own undo, then the browser's), verified by scanning the block again (in memory, as the paste
// was); Report opens the activity log at the event. The pasted text is never stored, logged or sent.
// What reads Notion's page with the organisation's selector overrides (the editable block, the fixes) is
// handed in by the feature (PasteHooks): this part has its own copy of notion/dom.ts, without them.

import { scanForSecrets, SCAN_SLICE_CHARS, type SecretKind } from '@shared/secrets';
import { isolate } from '@shared/format';
import { formatList, t, type MessageKey } from '../../platform/i18n';
import { currentPage } from '../notion/page';
import { reportAction } from '../ui/report';
import type { FeatureContext } from '../runtime/feature';
import type { runFix } from '../ui/lazy-ui';

const LABEL: Record<SecretKind, MessageKey> = {
  'private-key': 'secretPrivateKey',
  'aws-access-key': 'secretCloudKey',
  'gcp-service-account': 'secretCloudKey',
  'azure-storage-key': 'secretCloudKey',
  'github-token': 'secretToken',
  'gitlab-token': 'secretToken',
  'slack-token': 'secretToken',
  'slack-webhook': 'secretWebhook',
  'stripe-key': 'secretToken',
  'openai-key': 'secretToken',
  'anthropic-key': 'secretToken',
  'google-api-key': 'secretCloudKey',
  'twilio-key': 'secretToken',
  'sendgrid-key': 'secretToken',
  'npm-token': 'secretToken',
  jwt: 'secretJwt',
  'payment-card': 'secretCard',
};

/** What the feature in the every-page script lends the cards. */
export interface PasteHooks {
  /** The editable block the paste went into (a leaf inside a bigger editor: the whole editable root). */
  blockOf(target: Element | null): Element | null;
  /** Lets a held paste in (the listener must not hold that paste again). */
  replay(target: Element, text: string): void;
  /** Runs a card's fix from the `ui` part (ui/lazy-ui.ts). */
  runFix: typeof runFix;
}

export interface PasteCards {
  /** The card after a paste (coach mode, or "Paste anyway"): `recorded` is the event already recorded, if any. */
  coach(kinds: SecretKind[], anchor: Element | null, note?: string, recorded?: { id: string | undefined }): void;
  /** Confirm mode: the paste is held; the text lives only in this closure until the user decides. */
  ask(kinds: SecretKind[], target: Element, text: string): void;
}

export function pasteCards(ctx: FeatureContext, hooks: PasteHooks): PasteCards {
  const describe = (kinds: SecretKind[]) => formatList([...new Set(kinds.map((k) => t(LABEL[k])))]);

  const coach: PasteCards['coach'] = (kinds, anchor, note, recorded) => {
    const page = currentPage();
    const id = recorded ? recorded.id : ctx.record({ kind: 'secret-paste', decision: 'shown', detail: kinds.join(','), pageTitle: page.title, pageId: page.id });
    const undo = async () => {
      const block = hooks.blockOf(anchor);
      // Still there: the block's text, scanned in memory for the same kinds (nothing is kept).
      const stillThere = () => !!block && scanForSecrets((block.textContent ?? '').slice(0, SCAN_SLICE_CHARS)).some((f) => kinds.includes(f.kind));
      const outcome = block ? await hooks.runFix((f) => f.undoPaste(block, stillThere)) : 'missing';
      if (outcome === 'done') {
        ctx.ui.show({ key: 'secret', role: 'status', title: t('fixUndone'), anchor, actions: [{ label: t('gotIt'), onClick: () => ctx.ui.hide('secret') }] });
      } else coach(kinds, anchor, t('fixUndoShown'), { id });
    };
    ctx.ui.show({
      key: 'secret',
      role: 'alert',
      title: t('pasteTitle', describe(kinds)),
      body: [t('pasteBody', isolate(page.title)), t('pasteBodyAfter')],
      note,
      duty: t('pasteDuty'),
      anchor,
      actions: [
        { label: t('fixUndoPaste'), onClick: () => void undo(), primary: true },
        ...reportAction(id),
        { label: t('gotIt'), onClick: () => ctx.ui.hide('secret') },
      ],
    });
  };

  const ask: PasteCards['ask'] = (kinds, target, text) => {
    const page = currentPage();
    const decide = (paste: boolean) => {
      ctx.ui.hide('confirm');
      const id = ctx.record({ kind: 'secret-paste', decision: paste ? 'proceeded' : 'went-back', detail: kinds.join(','), pageTitle: page.title, pageId: page.id });
      if (target instanceof HTMLElement) target.focus();
      if (!paste) return;
      hooks.replay(target, text);
      // Went ahead anyway: the coach card, with Undo and Report.
      coach(kinds, target, undefined, { id });
    };
    ctx.ui.show({
      key: 'confirm',
      role: 'alertdialog',
      title: t('pasteTitle', describe(kinds)),
      body: [t('pasteBody', isolate(page.title))],
      duty: t('pasteDuty'),
      actions: [
        { label: t('pasteDontPaste'), onClick: () => decide(false), primary: true },
        { label: t('pasteAnyway'), onClick: () => decide(true) },
      ],
      onCancel: () => decide(false),
    });
  };

  return { coach, ask };
}
