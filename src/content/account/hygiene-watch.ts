// Account hygiene from Settings → Account security: 2-step verification status (a status card when it is
// off), whether the account has a password, and the devices list (opening it records a sessions review).
// Also records an export started from Notion as the latest backup. SRM: "strongly encouraged to implement
// two-factor authentication", "revoking unauthorized or outdated user sessions", "regular backups".
// This file reads the panel and records; the cards are account/hygiene-cards.ts, in the lazy `ui` part
// (asked for when the panel is seen, as a card shown then would have; its arrival pokes a fresh flush).
// It runs in the lazy `menus` part (parts/menus.iife.ts): the every-page script
// (features/account-hygiene.ts) hands the feature over when Settings or the first dialog or menu opens
// (the export dialogs are ones).
// Fixtures: test/fixtures/notion/account-*.html, export-*.html. E2E: test/e2e/hygiene.e2e.ts.

import type { FeatureContext } from '../runtime/feature';
import { exportOfClick, readAccountSecurity } from '../notion/account-security';
import { mayAffectSurfaces } from '../notion/share-menu';
import { lazyCards, runFix } from '../ui/lazy-ui';
import type { HygieneState } from './hygiene-cards';
import type { SurfaceId } from '@shared/coverage/surfaces';

/** The every-page script's coverage recorder (runtime/coverage.ts): this part's copy would record into nothing. */
export interface HygieneCoverage {
  notePanel(s: SurfaceId, panel: Element | undefined): void;
  seen(s: SurfaceId, cue: string): void;
}

export function watchHygiene(ctx: FeatureContext, { notePanel, seen }: HygieneCoverage): void {
  // Recorded once per state seen in this tab, so reopening the panel does not flood the log.
  const recorded = new Set<string>();
  const once = (key: string, record: () => void) => {
    if (recorded.has(key)) return;
    recorded.add(key);
    record();
  };
  let open = false;
  const state: HygieneState = { devicesDismissed: false, twofaNote: undefined };
  /** The cards, from the `ui` part (account/hygiene-cards.ts). */
  const cards = lazyCards(ctx, (ui) => ui.hygieneCards(ctx, state, runFix));

  ctx.onFlush((added, rescan) => {
    if (!open && !rescan && !mayAffectSurfaces(added)) return;
    const acct = readAccountSecurity(document);
    notePanel('account-security', acct?.panel);
    open = !!acct;
    if (!acct) {
      ctx.ui.hide('twofa');
      ctx.ui.hide('devices');
      return;
    }
    if (acct.twoFactor) {
      once(`2fa:${acct.twoFactor}`, () => ctx.record({ kind: 'twofa-status', decision: 'recorded', detail: acct.twoFactor === 'on' ? '2fa-on' : '2fa-off' }));
    }
    if (acct.password) {
      once(`pw:${acct.password}`, () => ctx.record({ kind: 'password-status', decision: 'recorded', detail: acct.password === 'none' ? 'no-password' : 'has-password' }));
    }
    // Before the `ui` part is here: no card yet; its arrival pokes a fresh flush (never a stale card).
    if (acct.twoFactor === 'off') cards.now()?.twofaOff(acct.panel, acct.password === 'none');
    else ctx.ui.hide('twofa');
    if (acct.devices && !state.devicesDismissed) {
      once('devices', () => ctx.record({ kind: 'sessions-reviewed', decision: 'recorded', detail: 'devices-list' }));
      cards.now()?.devices(acct.panel, acct.devices.count);
    }
  });

  ctx.listen(
    window,
    'click',
    (e: MouseEvent) => {
      if (!(e.target instanceof Element)) return;
      const what = exportOfClick(e.target);
      if (what) seen('export', `exportOfClick:${what}`);
      if (what) ctx.record({ kind: 'backup', decision: 'recorded', detail: what });
    },
    { capture: true },
  );
}
