// popup_render_ms: open → first full render of the popup (duties, evidence and score on screen), median of
// 15 opens, with a realistic activity log of 300 events. Each open is the real toolbar popup: the service
// worker calls chrome.action.openPopup(), which opens the same popup host as a click on the toolbar icon.
// The figure is the popup's own performance mark 'srm-popup-ready' (set in a layout effect once the duties,
// evidence and score are in the DOM, just before the browser paints them), measured from its document's time origin (navigation start), so it includes loading
// the page's script, reading storage and rendering.
// Imported by scripts/bench.mjs: `benchPopup(h)` with h from scripts/lib/browser.mjs launch(launchOptions).
//
// Reported beside it, so that the figure reads honestly:
// - popup_floor_ms: the same measurement for a page that does nothing (the popup's <head>, one script that
//   sets the mark at once), set as the toolbar popup and opened alternately with the real one: the part no
//   extension code can remove on this machine. popup_render_ms − popup_floor_ms is SRM Coach's own cost.
// - popup_request_to_start_ms: the time from openPopup() to the popup document's navigation start (Chrome
//   making the popup's host and view, plus puppeteer-core attaching to the new target), and
//   popup_floor_request_to_start_ms the same for the page that does nothing: equal, so no extension code
//   shortens it. Neither figure above includes it.
// - popup_tab_render_ms / popup_tab_floor_ms: the popup's URL opened as a new tab instead, which is how this
//   bench measured until 2026-11-25. A tab adds a navigation of its own (~40 ms here) that the toolbar popup
//   does not have.
// The popup is reached with h.openToolbarPopup() (scripts/lib/browser.mjs, launchOptions). The floor page is written into the loaded dist/chrome for the
// bench and removed afterwards (never packaged).
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../scripts/lib/browser.mjs';
import { lowerMedian as median } from './stats.mjs';

export const launchOptions = { toolbarPopup: true };

const KINDS = [
  ['invite-risky', 'proceeded', { domains: ['gmail.com'], reasons: ['personal'], pageTitle: 'Roadmap', host: 'app.notion.com' }],
  ['invite-risky', 'shown', { domains: ['vendor.io'], reasons: ['unknown'], pageTitle: 'Q3 plan', host: 'app.notion.com' }],
  ['public-exposure', 'shown', { pageTitle: 'Hiring', detail: 'publish', host: 'www.notion.so' }],
  ['password-verdict', 'recorded', { detail: 'weak' }],
  ['twofa-status', 'recorded', { detail: '2fa-on' }],
  ['access-reviewed', 'recorded', {}],
  ['duty-marked', 'recorded', { detail: 'offboarding' }],
];

function sampleLog(n, now = Date.now()) {
  return Array.from({ length: n }, (_, i) => {
    const [kind, decision, extra] = KINDS[i % KINDS.length];
    return { id: `bench-${i}`, at: now - (n - i) * 3_600_000, kind, decision, ...extra };
  });
}

const READY = 'srm-popup-ready';
const POPUP = 'src/popup/index.html';
const FLOOR = 'bench-floor.html';

/** Opens `page` as the toolbar popup: [navigation start → ready mark, openPopup() → navigation start] in ms. */
async function toolbarPopup(h, focus, page) {
  const { page: popup, requestedAt } = await h.openToolbarPopup(focus, { popup: page });
  await popup.waitForFunction((m) => performance.getEntriesByName(m).length > 0, { polling: 10 }, READY);
  const [ready, startAt, breakdown] = await popup.evaluate(
    (m) => [
      performance.getEntriesByName(m)[0].startTime,
      performance.timeOrigin,
      [performance.getEntriesByType('navigation')[0]?.domInteractive, ...['srm-popup-script', 'srm-popup-data'].map((n) => performance.getEntriesByName(n)[0]?.startTime)],
    ],
    READY,
  );
  if (process.env.BENCH_POPUP_VERBOSE === '1' && page === POPUP) {
    console.error('[bench/popup] parsed, script, data, ready:', [...breakdown, ready].map((x) => Math.round(x ?? NaN)).join(', '));
  }
  await popup.close();
  return [ready, startAt - requestedAt];
}

/** Opens `url` in a fresh tab: navigation start → ready mark, in ms. */
async function openAsTab(h, url) {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 420, height: 600 }); // body.popup's width (src/ui/page.css)
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, READY);
  const t = await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, READY);
  await page.close();
  return t;
}

export async function benchPopup(h, { runs = 15, events = 300, ext = join(ROOT, 'dist/chrome') } = {}) {
  // The popup opens over a normal, focused browser window (as it does for a user), once the first-install
  // welcome tab has come and gone.
  await h.closeWelcomeTab();
  const tab = await h.context.newPage();
  await tab.goto(h.extensionUrl(POPUP));
  // Stored as the extension stores it: one JSON string (src/shared/log/stored.ts, format 2).
  const log = JSON.stringify(sampleLog(events));
  await tab.evaluate((log) => chrome.storage.local.set({ log, onboarding: { completed: 5, done: true } }), log);
  await tab.goto('about:blank');
  const floorFiles = [join(ext, FLOOR), join(ext, 'bench-floor.js')];
  writeFileSync(floorFiles[0], `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRM Coach</title><script type="module" src="/bench-floor.js"></script></head><body class="popup"><div id="app"></div></body></html>`);
  writeFileSync(floorFiles[1], `performance.mark('${READY}');\n`);
  const s = { popup: [], floor: [], toStart: [], floorToStart: [], tab: [], tabFloor: [] };
  try {
    // Alternately, so that every figure sees the same machine load.
    for (let i = 0; i < runs; i++) {
      const [f, fs] = await toolbarPopup(h, tab, FLOOR);
      const [p, ps] = await toolbarPopup(h, tab, POPUP);
      s.floor.push(f);
      s.popup.push(p);
      s.toStart.push(ps);
      s.floorToStart.push(fs);
      s.tabFloor.push(await openAsTab(h, h.extensionUrl(FLOOR)));
      s.tab.push(await openAsTab(h, h.extensionUrl(POPUP)));
    }
  } finally {
    for (const f of floorFiles) rmSync(f, { force: true });
    await h
      .serviceWorker()
      .evaluate((popup) => chrome.action.setPopup({ popup }), POPUP)
      .catch(() => undefined); // the browser is closed next anyway; setPopup lasts only while it runs
  }
  const r = (x) => Math.round(median(x) * 10) / 10;
  return {
    popup_render_ms: r(s.popup),
    popup_floor_ms: r(s.floor),
    popup_request_to_start_ms: r(s.toStart),
    popup_floor_request_to_start_ms: r(s.floorToStart),
    popup_tab_render_ms: r(s.tab),
    popup_tab_floor_ms: r(s.tabFloor),
  };
}
