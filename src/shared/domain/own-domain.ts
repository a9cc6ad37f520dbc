// The user's own work domain, learned from the address they sign in to Notion with, where Notion
// shows the signed-in email (login, Account security); never a webmail or other personal mail
// domain. PURE. Loaded lazily by the password coaching (it carries the Public Suffix List).

import { getDomain } from 'tldts';
import { normaliseDomain } from '../settings/domains';
import { isPersonalMailDomain } from './webmail';

/**
 * The registrable domain of `email` ("jane@eu.acme.co.uk" → "acme.co.uk"), or undefined when it is not
 * an address, its domain is not a registrable ICANN domain, or it is a personal mail provider.
 */
export function ownDomainFromEmail(email: string): string | undefined {
  if (typeof email !== 'string' || email.length > 320) return undefined;
  const at = email.lastIndexOf('@');
  if (at <= 0) return undefined;
  const host = normaliseDomain(email.slice(at + 1).trim());
  if (!host) return undefined;
  const registrable = getDomain(host, { allowPrivateDomains: false });
  if (!registrable || isPersonalMailDomain(registrable)) return undefined;
  return registrable;
}

/** ownDomains with the domain of `email` added (same array when nothing is to learn). */
export function learnOwnDomain(current: readonly string[], email: string): readonly string[] {
  const d = ownDomainFromEmail(email);
  if (!d || current.includes(d)) return current;
  return [...current, d];
}
