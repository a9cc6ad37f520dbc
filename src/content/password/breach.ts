// Room: the opt-in breach check (HIBP range query, in the secret frame), once per blur or submit of a
// version of the field, never per keystroke. A breached password gets an alert; an unreachable service a
// quiet "could not check"; never a block.
import { breachUnavailableCard, breachedCard } from './cards';
import type { PasswordSession } from './session';

export function breach(s: PasswordSession): void {
  const { ctx } = s;
  s.onLeave((input, kind) => {
    const f = s.field(input);
    if (!ctx.settings().values.breachCheck || f.breach === f.version || !input.value) return;
    f.breach = f.version;
    const version = f.version;
    void s
      .frame()
      .breach(input.value)
      .then((result) => {
        if (ctx.signal.aborted || s.field(input).version !== version) return;
        const close = () => ctx.ui.hide('breach');
        if (result.status === 'breached') {
          s.field(input).breached = version;
          ctx.ui.show(breachedCard(result.count, kind === 'new', s.anchorOf(kind), close));
          ctx.record({ kind: 'password-breached', decision: 'shown', detail: kind === 'new' ? 'new-password' : 'login' });
        } else if (result.status === 'unavailable') ctx.ui.show(breachUnavailableCard(s.anchorOf(kind)));
        else close();
      });
  });
}
