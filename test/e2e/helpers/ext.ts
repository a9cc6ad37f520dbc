// Helpers for the popup / welcome / reminders / log / policy / a11y e2e tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page, Worker } from 'playwright-core';
import type { Harness } from '../../../scripts/lib/browser.mjs';
import { launch, ROOT, setManagedPolicy } from '../../../scripts/lib/browser.mjs';
import type { CoachEvent, Decision, EventKind } from '../../../src/shared/events';
import { decodeLog, encodeLog } from '../../../src/shared/log/stored';
import { applySettings, callWithApi } from './driver';

export const DAY = 86_400_000;
export const PAGES = {
  popup: 'src/popup/index.html',
  options: 'src/options/index.html',
  welcome: 'src/welcome/index.html',
  log: 'src/log/index.html',
} as const;

let seq = 0;
/** A CoachEvent `ageDays` old (fractions allowed). */
export function ev(kind: EventKind, ageDays: number, decision: Decision = 'recorded', extra: Partial<CoachEvent> = {}): CoachEvent {
  return { id: `e2e-${Date.now().toString(36)}-${++seq}`, at: Date.now() - ageDays * DAY, kind, decision, ...extra };
}
export const mark = (duty: string, ageDays: number): CoachEvent => ev('duty-marked', ageDays, 'recorded', { detail: duty });

/** Opens an extension page (chrome.storage works there even while the worker sleeps). */
export async function openExt(h: Harness, path: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.extensionUrl(path));
  return page;
}

/**
 * In an extension page or the service worker: deletes every event of the background's log store (the
 * extension origin's IndexedDB `srm-coach-log`, src/platform/log-db.ts). A database that does not exist yet
 * is left alone (opening it here would create it without its stores).
 */
async function clearLogStore(where: Page | Worker): Promise<void> {
  await (where as Page).evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'srm-coach-log')) return;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('srm-coach-log');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      if (!db.objectStoreNames.contains('events')) return;
      const tx = db.transaction(['events', 'meta'], 'readwrite');
      tx.objectStore('events').clear();
      tx.objectStore('meta').clear();
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  });
}

/**
 * Replaces storage (sync = user settings, local = log/onboarding/mirror) from an extension page. A `log`
 * given as events is stored as earlier builds stored it (storage.local 'log', src/shared/log/stored.ts):
 * the background moves it into its log store at once (it watches that key, and every log read waits for
 * the move), so seeding also exercises the migration. The popup reads such a log even before it moved.
 */
export interface Seed {
  sync?: object;
  local?: { log?: CoachEvent[]; [key: string]: unknown };
  clear?: boolean;
}
export async function seed(page: Page, s: Seed): Promise<void> {
  const local = Array.isArray(s.local?.log) ? { ...s.local, log: encodeLog(s.local.log) } : s.local;
  // Cleared by the background, as the log page's "Clear" does: it queues behind a migration still moving the
  // previous seed (clearing the store under it could let that migration remove the log seeded next).
  if (s.clear ?? true) await page.evaluate(() => chrome.runtime.sendMessage({ type: 'log:clear', payload: {} }));
  await page.evaluate(
    async ({ sync, local, clear }) => {
      if (clear) {
        await chrome.storage.sync.clear();
        await chrome.storage.local.clear();
      }
      await chrome.storage.sync.set(sync);
      await chrome.storage.local.set(local);
    },
    { sync: s.sync ?? {}, local: local ?? {}, clear: s.clear ?? true },
  );
}

/**
 * The one way end-to-end tests start from a clean slate: the user's settings become `values` (storage.sync),
 * and the log and other local state are cleared, through the extension's own background.
 */
export async function resetSettings(h: Pick<Harness, 'serviceWorker'>, values: Record<string, unknown> = {}): Promise<void> {
  await clearLogStore(h.serviceWorker());
  // The same step as the two-browser driver's reset: clear, set, wait until the background published them.
  await h.serviceWorker().evaluate(callWithApi(applySettings, { values, clear: true }));
}

/**
 * Starts Chromium with a REAL enterprise policy for SRM Coach (scripts/lib/browser.mjs setManagedPolicy(),
 * the Linux policy file an admin deploys). The policy file is removed again by the harness's close(), or at
 * once if the launch fails.
 */
export async function launchWithPolicy(values: Record<string, unknown>): Promise<Harness> {
  setManagedPolicy(values);
  try {
    const h = await launch();
    return {
      ...h,
      close: async () => {
        try {
          await h.close();
        } finally {
          setManagedPolicy(null);
        }
      },
    };
  } catch (e) {
    setManagedPolicy(null);
    throw e;
  }
}

/** Waits until the popup has read its data and drawn the duties with their evidence. */
export async function popupReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
}

/** The popup page's content height with its padding, whatever the tab's viewport (a toolbar popup shows ≤ 600 px). */
export const popupContentHeight = (page: Page): Promise<number> =>
  page.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom + parseFloat(getComputedStyle(document.body).paddingBottom)));

