/// <reference types="@crxjs/vite-plugin/client" />
// Reuse watch, background half. Opt-in (settings.reuseWatch) and only with the optional all-sites
// permission the options page asks for. It:
//  - keeps the fingerprint state: the HMAC key and the salted, truncated fingerprints live in the
//    extension origin's IndexedDB (platform/secret-store.ts), which no content script can read; only
//    the public salt of stage 1 is in storage.local (shared/password/fingerprint.ts has both stages);
//  - answers 'reuse:notion' only from a redeemed secret frame (secret-frame.ts), and 'reuse:other'
//    only from a content script on a non-Notion site, with the site taken from the sender;
//  - limits checks per site and overall in storage.session, so a restart of the worker resets nothing;
//  - warns about a Notion password used elsewhere OUTSIDE that site's page: the activity log (so the
//    popup), the toolbar badge (reminders.ts) and, if the user allowed it, a browser notification.
//    Nothing in the other site's page depends on the typed value (SECURITY.md has the guess arithmetic);
//  - registers the other-sites content script at run time (scripting.registerContentScripts), and
//    removes it, and forgets every fingerprint, when the setting or the permission goes away.
// It never sees a password: only salted pre-hashes arrive here.

import { browser, type Runtime } from '../platform/browser';
import { handle } from '../platform/messaging';
import { MANAGED_MIRROR, getSettings } from '../platform/settings';
import { secretDelete, secretGet, secretSet } from '../platform/secret-store';
import { t } from '../platform/i18n';
import { recordEvents } from './log-store';
import { isSecretFrame } from './secret-frame';
import { newEventId } from '@shared/events';
import { createSerial } from '@shared/serial';
import { REUSE_PUBLIC_SALT } from '@shared/storage-keys';
import { NOTION_HOSTS, isNotionHost } from '@shared/notion-hosts';
import { keyedFingerprint, newSalt, saltFromBase64, saltToBase64 } from '@shared/password/fingerprint';
import { takeFromWindow } from '@shared/password/rate-limit';
import { REUSE_PERMISSIONS, REUSE_REQUIRED } from '@shared/password/permissions';
import {
  emptyReuseState,
  matchNotion,
  matchOther,
  pruneExpired,
  rememberNotion,
  rememberOther,
  type ReuseState,
} from '@shared/password/reuse-store';
// crxjs builds this file as one self-contained IIFE and gives us its output path (no chunk imports).
import reuseWatchScript from '../content/reuse-watch.iife.ts?script';

/** IndexedDB key of the state (HMAC key + fingerprints). */
export const REUSE_KEY = 'reuse';
export const REUSE_SCRIPT_ID = 'srm-coach-reuse-watch';
const LIMITS = 'reuseLimits';
const HOUR = 60 * 60 * 1000;
/** Checks per hour: per other site, all other sites together, and from Notion's secret frame. */
export const REUSE_LIMITS = { perSite: 10, allSites: 60, notion: 30 } as const;

/** Serialises read-modify-write of the state (ordering only; nothing lives only in memory). */
const serial = createSerial();

async function enabled(): Promise<boolean> {
  return (await getSettings()).values.reuseWatch;
}

async function readState(): Promise<ReuseState | undefined> {
  const s = await secretGet<ReuseState>(REUSE_KEY).catch(() => undefined);
  return s && typeof s === 'object' && saltFromBase64(s.salt) ? s : undefined;
}

async function ensureState(): Promise<ReuseState> {
  const s = await readState();
  if (s) return s;
  const fresh = emptyReuseState(saltToBase64(newSalt()));
  await secretSet(REUSE_KEY, fresh);
  return fresh;
}

async function publicSalt(): Promise<string> {
  const got = await browser.storage.local.get(REUSE_PUBLIC_SALT);
  const stored = got[REUSE_PUBLIC_SALT];
  if (typeof stored === 'string' && saltFromBase64(stored)) return stored;
  const fresh = saltToBase64(newSalt());
  await browser.storage.local.set({ [REUSE_PUBLIC_SALT]: fresh });
  return fresh;
}

/** Takes one check from each named window in storage.session; false when any is full. */
async function take(keys: { key: string; max: number }[]): Promise<boolean> {
  const got = await browser.storage.session.get(LIMITS);
  const all = (got[LIMITS] ?? {}) as Record<string, number[]>;
  const now = Date.now();
  const next = { ...all };
  for (const { key, max } of keys) {
    const r = takeFromWindow(all[key], now, max, HOUR);
    if (!r.ok) return false;
    next[key] = r.times;
  }
  await browser.storage.session.set({ [LIMITS]: next });
  return true;
}

