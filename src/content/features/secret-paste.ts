// Secrets pasted into pages: a PEM private key, cloud keys, service tokens, a JWT or a payment card
// number pasted into a Notion page gets a card saying what it looks like and why a page is the wrong
// place; in confirm mode the paste waits for "Paste anyway". The pasted text is scanned in memory and
// never stored, logged or sent: only the kind of secret is recorded. SRM: "only storing appropriate
// materials in Notion".
// The scanner is a lazy chunk, loaded the first time the user focuses an editable area, so it is ready
// (synchronously) by the time they paste; a paste before that is checked a moment later (coach only).
// A paste longer than one scan slice (256 K characters) is scanned a slice at a time, giving the page its turn
// between slices, so no paste blocks Notion for long whatever its size: coach mode lets it in and warns after;
// confirm mode holds it while it is scanned, then asks, or lets it in when nothing was found.
// The coach card's main action is "Undo the paste" (notion/fix-controls.ts undoPaste, in the `ui` part: Notion's own undo,
// then the browser's), verified by scanning the block again (in memory, as the paste was); Report opens
// the activity log at the event.
// Fixtures: test/fixtures/notion/share-a.html (page body is editable). E2E: test/e2e/paste.e2e.ts, fixes.e2e.ts.

import { loadPart } from '../parts/registry';
import { defineFeature } from '../runtime/feature';
import { isEditableTarget } from '../notion/editor';
import { currentPage, isLoginPath } from '../notion/page';
import { isNotionHost } from '@shared/notion-hosts';
import { formatList, t, type MessageKey } from '../../platform/i18n';
import { isolate } from '@shared/format';
import { runFix } from '../ui/lazy-ui';
import { reportAction } from '../ui/report';
import type { SecretKind } from '@shared/secrets';

type Scanner = typeof import('@shared/secrets');

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

export default defineFeature({
  id: 'secret-paste',
  modeKey: 'pasteMode',
  include: (url) => isNotionHost(url.hostname) && !isLoginPath(url.pathname),
  init(ctx) {
    let scanner: Scanner | undefined;
    let loading: Promise<Scanner> | undefined;
    let replaying = false;
    const load = () =>
      (loading ??= loadPart('secrets').then(
        (m) => {
          scanner = m;
          return m;
        },
        (e: unknown) => {
          loading = undefined; // not injected this time: the next focus asks again
          throw e;
        },
      ));
    ctx.listen(document, 'focusin', (e) => isEditableTarget(e.target) && void load(), { capture: true });

    const describe = (kinds: SecretKind[]) => formatList([...new Set(kinds.map((k) => t(LABEL[k])))]);

    /** The editable block the paste went into (a leaf inside a bigger editor: the whole editable root). */
    const blockOf = (target: Element | null): Element | null => {
      let el = target;
      while (el?.parentElement && isEditableTarget(el.parentElement)) el = el.parentElement;
      return el;
    };

    /** The card after a paste (coach mode, or "Paste anyway"): `recorded` is the event already recorded, if any. */
    const coach = (kinds: SecretKind[], anchor: Element | null, note?: string, recorded?: { id: string | undefined }) => {
      const page = currentPage();
      const id = recorded ? recorded.id : ctx.record({ kind: 'secret-paste', decision: 'shown', detail: kinds.join(','), pageTitle: page.title, pageId: page.id });
      const undo = async () => {
        const block = blockOf(anchor);
        // Still there: the block's text, scanned in memory for the same kinds (nothing is kept).
        const stillThere = () => !!block && !!scanner && scanner.scanForSecrets((block.textContent ?? '').slice(0, scanner.SCAN_SLICE_CHARS)).some((f) => kinds.includes(f.kind));
        const outcome = block ? await runFix((f) => f.undoPaste(block, stillThere)) : 'missing';
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

    const kindsOf = (found: readonly { kind: SecretKind }[]) => found.map((f) => f.kind);
    const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

    /** Lets a held paste in: Notion handles the paste itself; if nothing did, insert the text as a plain paste would. */
    const replay = (target: Element, text: string) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      replaying = true;
      try {
        const again = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
        if (target.dispatchEvent(again)) document.execCommand('insertText', false, text);
      } finally {
        replaying = false;
      }
    };

    /** Confirm: the text lives only in this closure until the user decides. */
    const ask = (kinds: SecretKind[], target: Element, text: string) => {
      const page = currentPage();
      const decide = (paste: boolean) => {
        ctx.ui.hide('confirm');
        const id = ctx.record({ kind: 'secret-paste', decision: paste ? 'proceeded' : 'went-back', detail: kinds.join(','), pageTitle: page.title, pageId: page.id });
        if (target instanceof HTMLElement) target.focus();
        if (!paste) return;
        replay(target, text);
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

    ctx.listen(
      document,
      'paste',
      (e: ClipboardEvent) => {
        if (replaying || !isEditableTarget(e.target)) return;
        const target = e.target as Element;
        const text = e.clipboardData?.getData('text/plain') ?? '';
        if (!text) return;
        const confirm = ctx.settings().values.pasteMode === 'confirm';
        if (scanner && text.length <= scanner.SCAN_SLICE_CHARS) {
          const kinds = kindsOf(scanner.scanForSecrets(text));
          if (!kinds.length) return;
          if (!confirm) return coach(kinds, target);
          e.preventDefault();
          e.stopImmediatePropagation();
          return ask(kinds, target, text);
        }
        // A big paste (or one before the scanner loaded: then it is never held) is scanned in slices.
        const hold = confirm && scanner !== undefined;
        if (hold) {
          e.preventDefault();
          e.stopImmediatePropagation();
        }
        return load()
          .then((m) => m.scanInSlices(text, pause))
          .then(kindsOf, () => []) // a scan that fails finds nothing: a held paste is not lost
          .then((kinds) => {
            const stopped = ctx.signal.aborted;
            if (hold && (stopped || !kinds.length)) return target.isConnected ? replay(target, text) : undefined;
            if (stopped || !kinds.length) return;
            return hold ? ask(kinds, target, text) : coach(kinds, target);
          });
      },
      { capture: true },
    );
  },
});