/**
 * A first session with the demo (scripts/start.mjs): risky invites, a weak password, 2-step on, People and
 * the devices list opened, one page exported, the share menu on a public page. With the first-week
 * checklist still open, the tallest first screen of the popup.
 */
export const demoLog = (): CoachEvent[] => [
  ev('invite-risky', 0.02, 'proceeded', { domains: ['gmail.com'], reasons: ['personal'] }),
  ev('invite-risky', 0.02, 'shown', { domains: ['acrne.com'], reasons: ['lookalike'] }),
  ev('public-exposure', 0.015, 'went-back', { detail: 'web-access' }),
  ev('page-public-seen', 0.01, 'shown'),
  ev('password-verdict', 0.01, 'recorded', { detail: 'weak' }),
  ev('twofa-status', 0.005, 'recorded', { detail: '2fa-on' }),
  ev('password-status', 0.005, 'recorded', { detail: 'has-password' }),
  ev('sessions-reviewed', 0.005, 'recorded', { detail: 'devices-list' }),
  ev('access-reviewed', 0.004, 'recorded', { detail: 'people-list' }),
  ev('backup', 0.003, 'recorded', { detail: 'page' }),
];

/**
 * The activity log as stored, oldest first: the background's log store (IndexedDB), plus a log in the old
 * format (storage.local 'log') the background has not moved yet. Read in an extension page or the service worker.
 */
export async function storedLog(where: Page | Worker): Promise<CoachEvent[]> {
  const { records, legacy } = await rawLog(where);
  const ids = new Set(records.map((e) => e.id));
  return [...records, ...decodeLog(legacy).filter((e) => !ids.has(e.id))].sort((a, b) => a.at - b.at);
}

/** What is stored of the log, as stored: the IndexedDB records, the old-format key, and the digest. */
export async function rawLog(where: Page | Worker): Promise<{ records: CoachEvent[]; legacy: unknown; digest: unknown }> {
  return (where as Page).evaluate(async () => {
    const got = await chrome.storage.local.get(null);
    let records: CoachEvent[] = [];
    if ((await indexedDB.databases()).some((d) => d.name === 'srm-coach-log')) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('srm-coach-log');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      try {
        if (db.objectStoreNames.contains('events')) {
          const r = db.transaction('events').objectStore('events').getAll();
          records = await new Promise<CoachEvent[]>((resolve, reject) => {
            r.onsuccess = () => resolve(r.result as CoachEvent[]);
            r.onerror = () => reject(r.error);
          });
        }
      } finally {
        db.close();
      }
    }
    return { records, legacy: got.log, digest: got.logDigest };
  });
}

export async function readLocal(page: Page, key: string): Promise<unknown> {
  return (await page.evaluate((k) => chrome.storage.local.get(k), key))[key];
}

/** The toolbar badge text, read in the service worker (woken by a harmless message if it sleeps). */
export async function badge(h: Harness, page: Page): Promise<string | null> {
  for (let i = 0; i < 2; i++) {
    for (const sw of [...h.context.serviceWorkers()].reverse()) {
      try {
        return await sw.evaluate(() => chrome.action.getBadgeText({}));
      } catch {
        /* a stopped worker's handle */
      }
    }
    await page.evaluate(() => (chrome as unknown as { runtime: { sendMessage(m: object): Promise<unknown> } }).runtime.sendMessage({ type: 'log:get', payload: {} }));
  }
  return null;
}

/**
 * Stops every service worker through the DevTools protocol (Chromium 156: ServiceWorker.stopAllWorkers on a
 * page's session reaches the extension's worker). `statuses` keeps collecting the worker's running status
 * ('stopping', 'stopped', 'starting', 'running') from then on, so a test can see it was stopped and restarted.
 */
export async function stopWorkers(page: Page, cdp?: CDPSession): Promise<{ cdp: CDPSession; statuses: string[] }> {
  const session = cdp ?? (await page.context().newCDPSession(page));
  const statuses: string[] = [];
  session.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
    for (const v of e.versions) if (v.scriptURL.startsWith('chrome-extension://')) statuses.push(v.runningStatus);
  });
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  return { cdp: session, statuses };
}

/** Runs axe-core (node_modules/axe-core/axe.min.js) on the page; returns the violations, summarised. */
export async function axe(page: Page): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
  const path = join(ROOT, 'node_modules/axe-core/axe.min.js');
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Extension pages' CSP (script-src 'self') may refuse an injected <script>; evaluating the same file
    // through the DevTools protocol is not subject to it.
    await page.addScriptTag({ path }).catch(() => undefined);
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(path, 'utf8'));
  }
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/**
 * Keeps the service worker's one thread busy for `ms` from now, so whatever the page asks of it (its
 * settings code, a lazy part) comes late. Resolves with the time the worker was free again.
 */
export const keepBackgroundBusy = (h: Pick<Harness, 'serviceWorker'>, ms: number): Promise<number> =>
  h.serviceWorker().evaluate((ms) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      /* busy */
    }
    return Date.now();
  }, ms);

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What a Notion fixture's own script did (test/fixtures/notion/fake-*.js append to window.fxLog). */
export const fxLog = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { fxLog: string[] }).fxLog);
