// Room: a shared (role) address — team@, info@… — used to sign in or sign up gets a note (role=status),
// recorded once the address is committed (the email step done, or its field left), not while it is typed.
import { looksLikeAddress } from '../notion/address';
import { isRoleAccount } from '@shared/password/role-account';
import { sharedAccountCard } from './cards';
import type { PasswordSession } from './session';

export function sharedAccount(s: PasswordSession): void {
  const { ctx } = s;
  const seen = new Set<string>(); // recorded addresses; `x:<address>` once dismissed
  const roleAddress = (): string | undefined => {
    const login = s.now.login;
    const email = login?.emailText ?? login?.email?.value.trim();
    return login && looksLikeAddress(email) && isRoleAccount(email) ? email : undefined;
  };
  const update = () => {
    const email = roleAddress();
    if (!email) return ctx.ui.hide('shared');
    const key = email.toLowerCase();
    if (seen.has(`x:${key}`)) return;
    const close = () => {
      seen.add(`x:${key}`);
      ctx.ui.hide('shared');
    };
    ctx.ui.show(sharedAccountCard(email, s.now.login?.email ?? s.now.login?.root ?? null, close));
  };
  const record = () => {
    const email = roleAddress();
    if (!email) return;
    const key = email.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    ctx.record({ kind: 'shared-account', decision: 'shown', domains: [key.slice(key.lastIndexOf('@') + 1)], detail: s.now.login?.kind });
  };
  s.onScan(() => {
    update();
    if (s.now.login?.secret) record();
  });
  ctx.listen(
    document,
    'focusout',
    (e: FocusEvent) => {
      if (e.isTrusted && e.target === s.now.login?.email) record();
    },
    { capture: true },
  );
}
