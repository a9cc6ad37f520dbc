// popup_render_ms: open → first full render of the popup (duties, evidence and score on screen), median of
// several opens. Each open is a fresh document at the popup's extension URL (what the toolbar button
// loads), with a realistic activity log of 300 events. The figure is the popup's own performance mark
// 'srm-popup-ready' (set in a layout effect once the duties are in the DOM), measured from the document's
// time origin — navigation start — so it includes loading the page's scripts and reading storage.
// Imported by scripts/bench.mjs: `benchPopup(h)` with h from scripts/lib/browser.mjs launch().
//
// popup_floor_ms: the same measurement on an extension page that does nothing (the popup's <head>, one
// script that sets the mark at once), opened alternately with the popup in the same browser: the lower
// bound on this machine, so the popup's own cost is popup_render_ms − popup_floor_ms. The page is written
// into the loaded dist/chrome for the bench and removed afterwards (never packaged).
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../scripts/lib/browser.mjs';

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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Opens `url` in a fresh tab; ms from navigation start to the 'srm-popup-ready' mark (+ breakdown if verbose). */
async function openAndTime(h, url) {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('srm-popup-ready').length > 0);
  const t = await page.evaluate(() => performance.getEntriesByName('srm-popup-ready')[0].startTime);
  if (process.env.BENCH_POPUP_VERBOSE === '1' && url.includes('/popup/')) {
    // Breakdown: HTML parsed, script evaluated, data read, duties rendered (ms from navigation start).
    const at = await page.evaluate(() => [
      performance.getEntriesByType('navigation')[0].domInteractive,
      ...['srm-popup-script', 'srm-popup-data', 'srm-popup-ready'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN),
    ]);
    console.error('[bench/popup] parsed, script, data, ready:', at.map((x) => Math.round(x)).join(', '));
  }
  await page.close();
  return t;
}

export async function benchPopup(h, { runs = 15, events = 300, ext = join(ROOT, 'dist/chrome') } = {}) {
  const url = h.extensionUrl('src/popup/index.html');
  const setup = await h.context.newPage();
  await setup.goto(url);
  await setup.evaluate((log) => chrome.storage.local.set({ log, onboarding: { completed: 5, done: true } }), sampleLog(events));
  await setup.close();
  const floorFiles = [join(ext, 'bench-floor.html'), join(ext, 'bench-floor.js')];
  writeFileSync(floorFiles[0], '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRM Coach</title><script type="module" src="/bench-floor.js"></script></head><body class="popup"><div id="app"></div></body></html>');
  writeFileSync(floorFiles[1], "performance.mark('srm-popup-ready');\n");
  const times = [];
  const floor = [];
  try {
    // Alternately, so both see the same machine load.
    for (let i = 0; i < runs; i++) {
      floor.push(await openAndTime(h, h.extensionUrl('bench-floor.html')));
      times.push(await openAndTime(h, url));
    }
  } finally {
    for (const f of floorFiles) rmSync(f, { force: true });
  }
  const r = (x) => Math.round(x * 10) / 10;
  return { popup_render_ms: r(median(times)), popup_floor_ms: r(median(floor)) };
}
