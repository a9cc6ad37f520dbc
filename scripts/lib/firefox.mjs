// Real Firefox (Debian's firefox-esr, never a downloaded browser) with dist/firefox installed, driven by
// puppeteer-core over WebDriver BiDi. Every request to a Notion host is answered from test/fixtures/notion,
// as scripts/lib/browser.mjs does for Chromium, so pages load at the real Notion URLs with no network.
// Used by the cross-browser e2e tests (test/e2e/helpers/driver.ts) and `npm start -- --firefox`.
import puppeteer from 'puppeteer-core';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { FIXTURES, NOTION_HOST_RE, ROOT } from './browser.mjs';

/** browser_specific_settings.gecko.id of dist/firefox (vite.config.ts). */
export const FIREFOX_ADDON_ID = 'srm-coach@srm-coach.org';
/**
 * The moz-extension:// host, fixed through Firefox's `extensions.webextensions.uuids` pref so tests can open
 * the extension's pages (Firefox otherwise picks a random one per profile).
 */
export const FIREFOX_UUID = '0d6f3a52-8c1e-4b7a-9e35-5a2c7d4b1f60';

export function firefoxPath() {
  for (const p of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) {
    if (p && existsSync(p)) return p;
  }
  throw new Error('Firefox not found: install Debian\'s firefox-esr or set FIREFOX_PATH');
}

/** Where Firefox reads enterprise policies: distribution/policies.json in its installation directory. */
export function firefoxPolicyFile() {
  return join(dirname(realpathSync(firefoxPath())), 'distribution', 'policies.json');
}

/**
 * Writes (or, with null, removes) a REAL Firefox enterprise policy file that configures SRM Coach through
 * the `3rdparty` → `Extensions` → add-on id section, exactly what docs/admin.md tells an admin to deploy.
 * A policies.json that was there before is kept aside and put back on removal.
 */
export function setFirefoxPolicy(values) {
  const file = firefoxPolicyFile();
  const saved = `${file}.srm-coach-saved`;
  if (!values) {
    rmSync(file, { force: true });
    if (existsSync(saved)) renameSync(saved, file);
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file) && !existsSync(saved)) renameSync(file, saved);
  writeFileSync(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [FIREFOX_ADDON_ID]: values } } } }, null, 2));
}

/**
 * @param {{ ext?: string, headless?: boolean, language?: string, prefs?: Record<string, unknown>, noExtension?: boolean }} [opts]
 * language: the browser's UI language ("de"), which the extension's messages follow.
 * prefs: extra Firefox preferences (e.g. a short `extensions.background.idle.timeout`).
 */
export async function launchFirefox(opts = {}) {
  const ext = resolve(ROOT, opts.ext ?? 'dist/firefox');
  if (!opts.noExtension && !existsSync(join(ext, 'manifest.json'))) throw new Error(`${ext} is not built: run npm run build`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: opts.headless ?? true,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      // Optional permissions (breach check, reuse watch) are granted without Firefox's doorhanger, which a
      // test cannot press: the extension still asks through permissions.request() on the user's click.
      'extensions.webextOptionalPermissionPrompts': false,
      'browser.shell.checkDefaultBrowser': false,
      ...(opts.language ? { 'intl.locale.requested': opts.language, 'intl.accept_languages': opts.language } : {}),
      ...opts.prefs,
    },
  });
  if (!opts.noExtension) {
    const id = await browser.installExtension(ext);
    if (id !== FIREFOX_ADDON_ID) throw new Error(`installed add-on id ${id}, expected ${FIREFOX_ADDON_ID}`);
  }
  const fixtures = new Map(); // URL without query → fixture file name
  const requests = [];
  /** Routes other tests add (e.g. a fake HIBP): [url prefix, handler(req) → {status, body, headers} | 'abort'] */
  const routes = [];

  async function answer(req) {
    const url = req.url();
    if (!/^https?:/.test(url)) return req.continue(); // the extension's own moz-extension:// files
    requests.push(url);
    for (const [prefix, handler] of routes) {
      if (url.startsWith(prefix)) {
        const r = await handler(req);
        if (r === 'abort') return req.abort('internetdisconnected');
        return req.respond({ status: r.status ?? 200, headers: r.headers ?? {}, contentType: r.contentType ?? 'text/plain', body: r.body ?? '' });
      }
    }
    const key = url.replace(/[?#].*$/, '');
    const u = new URL(url);
    if (u.pathname.startsWith('/_fx/')) {
      const file = join(FIXTURES, u.pathname.slice(5).replace(/[^a-z0-9._-]/gi, ''));
      if (!existsSync(file)) return req.respond({ status: 404, body: '' });
      return req.respond({ status: 200, contentType: file.endsWith('.js') ? 'text/javascript' : 'text/html', body: readFileSync(file, 'utf8') });
    }
    if (!NOTION_HOST_RE.test(url)) {
      if (fixtures.has(key)) return req.respond({ status: 200, contentType: 'text/html', body: readFileSync(join(FIXTURES, fixtures.get(key)), 'utf8') });
      return req.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title><p>Not Notion</p>' });
    }
    const name = fixtures.get(key) ?? fixtures.get(u.pathname) ?? 'share-a.html';
    return req.respond({ status: 200, contentType: 'text/html', body: readFileSync(join(FIXTURES, name), 'utf8') });
  }

  async function newPage() {
    const page = await browser.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      answer(req).catch(() => undefined);
    });
    return page;
  }

  return {
    browser,
    extensionId: FIREFOX_ADDON_ID,
    requests,
    routes,
    newPage,
    extensionUrl: (path) => `moz-extension://${FIREFOX_UUID}/${path}`,
    /** Opens a Notion URL served from a fixture; page errors collect in page.errors. */
    async openNotion(url, fixture = 'share-a.html', { waitUntil = 'load' } = {}) {
      fixtures.set(url.replace(/[?#].*$/, ''), fixture);
      const page = await newPage();
      await page.goto(url, { waitUntil });
      return page;
    },
    /** Serves `fixture` at a non-Notion URL (the content script must not run there). */
    serve(url, fixture) {
      fixtures.set(url.replace(/[?#].*$/, ''), fixture);
    },
    async close() {
      await browser.close().catch(() => {});
    },
  };
}
