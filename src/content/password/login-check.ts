// Room: the password in use, on sign-in. When it is weak, an alert says why and what to do (on blur or
// submit, once per version of the field). A sign-in is never held: holding it would not change the
// password in use.
import { loginWeakCard } from './cards';
import type { PasswordSession } from './session';

export function loginCheck(s: PasswordSession): void {
  const { ctx } = s;
  s.onLeave((input, kind) => {
    if (kind !== 'login') return;
    void (async () => {
      const f = s.field(input);
      if (f.loginChecked === f.version || !input.value) return;
      f.loginChecked = f.version;
      const verdict = await s.score(input.value);
      if (!verdict || ctx.signal.aborted) return;
      s.recordVerdict(input, verdict);
      if (verdict.ok) ctx.ui.hide('login-weak');
      else ctx.ui.show(loginWeakCard(verdict, s.anchorOf('login'), () => ctx.ui.hide('login-weak')));
    })();
  });
}
