// popup_render_ms: open → first full render of the popup (duties, evidence and score on screen), median of
// several opens. Each open is a fresh document at the popup's extension URL (what the toolbar button
// loads), with a realistic activity log of 300 events. The figure is the popup's own performance mark
// 'srm-popup-ready' (set in a layout effect once the duties are in the DOM), measured from the document's
// time origin — navigation start — so it includes loading the page's scripts and reading storage.
// Imported by scripts/bench.mjs: `benchPopup(h)` with h from scripts/lib/browser.mjs launch().

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

export async function benchPopup(h, { runs = 9, events = 300 } = {}) {
  const url = h.extensionUrl('src/popup/index.html');
  const setup = await h.context.newPage();
  await setup.goto(url);
  await setup.evaluate((log) => chrome.storage.local.set({ log, onboarding: { completed: 5, done: true } }), sampleLog(events));
  await setup.close();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('srm-popup-ready').length > 0);
    times.push(await page.evaluate(() => performance.getEntriesByName('srm-popup-ready')[0].startTime));
    if (process.env.BENCH_POPUP_VERBOSE === '1') {
      // Breakdown: HTML parsed, prefetch started/done, main script evaluated, data read, duties rendered (ms from navigation start).
      const at = await page.evaluate(() => [
        performance.getEntriesByType('navigation')[0].domInteractive,
        ...['srm-popup-prefetch', 'srm-popup-prefetched', 'srm-popup-script', 'srm-popup-data', 'srm-popup-ready'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN),
      ]);
      console.error('[bench/popup] parsed, prefetch start/done, script, data, ready:', at.map((x) => Math.round(x)).join(', '));
    }
    await page.close();
  }
  return { popup_render_ms: Math.round(median(times) * 10) / 10 };
}
