// Password coaching on Notion, loaded lazily (parts/password.iife.ts) by features/password-coach.ts once
// a password surface shows up. Each concern is a small room over one shared session (session.ts):
//  - own-domain.ts: learns the user's work domain from the signed-in address;
//  - shared-account.ts: notes role addresses (team@, info@…) on sign-in and sign-up;
//  - meter.ts: a live meter on a new password (Set/Change dialog, signup);
//  - login-check.ts: alerts when the password in use is weak (on blur/submit);
//  - breach.ts: the opt-in breach check; reuse.ts: the opt-in reuse watch (Notion side);
//  - confirm.ts: confirm mode holds saving a weak or breached new password.
// This file only wires them to the page's events. All password work happens in the secret frame.
import type { FeatureContext } from '../runtime/feature';
import { isSubmitControl } from '../notion/login-form';
import { isPasswordDialogSubmit } from '../notion/password-settings';
import { createSession } from './session';
import { ownDomain } from './own-domain';
import { sharedAccount } from './shared-account';
import { meter } from './meter';
import { loginCheck } from './login-check';
import { breach } from './breach';
import { reuse } from './reuse';
import { confirm } from './confirm';

export function run(ctx: FeatureContext): void {
  const s = createSession(ctx);
  // Every input bumps its field's version first, so the rooms below always read the current version.
  ctx.listen(
    document,
    'input',
    (e: Event) => {
      const input = e.target;
      if (!(input instanceof HTMLInputElement)) return;
      if (input === s.now.login?.email) return ctx.poke();
      s.field(input).version += 1;
    },
    { capture: true },
  );

  ownDomain(s);
  sharedAccount(s);
  const m = meter(s);
  loginCheck(s);
  breach(s);
  reuse(s);
  confirm(s, m);

  // A password field left or submitted (the user's own focus change, Enter or click only).
  ctx.listen(
    document,
    'focusout',
    (e: FocusEvent) => {
      if (e.isTrusted && e.target instanceof HTMLInputElement && e.target !== s.now.login?.email) s.leave(e.target, false);
    },
    { capture: true },
  );
  ctx.listen(
    document,
    'keydown',
    (e: KeyboardEvent) => {
      if (e.isTrusted && e.key === 'Enter' && e.target instanceof HTMLInputElement) s.leave(e.target, true);
    },
    { capture: true },
  );
  ctx.listen(
    document,
    'click',
    (e: MouseEvent) => {
      if (!e.isTrusted || !(e.target instanceof Element)) return;
      const { login, dialog } = s.now;
      if (login?.secret && isSubmitControl(login, e.target)) s.leave(login.secret, true);
      else if (dialog && isPasswordDialogSubmit(dialog, e.target)) s.leave(dialog.next, true);
    },
    { capture: true },
  );
  ctx.onFlush(() => s.scan());
  s.scan();
}
