// Password prompts on published Notion pages (*.notion.site): anyone can publish a page there, and a
// fake "log in to Notion" form on one is a known phishing vector. Notion never asks for a password on a
// published page, so any password field there gets an alert. SRM: "protecting their login credentials".
// This file finds the field and records the prompt; the alert is published/phish-card.ts, in the lazy
// `ui` part (asked for when the field is seen, as showing the card then did; its arrival pokes a flush).
// Fixtures: test/fixtures/notion/published-*.html. E2E: test/e2e/hygiene.e2e.ts.

import { defineFeature } from '../runtime/feature';
import { findPasswordFields } from '../notion/published';
import { isPublishedHost } from '@shared/notion-hosts';
import { lazyCards } from '../ui/lazy-ui';

export default defineFeature({
  id: 'published-password',
  include: (url) => isPublishedHost(url.hostname),
  init(ctx) {
    let recorded: string | undefined;
    let dismissed = false;
    const dismiss = () => {
      dismissed = true;
      ctx.ui.hide('phish');
    };
    const card = lazyCards(ctx, (ui) => ui.phishCard);
    ctx.onFlush(() => {
      const fields = findPasswordFields(document);
      if (!fields.length || dismissed) return ctx.ui.hide('phish');
      if (!recorded) recorded = ctx.record({ kind: 'published-password-prompt', decision: 'shown', detail: 'password-field' }) ?? 'unsent';
      // Before the `ui` part is here: no card yet; its arrival pokes a fresh flush (never a stale card).
      card.now()?.(ctx, fields[0]!, recorded === 'unsent' ? undefined : recorded, dismiss);
    });
  },
});
