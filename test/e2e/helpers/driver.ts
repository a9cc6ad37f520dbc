// One harness for both browsers: a test written once against `Driver` runs in real Chromium (playwright-core
// over CDP, scripts/lib/browser.mjs) and in real Firefox ESR (puppeteer-core over WebDriver BiDi,
// scripts/lib/firefox.mjs). Everything a user does goes through trusted input (mouse clicks at an element's
// centre, keystrokes); everything a user sees is read from the page, the coaching shadow root included.
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launch, setManagedPolicy, type Harness } from '../../../scripts/lib/browser.mjs';
import { launchFirefox, setFirefoxPolicy, type FirefoxHarness, type RouteAnswer } from '../../../scripts/lib/firefox.mjs';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** What the coaching shadow root shows: each element with a coaching role, and its text. */
export interface CoachItem {
  role: string;
  text: string;
}

export interface DPage {
  readonly errors: string[];
  url(): string;
  /** A trusted click at the centre of the first element matching `css`. */
  click(css: string): Promise<void>;
  /** A trusted click on the first element matching `css` whose text matches `text` (what a user reads). */
  clickText(css: string, text: RegExp): Promise<void>;
  /** Focuses the field, selects what it holds and types `text` (trusted keystrokes). */
  fill(css: string, text: string): Promise<void>;
  /** Types into the focused element. */
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until `css` matches an element. */
  waitFor(css: string, timeout?: number): Promise<void>;
  /** The coaching items on screen (role alert / alertdialog / status, in SRM Coach's open shadow root). */
  coach(): Promise<CoachItem[]>;
  /** A trusted click on the coaching control whose text or accessible name matches `name`. */
  pressCoach(name: RegExp): Promise<void>;
  sleep(ms: number): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: BrowserName;
  /** Every http(s) URL the browser requested (routes included). */
  requests: string[];
  openNotion(url: string, fixture?: string): Promise<DPage>;
  /** Opens one of the extension's own pages (e.g. 'src/popup/index.html') in a tab. */
  openExt(path: string): Promise<DPage>;
  /** An extension page the extension opened itself (a tab whose location `match` accepts), once it has loaded. */
  findExt(match: (href: string) => boolean): Promise<DPage>;
  /** Runs `fn` in an extension page, where `api` is the WebExtension API (browser.* or chrome.*). */
  ext<R, A = undefined>(fn: (api: ExtApi, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** User settings become `values` (storage.sync); the log and other local state are cleared. */
  reset(values?: Record<string, unknown>): Promise<void>;
  /** Changes some of the user's settings (storage.sync) and waits until Notion tabs would read them. */
  set(values: Record<string, unknown>): Promise<void>;
  /** The activity log as the background stored it (its IndexedDB records, unordered). */
  log(): Promise<{ kind: string; decision: string; detail?: string; domains?: string[] }[]>;
  /** Answers requests whose URL starts with `prefix` (a local fake of a remote API). */
  route(prefix: string, handler: (url: string, method: string) => RouteAnswer | Promise<RouteAnswer>): Promise<void>;
  close(): Promise<void>;
}

/** The slice of the WebExtension API the tests use (same shape in both browsers). */
export interface ExtApi {
  storage: {
    sync: StorageArea;
    local: StorageArea;
    session: StorageArea;
    managed: Pick<StorageArea, 'get'>;
  };
  action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
  runtime: { sendMessage(m: object): Promise<unknown>; getManifest(): { version: string; action?: { default_popup?: string } } };
  permissions: { getAll(): Promise<{ origins?: string[]; permissions?: string[] }> };
}
interface StorageArea {
  get(k?: string | string[] | null): Promise<Record<string, unknown>>;
  set(v: Record<string, unknown>): Promise<void>;
  remove(k: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

// ---- page-side helpers (run inside the page; self-contained) -------------------------------------------

function readCoach(): { role: string; text: string }[] {
  const out: { role: string; text: string }[] = [];
  for (const host of document.querySelectorAll('srm-coach-ui')) {
    const root = host.shadowRoot;
    if (!root) continue;
    for (const el of root.querySelectorAll('[role="alert"],[role="alertdialog"],[role="status"]')) {
      const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
      if (text.trim()) out.push({ role: el.getAttribute('role')!, text: text.replace(/\s+/g, ' ').trim() });
    }
  }
  return out;
}

function coachControlCentre(pattern: { source: string; flags: string }): { x: number; y: number } | null {
  const re = new RegExp(pattern.source, pattern.flags);
  const nameOf = (el: Element) => (el.getAttribute('aria-label') || (el as HTMLElement).innerText || el.textContent || '').replace(/\s+/g, ' ').trim();
  // Counts the real (trusted) clicks that reach a matching control, so pressCoach knows its click landed.
  const w = window as unknown as { srmHits?: number; srmWatched?: WeakSet<ShadowRoot> };
  w.srmWatched ??= new WeakSet();
  for (const host of document.querySelectorAll('srm-coach-ui')) {
    const root = host.shadowRoot;
    if (!root) continue;
    if (!w.srmWatched.has(root)) {
      w.srmWatched.add(root);
      root.addEventListener(
        'click',
        (e) => {
          const hit = (e.composedPath()[0] as Element | undefined)?.closest?.('button, a, [role="button"], summary');
          if (e.isTrusted && hit) w.srmHits = (w.srmHits ?? 0) + 1;
        },
        true,
      );
    }
    for (const el of root.querySelectorAll('button, a, [role="button"], summary')) {
      if (!re.test(nameOf(el))) continue;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      if (r.width && r.height) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
  }
  return null;
}

function centreOfText(a: { css: string; source: string; flags: string }): { x: number; y: number } | null {
  const re = new RegExp(a.source, a.flags);
  const el = [...document.querySelectorAll(a.css)].find((e) => re.test(e.textContent ?? ''));
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return r.width && r.height ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
}

function centreOf(css: string): { x: number; y: number } | null {
  const el = document.querySelector(css);
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return r.width && r.height ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function poll<T>(read: () => Promise<T | null | undefined | false>, timeout: number, what: string): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await read().catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(50);
  }
}

type AnyPage = {
  evaluate: PwPage['evaluate'] | PpPage['evaluate'];
  mouse: { click(x: number, y: number): Promise<void> };
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  url(): string;
  close(): Promise<void>;
};

function wrap(page: AnyPage & { errors?: string[] }, browser: BrowserName): DPage {
  // puppeteer's evaluate takes spread args; playwright's takes one: both accept (fn, arg).
  const evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> =>
    (page.evaluate as unknown as (f: (a: A) => R | Promise<R>, a?: A) => Promise<R>)(fn, arg);
  const selectAll = browser === 'firefox' || process.platform !== 'darwin' ? 'Control+A' : 'Meta+A';
  const d: DPage = {
    get errors() {
      return page.errors ?? [];
    },
    url: () => page.url(),
    async click(css) {
      const at = await poll(() => evaluate(centreOf, css), 10_000, `a visible ${css}`);
      await page.mouse.click(at.x, at.y);
    },
    async clickText(css, text) {
      const at = await poll(() => evaluate(centreOfText, { css, source: text.source, flags: text.flags }), 10_000, `${css} reading ${text}`);
      await page.mouse.click(at.x, at.y);
    },
    async fill(css, text) {
      await d.click(css);
      await d.press(selectAll);
      await d.press('Backspace');
      if (text) await page.keyboard.type(text);
    },
    type: (text) => page.keyboard.type(text),
    async press(key) {
      // puppeteer spells chords as separate down/up; playwright takes "Control+A".
      if (browser === 'firefox' && key.includes('+')) {
        const keys = key.split('+');
        const kb = page.keyboard as unknown as { down(k: string): Promise<void>; up(k: string): Promise<void> };
        for (const k of keys) await kb.down(k);
        for (const k of [...keys].reverse()) await kb.up(k);
        return;
      }
      await page.keyboard.press(key);
    },
    evaluate,
    async waitFor(css, timeout = 10_000) {
      await poll(() => evaluate((c) => document.querySelector(c) !== null, css), timeout, css);
    },
    coach: () => evaluate(readCoach),
    async pressCoach(name) {
      // Cards slide in and follow their anchor: click once the control has stayed put for two reads. A card
      // can still move or be redrawn between the read and the click (a busy machine); the click is counted
      // where it lands, and tried again (at most three times) only when it reached no coaching control.
      const where = () => evaluate(coachControlCentre, { source: name.source, flags: name.flags });
      const hits = () => evaluate(() => (window as unknown as { srmHits?: number }).srmHits ?? 0);
      for (let attempt = 1; ; attempt++) {
        let last: { x: number; y: number } | null = null;
        const at = await poll(
          async () => {
            const now = await where();
            const steady = now && last && Math.abs(now.x - last.x) < 1 && Math.abs(now.y - last.y) < 1 ? now : null;
            last = now;
            return steady;
          },
          10_000,
          `a coaching control ${name}`,
        );
        const before = await hits();
        await page.mouse.click(at.x, at.y);
        const landed = await poll(async () => (await hits()) > before, 1500, 'the click').catch(() => false);
        if (landed) return;
        if (attempt === 3) throw new Error(`three clicks at a coaching control ${name} reached no coaching control`);
      }
    },
    sleep,
    close: () => page.close(),
  };
  return d;
}

/**
 * `fn(api, arg)` as an expression for the DevTools/BiDi evaluator, which (unlike eval in the page) an extension
 * page's CSP does not refuse. `arg` travels as JSON.
 */
export function callWithApi<R, A>(fn: (api: ExtApi, arg: A) => R | Promise<R>, arg?: A): string {
  return `(${fn.toString()})(typeof browser !== 'undefined' ? browser : chrome, ${JSON.stringify(arg ?? null)})`;
}

/**
 * The activity log as the user's log page has it: asked of the background ('log:get' / 'log:clear', as the
 * log page asks), which first takes in events it had to set aside in storage.local and queues behind the
 * writes still in flight (clearing the store from here could race them: a previous test's event landing
 * after the clear). An extension page may ask (platform/messaging.ts isAllowed).
 */
async function logVia(api: ExtApi, op: 'get' | 'clear'): Promise<unknown[]> {
  const answer = (await api.runtime.sendMessage({ type: `log:${op}`, payload: {} })) as { events?: unknown[]; ok?: boolean } | undefined;
  if (op === 'get' ? !Array.isArray(answer?.events) : answer?.ok !== true) throw new Error(`log:${op} answered ${JSON.stringify(answer)}`);
  return answer?.events ?? [];
}

async function resetWith(extEval: Driver['ext'], values: Record<string, unknown>): Promise<void> {
  await extEval(logVia, 'clear' as const);
  await extEval(applySettings, { values, clear: true });
}

/**
 * Sets the user's settings (after clearing every storage area when `clear`), then waits (≤ 3 s) until the
 * background has published them: content scripts read the settings it publishes (storage.local
 * 'effectiveSettings'), so a page opened before it republished would start with the previous values. Keys
 * a policy locks, or that are not settings, are not waited for. Runs in an extension page (Driver.ext).
 */
export async function applySettings(api: ExtApi, a: { values: Record<string, unknown>; clear: boolean }): Promise<void> {
  if (a.clear) {
    // storage.local first: the background's publication that the user-layer change below starts then
    // lands after the clear (cleared second, it could wipe what the background had just published).
    await api.storage.local.clear();
    await api.storage.sync.clear();
  }
  // Always a change to the user layer (a key the settings code ignores, set and taken away), so the
  // background publishes even when the values are the ones it published before the clear.
  await api.storage.sync.set({ ...a.values, srmResetNudge: Date.now() });
  await api.storage.sync.remove('srmResetNudge');
  const end = Date.now() + 3000;
  while (Date.now() < end) {
    const r = (await api.storage.local.get('effectiveSettings')).effectiveSettings as { values?: Record<string, unknown>; locked?: string[] } | undefined;
    const same = (k: string) => r?.locked?.includes(k) || !(k in (r?.values ?? {})) || JSON.stringify(r?.values?.[k]) === JSON.stringify(a.values[k]);
    if (r?.values && Object.keys(a.values).every(same)) return;
    await new Promise((ok) => setTimeout(ok, 20));
  }
}

// ---- Chromium --------------------------------------------------------------------------------------------

async function chromiumDriver(opts: { policy?: Record<string, unknown> }): Promise<Driver> {
  if (opts.policy) setManagedPolicy(opts.policy);
  let h: Harness;
  try {
    h = await launch();
  } catch (e) {
    if (opts.policy) setManagedPolicy(null);
    throw e;
  }
  let extPage: PwPage | undefined;
  const extEval = async <R, A>(fn: (api: ExtApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> => {
    if (!extPage || extPage.isClosed()) {
      extPage = await h.context.newPage();
      await extPage.goto(h.extensionUrl('src/options/index.html'));
    }
    return extPage.evaluate(callWithApi(fn, arg)) as Promise<R>;
  };
  return {
    name: 'chromium',
    requests: h.requests,
    async openNotion(url, fixture) {
      return wrap(await h.openNotion(url, fixture), 'chromium');
    },
    async openExt(path) {
      const page = await h.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(h.extensionUrl(path));
      return wrap(Object.assign(page, { errors }), 'chromium');
    },
    async findExt(match) {
      const page = await poll(async () => h.context.pages().find((p) => p.url().startsWith(h.extensionUrl('')) && match(p.url())) ?? null, 10_000, 'an extension tab');
      await page.waitForLoadState('load');
      return wrap(Object.assign(page, { errors: [] as string[] }), 'chromium');
    },
    ext: extEval,
    reset: (values = {}) => resetWith(extEval, values),
    set: (values) => extEval(applySettings, { values, clear: false }),
    log: async () => (await extEval(logVia, 'get' as const)) as { kind: string; decision: string; detail?: string; domains?: string[] }[],
    async route(prefix, handler) {
      await h.context.route((u) => u.href.startsWith(prefix), async (r) => {
        const a = await handler(r.request().url(), r.request().method());
        if (a === 'abort') return r.abort('internetdisconnected');
        return r.fulfill({ status: a.status ?? 200, headers: a.headers, contentType: a.contentType ?? 'text/plain', body: a.body ?? '' });
      });
    },
    async close() {
      try {
        await h.close();
      } finally {
        if (opts.policy) setManagedPolicy(null);
      }
    },
  };
}

// ---- Firefox ---------------------------------------------------------------------------------------------

async function firefoxDriver(opts: { policy?: Record<string, unknown>; prefs?: Record<string, unknown> }): Promise<Driver> {
  if (opts.policy) setFirefoxPolicy(opts.policy);
  let h: FirefoxHarness;
  try {
    h = await launchFirefox({ prefs: opts.prefs });
  } catch (e) {
    if (opts.policy) setFirefoxPolicy(null);
    throw e;
  }
  // Firefox's WebDriver BiDi refuses to navigate a tab to moz-extension:// (and reports extension tabs as
  // about:blank), so extension pages are reached the way the extension reaches them: the welcome tab that a
  // first install opens is found by its location, and other pages are opened from it with tabs.create().
  const extensionHref = (p: PpPage) => p.evaluate(() => location.href).catch(() => '');
  const findPage = async (match: (href: string) => boolean, timeout: number, what: string): Promise<PpPage> =>
    poll(
      async () => {
        for (const p of await h.browser.pages()) if (!p.isClosed() && match(await extensionHref(p))) return p;
        return null;
      },
      timeout,
      what,
    );
  let anchor: PpPage | undefined;
  const extPage = async (): Promise<PpPage> => {
    if (!anchor || anchor.isClosed()) anchor = await findPage((u) => u.startsWith(h.extensionUrl('')), 20_000, 'an extension page (the first-install welcome tab)');
    return anchor;
  };
  const extEval = async <R, A>(fn: (api: ExtApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> =>
    (await extPage()).evaluate(callWithApi(fn, arg)) as Promise<R>;
  return {
    name: 'firefox',
    requests: h.requests,
    async openNotion(url, fixture) {
      return wrap(await h.openNotion(url, fixture), 'firefox');
    },
    async openExt(path) {
      const url = h.extensionUrl(path);
      const from = await extPage();
      const before = new Set(await h.browser.pages());
      await from.evaluate((u) => (globalThis as unknown as { browser: { tabs: { create(o: object): Promise<unknown> } } }).browser.tabs.create({ url: u }), url);
      const page = await poll(
        async () => {
          for (const p of await h.browser.pages()) if (!before.has(p) && !p.isClosed() && (await extensionHref(p)) === url) return p;
          return null;
        },
        10_000,
        url,
      );
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await poll(() => page.evaluate(() => document.readyState === 'complete'), 10_000, `${path} loaded`);
      return wrap(Object.assign(page, { errors }), 'firefox');
    },
    async findExt(match) {
      const page = await findPage((u) => u.startsWith(h.extensionUrl('')) && match(u), 10_000, 'an extension tab');
      await poll(() => page.evaluate(() => document.readyState === 'complete'), 10_000, 'the extension tab loaded');
      return wrap(Object.assign(page, { errors: [] as string[] }), 'firefox');
    },
    ext: extEval,
    reset: (values = {}) => resetWith(extEval, values),
    set: (values) => extEval(applySettings, { values, clear: false }),
    log: async () => (await extEval(logVia, 'get' as const)) as { kind: string; decision: string; detail?: string; domains?: string[] }[],
    async route(prefix, handler) {
      h.routes.push([prefix, (req) => handler(req.url(), req.method())]);
    },
    async close() {
      try {
        await h.close();
      } finally {
        if (opts.policy) setFirefoxPolicy(null);
      }
    },
  };
}

/** Starts `browser` with the built extension (dist/chrome or dist/firefox), optionally under a real policy. */
export function startDriver(browser: BrowserName, opts: { policy?: Record<string, unknown>; prefs?: Record<string, unknown> } = {}): Promise<Driver> {
  return browser === 'firefox' ? firefoxDriver(opts) : chromiumDriver(opts);
}

/** Polls `read` until `ok` holds (or throws with the last value after `timeout`). */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch {
      /* not there yet */
    }
    if (Date.now() > end) throw new Error(`condition not met in ${timeout} ms; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
    await sleep(50);
  }
}
