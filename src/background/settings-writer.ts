// The one writer of the user's settings (storage.sync). Extension pages send their patch; content
// scripts may only ask to trust one domain (the card's button, on the user's click) or to learn the
// user's own work domain. Every write is serialised here (platform/settings.ts writeUserSettings), so two
// tabs changing settings at the same moment both keep their change.
import { handle } from '../platform/messaging';
import { getSettings, writeUserSettings } from '../platform/settings';
import { cleanLayer } from '@shared/settings/merge';
import { normaliseDomain } from '@shared/settings/domains';
import { notTrustable } from '@shared/domain/classify';
import { trustedSet } from '@shared/settings/merge';
import { learnOwnDomain } from '@shared/domain/own-domain';

/**
 * The domain as it may be trusted with one click, or undefined: not a domain, a public suffix, personal
 * mail, or close to a domain already own or trusted (a look-alike: shared/domain/classify.ts notTrustable).
 */
export function trustable(input: string, alreadyTrusted: readonly string[]): string | undefined {
  const host = normaliseDomain(input);
  if (!host || notTrustable(host, alreadyTrusted) !== null) return undefined;
  return host;
}

export function initSettingsWriter(): void {
  handle({
    'settings:update': async ({ patch }) => {
      await writeUserSettings(cleanLayer(patch, 'user').values);
      return { ok: true };
    },
    'settings:trust-domain': async ({ domain }) => {
      const d = trustable(domain, trustedSet((await getSettings()).values));
      if (!d) return { ok: false };
      // storage.sync refuses an item over 8 KB (~500 domains): then nothing is saved and the card says so.
      const s = await writeUserSettings((cur) => (cur.trustedDomains.includes(d) ? {} : { trustedDomains: [...cur.trustedDomains, d] })).catch(() => undefined);
      return { ok: !!s?.values.trustedDomains.includes(d) };
    },
    // Undo of the card's "Trust this domain": takes the domain off the user's list (a policy's list is locked).
    'settings:untrust-domain': async ({ domain }) => {
      const d = normaliseDomain(domain);
      if (!d || (await getSettings()).locked.includes('trustedDomains')) return { ok: false };
      const s = await writeUserSettings((cur) => (cur.trustedDomains.includes(d) ? { trustedDomains: cur.trustedDomains.filter((x) => x !== d) } : {})).catch(() => undefined);
      return { ok: !!s && !s.values.trustedDomains.includes(d) };
    },
    // Learned only while the user has no own domain yet: a page that fakes an address on Notion's screens
    // cannot add a second "own" domain beside the user's real one (SECURITY.md).
    'settings:learn-own-domain': async ({ email }) => {
      if ((await getSettings()).locked.includes('ownDomains')) return { ok: false };
      const s = await writeUserSettings((cur) => (cur.ownDomains.length ? {} : { ownDomains: [...learnOwnDomain(cur.ownDomains, email)] }));
      return { ok: s.values.ownDomains.length > 0 };
    },
  });
}
