// Real-browser harness shared by the e2e tests, `npm start` (demo) and `npm run bench`.
// Debian's Chromium (never a downloaded browser) with dist/chrome loaded; every request to a Notion host
// is answered from test/fixtures/notion, so pages load at the real Notion URLs with no network.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/notion');
/** Fixed by manifest.json's "key" (Chrome build only). */
export const EXTENSION_ID = 'ggcejggpjoeagpmcbcljfahoacbcgmii';
export const NOTION_HOST_RE = /^https:\/\/(app\.notion\.com|www\.notion\.so|notion\.so|www\.notion\.com)\//;
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'srm-coach-test.json');

export function chromiumPath() {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser']) {
    if (p && existsSync(p)) return p;
  }
  throw new Error('Chromium not found: install Debian\'s chromium or set CHROMIUM_PATH');
}

/**
 * Writes (or removes, with null) a real Chromium enterprise policy that configures the extension through
 * the `3rdparty` extension policy, exactly as an admin's /etc/chromium/policies/managed/*.json would.
 */
export function setManagedPolicy(values) {
  if (!values) {
    rmSync(POLICY_FILE, { force: true });
    return;
  }
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: values } } }, null, 2));
}

/**
 * @param {{ ext?: string, headless?: boolean, live?: boolean, args?: string[], noExtension?: boolean, toolbarPopup?: boolean, language?: string }} [opts]
 * noExtension: the same browser, flags and routes without SRM Coach (the bench's baseline).
 * toolbarPopup: also listen on a debugging port, for openToolbarPopup().
 * language: the browser's UI language ("de"), which the extension's messages follow.
 */
