// Room: confirm mode (passwordMode 'confirm'). Saving a weak or breached NEW password (Set/Change dialog,
// signup) is held until the user chooses "Choose a stronger one" or "Use it anyway" (the card's buttons act
// only on the user's own clicks). A sign-in is never held.
import { holdActions } from '../runtime/intercept';
import { loginSubmitControl } from '../notion/login-form';
import { passwordDialogSubmitControl } from '../notion/password-settings';
import type { StrengthVerdict } from '@shared/password/policy';
import { confirmWeakCard } from './cards';
import type { Meter } from './meter';
import type { PasswordSession } from './session';

/** What is wrong with the new password as it is now, from the verdict already shown (never waits). */
export interface Concern {
  verdict?: StrengthVerdict;
  breached: boolean;
}

export function confirm(s: PasswordSession, m: Meter): void {
  const { ctx } = s;
  const concernNow = (input: HTMLInputElement): Concern | undefined => {
    const f = s.field(input);
    if (f.accepted === f.version) return undefined;
    const verdict = m.verdictNow(input);
    const breached = f.breached === f.version;
    return (verdict && !verdict.ok) || breached ? { verdict, breached } : undefined;
  };
  let held: { input: HTMLInputElement; concern: Concern } | undefined;
  holdActions(
    ctx,
    (target, e) => {
      if (ctx.settings().values.passwordMode !== 'confirm') return undefined;
      const { dialog, login, meterInput: input } = s.now; // the new password being chosen, if any
      if (!input?.value || !input.isConnected) return undefined;
      let control: Element | undefined;
      if (e.type === 'keydown') {
        if ((e as KeyboardEvent).key !== 'Enter' || !(target instanceof HTMLInputElement)) return undefined;
        if (target === input || target === dialog?.confirm || target === dialog?.current) control = target;
      } else if (dialog?.next === input) {
        control = passwordDialogSubmitControl(dialog, target);
      } else if (login?.secret === input) {
        control = loginSubmitControl(login, target);
      }
      const concern = control && concernNow(input);
      if (!control || !concern) return undefined;
      held = { input, concern };
      return control;
    },
    (action) => {
      const h = held;
      if (!h) return;
      const { input, concern } = h;
      const choose = (proceed: boolean) => {
        ctx.ui.hide('confirm');
        held = undefined;
        const f = s.field(input);
        const decision = proceed ? 'proceeded' : 'went-back';
        // What was held is what is recorded: a weak verdict, and/or a breached password (never a
        // "strong" verdict for a breached one, nor a verdict that was not given).
        const weak = concern.verdict && !concern.verdict.ok ? concern.verdict : undefined;
        if (weak) ctx.record({ kind: 'password-verdict', decision, detail: weak.bucket });
        if (concern.breached) ctx.record({ kind: 'password-breached', decision, detail: 'new-password' });
        if (!proceed) return input.focus();
        f.accepted = f.version;
        if (weak || !concern.verdict) f.recorded = f.version; // its verdict was recorded just now (or none was given)
        s.leave(input, true); // what a submit does (breach check, reuse watch); the replay is not trusted
        action.replay();
      };
      ctx.ui.show(confirmWeakCard(concern.verdict, concern.breached, s.anchorOf('new'), choose));
    },
  );
}
