// Secrets pasted into pages: a PEM private key, cloud keys, service tokens, a JWT or a payment card
// number pasted into a Notion page gets a card saying what it looks like and why a page is the wrong
// place; in confirm mode the paste waits for "Paste anyway". The pasted text is scanned in memory and
// never stored, logged or sent: only the kind of secret is recorded. SRM: "only storing appropriate
// materials in Notion".
// The scanner is a lazy chunk, loaded the first time the user focuses an editable area, so it is ready
// (synchronously) by the time they paste; a paste before that is checked a moment later (coach only).
// Fixtures: test/fixtures/notion/share-a.html (page body is editable). E2E: test/e2e/paste.e2e.ts.

import { loadPart } from '../parts/registry';
import { defineFeature } from '../runtime/feature';
import { isEditableTarget } from '../notion/editor';
import { currentPage, isLoginPath } from '../notion/page';
import { isNotionHost } from '@shared/notion-hosts';
import { t, type MessageKey } from '../../platform/i18n';
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

    const describe = (kinds: SecretKind[]) => [...new Set(kinds.map((k) => t(LABEL[k])))].join(', ');

    const coach = (kinds: SecretKind[], anchor: Element | null) => {
      const page = currentPage();
      ctx.ui.show({
        key: 'secret',
        role: 'alert',
        title: t('pasteTitle', describe(kinds)),
        body: [t('pasteBody', page.title), t('pasteBodyAfter')],
        duty: t('pasteDuty'),
        anchor,
        actions: [{ label: t('gotIt'), onClick: () => ctx.ui.hide('secret'), primary: true }],
      });
      ctx.record({ kind: 'secret-paste', decision: 'shown', detail: kinds.join(','), pageTitle: page.title, pageId: page.id });
    };

    ctx.listen(
      document,
      'paste',
      (e: ClipboardEvent) => {
        if (replaying || !isEditableTarget(e.target)) return;
        const target = e.target as Element;
        const text = e.clipboardData?.getData('text/plain') ?? '';
        if (!text) return;
        if (!scanner) {
          // Not loaded yet (paste without focusing first): check right after, in coach style.
          void load().then((m) => {
            const found = m.scanForSecrets(text).map((f) => f.kind);
            if (found.length) coach(found, target);
          });
          return;
        }
        const kinds = scanner.scanForSecrets(text).map((f) => f.kind);
        if (!kinds.length) return;
        if (ctx.settings().values.pasteMode !== 'confirm') return coach(kinds, target);

        // Confirm: hold the paste; the text lives only in this closure until the user decides.
        e.preventDefault();
        e.stopImmediatePropagation();
        const page = currentPage();
        const decide = (paste: boolean) => {
          ctx.ui.hide('confirm');
          ctx.record({ kind: 'secret-paste', decision: paste ? 'proceeded' : 'went-back', detail: kinds.join(','), pageTitle: page.title, pageId: page.id });
          if (target instanceof HTMLElement) target.focus();
          if (!paste) return;
          const data = new DataTransfer();
          data.setData('text/plain', text);
          replaying = true;
          try {
            const replay = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
            // Notion handles the paste itself; if nothing did, insert the text as a plain paste would.
            if (target.dispatchEvent(replay)) document.execCommand('insertText', false, text);
          } finally {
            replaying = false;
          }
        };
        ctx.ui.show({
          key: 'confirm',
          role: 'alertdialog',
          title: t('pasteTitle', describe(kinds)),
          body: [t('pasteBody', page.title)],
          duty: t('pasteDuty'),
          actions: [
            { label: t('pasteDontPaste'), onClick: () => decide(false), primary: true },
            { label: t('pasteAnyway'), onClick: () => decide(true) },
          ],
          onCancel: () => decide(false),
        });
      },
      { capture: true },
    );
  },
});
