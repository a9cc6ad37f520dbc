// Password coaching: strength meter on Set/Change password and signup, weak-password alert
// on login, shared-account note, opt-in breach check and reuse watch. This file runs on EVERY Notion
// page, so it only detects a password surface and then loads the coaching (content/password/run.ts);
// the scorer itself (~800 kB gzip of dictionaries) loads only inside the secret frame.
// Fixtures: test/fixtures/notion/login-*.html, signup-*.html, password-settings-*.html.
// E2E: test/e2e/password-*.e2e.ts.

import { isNotionHost } from '@shared/notion-hosts';
import { defineFeature } from '../runtime/feature';
import { mayHavePasswordSurface } from '../notion/password-surface';
import { loadPart } from '../parts/registry';

export default defineFeature({
  id: 'password-coach',
  modeKey: 'passwordMode',
  // Any app page (the Settings modal opens over any page); not published *.notion.site pages.
  include: (url) => isNotionHost(url.hostname),
  init(ctx) {
    let started = false;
    const check = () => {
      if (started || !mayHavePasswordSurface(document, location.pathname)) return;
      started = true;
      void loadPart('password').then(
        (m) => !ctx.signal.aborted && m.run(ctx),
        () => (started = false), // not injected (the worker was restarting): try again on a later flush
      );
    };
    ctx.onFlush(check);
    check();
  },
});
