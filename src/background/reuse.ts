/// <reference types="@crxjs/vite-plugin/client" />
// Reuse watch, background half (issue 4). Opt-in (settings.reuseWatch) and only with the optional
// all-sites permission the options page asks for. It:
//  - keeps the one copy of the fingerprint state (storage.local 'reuse': a per-install salt and salted,
//    36-bit fingerprints; shared/password/fingerprint.ts has the arithmetic) — it is the only writer;
//  - answers the fingerprint messages of the Notion side (the secret frame) and of other sites;
//  - registers the other-sites content script at run time (scripting.registerContentScripts), and
//    removes it, and forgets every fingerprint, when the setting or the permission goes away.
// It never sees a password: only fingerprints arrive here.

import { browser } from '../platform/browser';
import { handle } from '../platform/messaging';
import { MANAGED_MIRROR, getSettings } from '../platform/settings';
import { recordEvents } from './log-store';
import { newEventId } from '../shared/events';
import { NOTION_HOSTS } from '../shared/notion-hosts';
import { newSalt, saltFromBase64, saltToBase64 } from '../shared/password/fingerprint';
import { createRateLimiter } from '../shared/password/rate-limit';
import { REUSE_PERMISSIONS } from '../shared/password/permissions';
import {
  emptyReuseState,
  matchNotion,
  matchOther,
  pruneExpired,
  rememberNotion,
  rememberOther,
  type ReuseState,
} from '../shared/password/reuse-store';
// crxjs builds this file as one self-contained IIFE and gives us its output path (no chunk imports, so
// nothing has to be web-accessible on other sites).
import reuseWatchScript from '../content/reuse-watch.iife.ts?script';

export const REUSE_KEY = 'reuse';
export const REUSE_SCRIPT_ID = 'srm-coach-reuse-watch';

// Defence in depth next to the content script's own limits: a flood of fingerprints (a bug, or a page
// replaying trusted events) cannot turn the comparison into a fast oracle. In memory only: a worker
// restart resets it, which still bounds the rate to a few hundred an hour.
const otherLimit = createRateLimiter(120, 60 * 60 * 1000);
const notionLimit = createRateLimiter(30, 60 * 60 * 1000);

let chain: Promise<unknown> = Promise.resolve();
/** Serialises read-modify-write of the state (ordering only; nothing lives only in memory). */
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn);
  chain = run.catch(() => undefined);
  return run;
}

async function enabled(): Promise<boolean> {
  return (await getSettings()).values.reuseWatch;
}

async function readState(): Promise<ReuseState | undefined> {
  const got = await browser.storage.local.get(REUSE_KEY);
  const s = got[REUSE_KEY] as ReuseState | undefined;
  return s && typeof s === 'object' && saltFromBase64(s.salt) ? s : undefined;
}

async function ensureState(): Promise<ReuseState> {
  const s = await readState();
  if (s) return s;
  const fresh = emptyReuseState(saltToBase64(newSalt()));
  await browser.storage.local.set({ [REUSE_KEY]: fresh });
  return fresh;
}

async function record(kind: 'password-reused', host: string, detail: string): Promise<void> {
  const now = Date.now();
  await recordEvents([{ id: newEventId(now), at: now, kind, decision: 'shown', domains: [host], detail }]);
}

async function isGranted(): Promise<boolean> {
  try {
    return await browser.permissions.contains(REUSE_PERMISSIONS);
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
  if (!(await enabled())) await serial(() => browser.storage.local.remove(REUSE_KEY));
}

export function initReuseWatch(): void {
  handle({
    'reuse:salt': async () => {
      if (!(await enabled())) return {};
      return { salt: (await serial(ensureState)).salt };
    },
    'reuse:notion': async ({ fp }) => {
      if (!(await enabled()) || !notionLimit.take(Date.now())) return {};
      return serial(async () => {
        const now = Date.now();
        const state = rememberNotion(pruneExpired(await ensureState(), now), fp, now);
        await browser.storage.local.set({ [REUSE_KEY]: state });
        const hit = matchOther(state, fp, now);
        return hit ? { reusedOn: hit.host } : {};
      });
    },
    'reuse:other': async ({ fp, host }) => {
      if (!(await enabled()) || !otherLimit.take(Date.now())) return { notion: false };
      const notion = await serial(async () => {
        const now = Date.now();
        const before = await ensureState();
        const state = rememberOther(before, fp, host, now);
        await browser.storage.local.set({ [REUSE_KEY]: state });
        return matchNotion(before, fp);
      });
      if (notion) await record('password-reused', host, 'other-site');
      return { notion };
    },
  });

  void syncReuseWatch();
  browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' || (area === 'local' && MANAGED_MIRROR in changes)) void syncReuseWatch();
  });
  browser.permissions.onAdded.addListener(() => void syncReuseWatch());
  browser.permissions.onRemoved.addListener(() => void syncReuseWatch());
}
