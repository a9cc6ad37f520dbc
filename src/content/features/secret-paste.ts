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
// What follows a find — the coach card with "Undo the paste" and Report, the confirm card — is
// secrets/paste-cards.ts, in the same lazy `secrets` part as the scanner: it is loaded whenever a paste has
// been scanned, so the cards come in the same turn as the scan. Only the listener and the replay of a held
// paste are here.
// Fixtures: test/fixtures/notion/share-a.html (page body is editable). E2E: test/e2e/paste.e2e.ts, fixes.e2e.ts.

import { loadPart, type Parts } from '../parts/registry';
import { defineFeature } from '../runtime/feature';
import { isEditableTarget } from '../notion/editor';
import { isLoginPath } from '../notion/page';
import { isNotionHost } from '@shared/notion-hosts';
import { runFix } from '../ui/lazy-ui';
import type { PasteCards } from '../secrets/paste-cards';
import type { SecretKind } from '@shared/secrets';

type Scanner = Parts['secrets'];

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

    /** The editable block the paste went into (a leaf inside a bigger editor: the whole editable root). */
    const blockOf = (target: Element | null): Element | null => {
      let el = target;
      while (el?.parentElement && isEditableTarget(el.parentElement)) el = el.parentElement;
      return el;
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

    /** The cards, from the `secrets` part (loaded whenever a paste has been scanned). */
    let cards: PasteCards | undefined;
    const cardsOf = (m: Scanner) => (cards ??= m.pasteCards(ctx, { blockOf, replay, runFix }));

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
          if (!confirm) return cardsOf(scanner).coach(kinds, target);
          e.preventDefault();
          e.stopImmediatePropagation();
          return cardsOf(scanner).ask(kinds, target, text);
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
            // Something found: the part scanned it, so it is here (`scanner`), cards and all.
            if (stopped || !kinds.length || !scanner) return;
            return hold ? cardsOf(scanner).ask(kinds, target, text) : cardsOf(scanner).coach(kinds, target);
          });
      },
      { capture: true },
    );
  },
});
