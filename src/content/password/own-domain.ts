// Room: the user's own work domain, learned from the signed-in address (login form, Account security),
// never a personal mail domain. Not a secret, so not the secret frame's work: the background (the
// settings' one writer, with the Public Suffix List) learns it, and only while the user has no own
// domain yet (SECURITY.md).
import { send } from '../../platform/messaging';
import { looksLikeAddress } from '../notion/address';
import type { PasswordSession } from './session';

export function ownDomain(s: PasswordSession): void {
  const learned = new Set<string>();
  const learn = (email: string | undefined) => {
    const settings = s.ctx.settings();
    if (!looksLikeAddress(email) || learned.has(email) || settings.locked.includes('ownDomains') || settings.values.ownDomains.length) return;
    learned.add(email);
    void send('settings:learn-own-domain', { email: email.slice(0, 320) }).catch(() => undefined);
  };
  s.onScan(() => {
    learn(s.now.accountInfo?.email);
    if (s.now.login?.secret) learn(s.now.login.emailText);
  });
}