async function fingerprintOf(pre: string, state: ReuseState): Promise<string> {
  return keyedFingerprint(pre, saltFromBase64(state.salt)!);
}

async function warnElsewhere(host: string): Promise<void> {
  const now = Date.now();
  await recordEvents([{ id: newEventId(now), at: now, kind: 'password-reused', decision: 'shown', domains: [host], detail: 'other-site' }]);
  const notifications = (browser as unknown as { notifications?: typeof browser.notifications }).notifications; // only when allowed
  await notifications
    ?.create(`srm-reuse-${now}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: t('pwReuseOtherTitle', host),
      message: t('pwReuseOtherWhy', host),
    })
    .catch(() => undefined);
}

function otherSiteOf(sender: Runtime.MessageSender): string | undefined {
  try {
    const url = new URL(sender.url ?? '');
    if (!/^https?:$/.test(url.protocol) || isNotionHost(url.hostname)) return undefined;
    return url.hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

async function isGranted(): Promise<boolean> {
  try {
    return await browser.permissions.contains(REUSE_REQUIRED);
  } catch {
    return false;
  }
}

/** Registers or removes the other-sites script, and forgets the fingerprints when the watch is off. */
export async function syncReuseWatch(): Promise<void> {
  const on = (await enabled()) && (await isGranted());
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting; // absent until granted
  if (scripting) {
    const existing = await scripting.getRegisteredContentScripts({ ids: [REUSE_SCRIPT_ID] }).catch(() => []);
    if (on && !existing.length) {
      const script = {
        id: REUSE_SCRIPT_ID,
        matches: ['*://*/*'],
        // The Notion app is the main content script's side. Published *.notion.site pages are NOT excluded:
        // the Notion password typed into one of them is exactly what this should catch.
        excludeMatches: NOTION_HOSTS.map((h) => `https://${h}/*`),
        js: [reuseWatchScript],
        allFrames: true,
        runAt: 'document_idle' as const,
      };
      // COMPAT(firefox): persistAcrossSessions is Chrome-only in older Firefox versions.
      await scripting
        .registerContentScripts([{ ...script, persistAcrossSessions: true }])
        .catch(() => scripting.registerContentScripts([script]))
        .catch(() => undefined);
    }
    if (!on && existing.length) await scripting.unregisterContentScripts({ ids: [REUSE_SCRIPT_ID] }).catch(() => undefined);
  }
  if (on) await publicSalt();
  if (!(await enabled()))
    await serial(async () => {
      await secretDelete(REUSE_KEY).catch(() => undefined);
      await browser.storage.local.remove(REUSE_PUBLIC_SALT);
    });
}

export { REUSE_PERMISSIONS };

export function initReuseWatch(): void {
  handle({
    // Stage 1's public salt, for a content script that found none in storage.local yet.
    'reuse:salt': async () => ((await enabled()) ? { salt: await serial(publicSalt) } : {}),
    'reuse:notion': async ({ pre }, sender) => {
      if (!(await enabled()) || !(await isSecretFrame(sender))) return {};
      if (!(await take([{ key: 'notion', max: REUSE_LIMITS.notion }]))) return {};
      return serial(async () => {
        const now = Date.now();
        const before = pruneExpired(await ensureState(), now);
        const fp = await fingerprintOf(pre, before);
        const state = rememberNotion(before, fp, now);
        await secretSet(REUSE_KEY, state);
        const hit = matchOther(state, fp, now);
        return hit ? { reusedOn: hit.host } : {};
      });
    },
    'reuse:other': async ({ pre }, sender) => {
      const host = otherSiteOf(sender);
      if (!host || !(await enabled())) return {};
      if (!(await take([{ key: `site:${host}`, max: REUSE_LIMITS.perSite }, { key: 'sites', max: REUSE_LIMITS.allSites }]))) return {};
      const notion = await serial(async () => {
        const now = Date.now();
        const before = await ensureState();
        const fp = await fingerprintOf(pre, before);
        await secretSet(REUSE_KEY, rememberOther(before, fp, host, now));
        return matchNotion(before, fp);
      });
      if (notion) await warnElsewhere(host);
      return {};
    },
  });

  void syncReuseWatch();
  browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' || (area === 'local' && MANAGED_MIRROR in changes)) void syncReuseWatch();
  });
  browser.permissions.onAdded.addListener(() => void syncReuseWatch());
  browser.permissions.onRemoved.addListener(() => void syncReuseWatch());
}
