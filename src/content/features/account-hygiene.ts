// Account hygiene from Settings → Account security: 2-step verification status (a status card when it is
// off), whether the account has a password, and the devices list (opening it records a sessions review).
// Also records an export started from Notion as the latest backup. SRM: "strongly encouraged to implement
// two-factor authentication", "revoking unauthorized or outdated user sessions", "regular backups".
// Fixtures: test/fixtures/notion/account-*.html, export-*.html. E2E: test/e2e/hygiene.e2e.ts.

import { defineFeature } from '../runtime/feature';
import { exportOfClick, readAccountSecurity } from '../notion/account-security';
import { mayAffectSurfaces } from '../notion/share-menu';
import { isLoginPath } from '../notion/page';
import { isNotionHost } from '@shared/notion-hosts';
import { t } from '../../platform/i18n';
import { runFix } from '../ui/lazy-ui';
import { notePanel, seen } from '../runtime/coverage';

export default defineFeature({
  id: 'account-hygiene',
  include: (url) => isNotionHost(url.hostname) && !isLoginPath(url.pathname),
  init(ctx) {
    // Recorded once per state seen in this tab, so reopening the panel does not flood the log.
    const recorded = new Set<string>();
    const once = (key: string, record: () => void) => {
      if (recorded.has(key)) return;
      recorded.add(key);
      record();
    };
    let open = false;
    let devicesDismissed = false;
    let twofaNote: string | undefined;

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
      if (acct.twoFactor === 'off') {
        ctx.ui.show({
          key: 'twofa',
          role: 'status',
          title: t('twofaOffTitle'),
          tone: 'caution',
          body: [t('twofaOffBody'), ...(acct.password === 'none' ? [t('noPasswordNote')] : [])],
          note: twofaNote,
          duty: t('twofaDuty'),
          anchor: acct.panel,
          actions: [
            {
              // Presses Notion's "Add verification method"; Notion then asks for the password and shows its steps.
              label: t('fixAddTwoStep'),
              primary: true,
              // The fix is in the `ui` part (notion/fix-controls.ts), here since this card is shown.
              onClick: () =>
                void runFix((f) => {
                  const outcome = f.startTwoStep(acct.panel);
                  if (outcome !== 'done') f.showControl(f.addTwoStepControl(acct.panel) ?? acct.panel);
                  return outcome;
                }).then((outcome) => {
                  if (outcome === 'done') return;
                  twofaNote = t('fixAddTwoStepShown');
                  ctx.poke();
                }),
            },
          ],
        });
      } else ctx.ui.hide('twofa');
      if (acct.devices && !devicesDismissed) {
        once('devices', () => ctx.record({ kind: 'sessions-reviewed', decision: 'recorded', detail: 'devices-list' }));
        ctx.ui.show({
          key: 'devices',
          role: 'status',
          title: t('devicesTitle'),
          body: [...(acct.devices.count ? [t('devicesCount', acct.devices.count)] : []), t('devicesBody')],
          anchor: acct.panel,
          actions: [
            {
              label: t('gotIt'),
              onClick: () => {
                devicesDismissed = true;
                ctx.ui.hide('devices');
              },
            },
          ],
        });
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
  },
});
