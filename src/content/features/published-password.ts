// Password prompts on published Notion pages (*.notion.site): anyone can publish a page there, and a
// fake "log in to Notion" form on one is a known phishing vector. Notion never asks for a password on a
// published page, so any password field there gets an alert. SRM: "protecting their login credentials".
// Fixtures: test/fixtures/notion/published-*.html. E2E: test/e2e/hygiene.e2e.ts.

import { defineFeature } from '../runtime/feature';
import { findPasswordFields } from '../notion/published';
import { isPublishedHost } from '@shared/notion-hosts';
import { t } from '../../platform/i18n';
import { reportAction } from '../ui/report';
import { isolate } from '@shared/format';

export default defineFeature({
  id: 'published-password',
  include: (url) => isPublishedHost(url.hostname),
  init(ctx) {
    let recorded: string | undefined;
    let dismissed = false;
    ctx.onFlush(() => {
      const fields = findPasswordFields(document);
      if (!fields.length || dismissed) return ctx.ui.hide('phish');
      if (!recorded) recorded = ctx.record({ kind: 'published-password-prompt', decision: 'shown', detail: 'password-field' }) ?? 'unsent';
      ctx.ui.show({
        key: 'phish',
        role: 'alert',
        title: t('publishedPwTitle'),
        body: [t('publishedPwBody', isolate(location.hostname))],
        duty: t('publishedPwDuty'),
        anchor: fields[0],
        actions: [
          { label: t('publishedPwLeave'), onClick: () => location.assign('https://app.notion.com/login'), primary: true },
          ...reportAction(recorded === 'unsent' ? undefined : recorded),
          {
            label: t('gotIt'),
            onClick: () => {
              dismissed = true;
              ctx.ui.hide('phish');
            },
          },
        ],
      });
    });
  },
});
