// Room: the opt-in reuse watch, Notion side. The Notion password's fingerprint is taken only once the
// sign-in or change went through (its form is gone), so a mistyped password is never remembered as "the
// Notion password"; until then the password waits here, in memory, for at most COMMIT_MS.
import { reusedCard } from './cards';
import type { PasswordSession } from './session';

/** A submitted password counts as "in use" once its form is gone within this time (login/change succeeded). */
export const COMMIT_MS = 60_000;

export function reuse(s: PasswordSession): void {
  const { ctx } = s;
  let pending: { password: string; isNew: boolean; at: number; input: HTMLInputElement } | undefined;
  s.keepFrame(() => !!pending);
  s.onLeave((input, kind, submitted) => {
    if (!submitted || !ctx.settings().values.reuseWatch || !input.value) return;
    pending = { password: input.value, isNew: kind === 'new', at: Date.now(), input };
  });
  s.onScan(() => {
    if (!pending) return;
    if (Date.now() - pending.at > COMMIT_MS) return void (pending = undefined);
    if (pending.input.isConnected && (s.now.login?.secret === pending.input || s.now.dialog?.next === pending.input)) return;
    const { password, isNew } = pending;
    pending = undefined;
    void s
      .frame()
      .reuseNotion(password)
      .then((host) => {
        if (!host || ctx.signal.aborted) return;
        ctx.ui.show(reusedCard(host, isNew, null, () => ctx.ui.hide('reuse')));
        ctx.record({ kind: 'password-reused', decision: 'shown', domains: [host], detail: 'notion' });
      });
  });
}