export async function launch(opts = {}) {
  const ext = resolve(ROOT, opts.ext ?? 'dist/chrome');
  if (!opts.noExtension && !existsSync(join(ext, 'manifest.json'))) throw new Error(`${ext} is not built: run npm run build`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'srm-coach-'));
  const headless = opts.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    viewport: { width: 1280, height: 800 },
    // The browser's UI language (what extension i18n follows) comes from LANGUAGE on Linux; --lang alone is
    // not enough for headless Chromium.
    ...(opts.language ? { env: { ...process.env, LANGUAGE: opts.language }, locale: opts.language } : {}),
    args: [
      ...(opts.noExtension ? [] : [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`]),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(opts.toolbarPopup ? ['--remote-debugging-port=0'] : []),
      ...(opts.args ?? []),
    ],
  });
  const fixtures = new Map(); // pathname → fixture file name
  const requests = [];
  if (!opts.live) {
    // Only http(s): the content script's own chunks load from chrome-extension:// and must pass untouched.
    await context.route(/^https?:\/\//, async (route) => {
      const url = route.request().url();
      requests.push(url);
      const key = url.replace(/[?#].*$/, '');
      if (!NOTION_HOST_RE.test(url)) {
        // A fixture explicitly served on another site (to prove the content script does not run there).
        if (fixtures.has(key)) return route.fulfill({ status: 200, contentType: 'text/html', body: readFileSync(join(FIXTURES, fixtures.get(key))) });
        if (/^https?:\/\/[^/]+\/_fx\//.test(url)) {
          const file = join(FIXTURES, new URL(url).pathname.slice(5).replace(/[^a-z0-9._-]/gi, ''));
          if (existsSync(file)) return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
        }
        if (/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) return route.continue();
        // Any other site: a plain page (used to prove the content script does not run there).
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title><p>Not Notion</p>' });
      }
      const u = new URL(url);
      if (u.pathname.startsWith('/_fx/')) {
        const file = join(FIXTURES, u.pathname.slice(5).replace(/[^a-z0-9._-]/gi, ''));
        if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
        return route.fulfill({ status: 200, contentType: file.endsWith('.js') ? 'text/javascript' : 'text/html', body: readFileSync(file) });
      }
      const name = fixtures.get(key) ?? fixtures.get(u.pathname) ?? 'share-a.html';
      return route.fulfill({ status: 200, contentType: 'text/html', body: readFileSync(join(FIXTURES, name)) });
    });
  }
  let sw = context.serviceWorkers()[0];
  if (!sw && !opts.noExtension) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = sw ? new URL(sw.url()).host : '';

  /** puppeteer-core's connection, made by the first openToolbarPopup(). */
  let debug;
  let welcomeClosed = false;
  /** The welcome tour's tab that a first install opens by itself (waits up to 10 s for it). */
  const welcomeTab = async () => {
    const url = `chrome-extension://${extensionId}/src/welcome/index.html`;
    return context.pages().find((p) => p.url() === url) ?? (await context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 10_000 }));
  };
  return {
    context,
    extensionId,
    requests,
    serviceWorker: () => context.serviceWorkers()[0] ?? sw,
    /** Opens a Notion URL served from a fixture; collects page errors in page.errors. */
    async openNotion(url, fixture = 'share-a.html', { waitUntil = 'load' } = {}) {
      fixtures.set(url.replace(/[?#].*$/, ''), fixture);
      const page = await context.newPage();
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
      await page.goto(url, { waitUntil });
      return page;
    },
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    /**
     * Waits for the welcome tour that a first install opens in a new tab (1.5–3 s after start, see
     * src/background/onboarding.ts) and closes it (once per browser): until then it can become the active
     * tab under a measurement, which throttles the Notion tab's timers and closes an open popup.
     */
    async closeWelcomeTab() {
      if (welcomeClosed) return;
      welcomeClosed = true;
      await (await welcomeTab()).close();
    },
    welcomeTab,
    /**
     * Opens the real toolbar popup, as a click on SRM Coach's toolbar button does (chrome.action.openPopup()
     * in the service worker), over the window of `focus` (a tab). `popup` sets another extension page as the
     * popup first (the bench's floor page); pass it again as the manifest's to restore it. Resolves with the
     * popup as a puppeteer-core page, once its frame exists, and the epoch ms openPopup() was called.
     * Playwright does not list extension popups as pages, so they are reached through puppeteer-core over
     * the debugging port that launch({ toolbarPopup: true }) opens.
     */
    async openToolbarPopup(focus, { popup } = {}) {
      if (!opts.toolbarPopup) throw new Error('openToolbarPopup() needs launch({ toolbarPopup: true })');
      if (!debug) {
        const { default: puppeteer } = await import('puppeteer-core');
        const [port, path] = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n');
        debug = await puppeteer.connect({ browserWSEndpoint: `ws://127.0.0.1:${port}${path}`, defaultViewport: null });
      }
      const worker = context.serviceWorkers()[0] ?? sw;
      if (popup) await worker.evaluate((p) => chrome.action.setPopup({ popup: p }), popup);
      const path = popup ?? JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')).action.default_popup;
      const url = `chrome-extension://${extensionId}/${path}`;
      // A popup (or tab) at this URL that is still closing would take the request or be mistaken for the
      // new popup: wait until it is gone.
      for (const end = Date.now() + 3000; Date.now() < end && debug.targets().some((x) => x.url() === url); ) {
        await new Promise((r) => setTimeout(r, 50));
      }
      // The popup needs a focused window, and closes when its window loses focus: focus the tab only if it
      // is not (a focus change arriving after the popup opened would close it), and wait for it to land.
      if (!(await focus.evaluate(() => document.hasFocus()).catch(() => false))) {
        await focus.bringToFront();
        await focus.waitForFunction(() => document.hasFocus(), null, { timeout: 3000 }).catch(() => undefined);
      }
      // openPopup() refuses while the last popup is still closing: retry. The popup is the target at its URL
      // that did not exist before this attempt, once it has stayed open for 0.3 s.
      for (let attempt = 1; ; attempt++) {
        const before = new Set(debug.targets());
        const requestedAt = await worker
          .evaluate(async () => {
            const t = Date.now();
            await chrome.action.openPopup();
            return t;
          })
          .catch((e) => {
            if (attempt >= 10) throw e;
            return undefined;
          });
        if (requestedAt === undefined) {
          await new Promise((r) => setTimeout(r, 200));
          continue;
        }
        const t = await debug.waitForTarget((x) => x.url() === url && !before.has(x), { timeout: 10_000 });
        const page = (await t.page()) ?? (await t.asPage());
        // puppeteer-core learns a popup's frame tree a moment after its target: wait for it.
        for (const end = Date.now() + 5000; ; ) {
          try {
            page.mainFrame();
            break;
          } catch (e) {
            if (Date.now() > end) throw e;
            await new Promise((r) => setTimeout(r, 20));
          }
        }
        // A window that was still taking focus when the popup opened closes it again at once: open anew.
        const closed = new Promise((r) => page.once('close', () => r(true)));
        if (await Promise.race([closed, new Promise((r) => setTimeout(() => r(false), 300))])) {
          if (attempt >= 10) throw new Error('the toolbar popup kept closing as it opened');
          continue;
        }
        return { page, requestedAt };
      }
    },
    async close() {
      await debug?.disconnect().catch(() => {});
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The coaching host SRM Coach adds outside Notion's tree. */
export const COACH_HOST = 'srm-coach-ui';
