// Activity log figures, imported by scripts/bench.mjs: `benchLog(h)` with h from
// scripts/lib/browser.mjs launch(launchOptions). Runs in real Chromium against dist/chrome.
//
// - log_append_ms_at_20k: what one event's append into a 20,000-event log adds to an 'event:record' message,
//   median of 40 pairs. Each pair is, in alternating order, a real 'event:record' from an extension page
//   (the background answers only after the event and the digest are in IndexedDB: one transaction, usually
//   writing only the digest's small delta; the whole digest is worked out for its copy in storage.local after
//   that, src/background/log-store.ts) and its twin with a payload the request guard refuses (the same
//   message, listener and answer, no append); the figure is the median of the pairs' differences. The message
//   itself is reported beside it: log_message_roundtrip_ms (the twin), log_append_roundtrip_ms_at_20k and its
//   p95 (the real one, as a sender waits for it; until 3 Dec this was the figure, ~2–2.6 ms of it the message
//   alone on this machine, and far more when the machine idled between messages: that is the platform's, not
//   the log's). log_append_ms_empty is the same figure before the log is seeded: an append touches a bounded
//   amount of data, so the two should match. Goal ≤ 5 ms; the log as one JSON string took ~145 ms.
//   The log is seeded as an earlier build stored it (storage.local 'log'); the background moves it into
//   its store first (log_migrate_20k_ms: from writing that key until the move is done).
// - popup_render_ms_big_log: the toolbar popup's open → first full render (as bench/popup.mjs measures
//   popup_render_ms) with that 20,000-event log, median of 25; popup_big_log_floor_ms is the page that does
//   nothing, opened alternately with it (same machine load). Goal: ≤ floor + 25 ms. popup_big_log_own_ms:
//   the median of each pair's difference, the same cost less moved by a busy moment (reported, no goal).
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../scripts/lib/browser.mjs';
import { lowerMedian as median, pct } from './stats.mjs';

export const launchOptions = { toolbarPopup: true };
export const targets = {
  log_append_ms_at_20k: '≤ 5',
  popup_render_ms_big_log: '≤ popup_big_log_floor_ms + 25',
};

const N = 20_000;
const READY = 'srm-popup-ready';
const POPUP = 'src/popup/index.html';
const FLOOR = 'bench-log-floor.html';
const round = (x) => Math.round(x * 100) / 100;

/**
 * `n` pairs from the extension page `tab`, in alternating order, 30 ms apart: an 'event:record' that appends
 * and its twin the request guard refuses (an event without an id: the same message, listener and answer).
 * Returns both round trips and each pair's difference, in ms.
 */
async function appendPairs(tab, tag, n) {
  return tab.evaluate(
    async ({ tag, n }) => {
      const out = { record: [], twin: [], added: [] };
      const send = async (event) => {
        const t0 = performance.now();
        const res = await chrome.runtime.sendMessage({ type: 'event:record', payload: { event } });
        return [performance.now() - t0, res];
      };
      const gap = () => new Promise((r) => setTimeout(r, 30));
      for (let i = 0; i < n; i++) {
        const now = Date.now();
        const event = { id: `bench-append-${tag}-${now.toString(36)}-${i}`, at: now, kind: 'twofa-status', decision: 'recorded', detail: '2fa-on', host: 'app.notion.com' };
        const { id: _, ...twin } = event;
        const got = {};
        for (const which of i % 2 ? ['twin', 'record'] : ['record', 'twin']) {
          got[which] = await send(which === 'record' ? event : twin);
          await gap();
        }
        const [[record, recordRes], [twinMs, twinRes]] = [got.record, got.twin];
        if (!recordRes?.ok) throw new Error(`event:record failed: ${JSON.stringify(recordRes)}`);
        if (twinRes?.error !== 'bad-request') throw new Error(`the twin was not refused: ${JSON.stringify(twinRes)}`);
        out.record.push(record);
        out.twin.push(twinMs);
        out.added.push(record - twinMs);
      }
      return out;
    },
    { tag, n },
  );
}

const KINDS = [
  ['invite-risky', 'proceeded', { domains: ['gmail.com'], reasons: ['personal'], pageTitle: 'Roadmap', pageId: '0123456789abcdef0123456789abcdef', host: 'app.notion.com' }],
  ['invite-risky', 'shown', { domains: ['vendor.io'], reasons: ['unknown'], pageTitle: 'Q3 plan', host: 'app.notion.com' }],
  ['twofa-status', 'recorded', { detail: '2fa-on', host: 'app.notion.com' }],
  ['page-public-seen', 'recorded', { pageTitle: 'Hiring', host: 'www.notion.so' }],
  ['password-verdict', 'recorded', { detail: 'strong' }],
  ['secret-paste', 'proceeded', { detail: 'aws-access-key', pageTitle: 'Runbook', host: 'app.notion.com' }],
  ['access-reviewed', 'recorded', { detail: 'people-list' }],
  ['duty-marked', 'recorded', { detail: 'offboarding' }],
];

function bigLog(n, now = Date.now()) {
  return Array.from({ length: n }, (_, i) => {
    const [kind, decision, extra] = KINDS[i % KINDS.length];
    return { id: `bench-log-${i}`, at: now - (n - i) * 60_000, kind, decision, ...extra };
  });
}

async function toolbarPopup(h, focus, page) {
  const { page: popup } = await h.openToolbarPopup(focus, { popup: page });
  await popup.waitForFunction((m) => performance.getEntriesByName(m).length > 0, { polling: 10 }, READY);
  const ready = await popup.evaluate((m) => performance.getEntriesByName(m)[0].startTime, READY);
  await popup.close();
  return ready;
}

export async function benchLog(h, { appends = 40, runs = 25, ext = join(ROOT, 'dist/chrome') } = {}) {
  await h.closeWelcomeTab();
  const tab = await h.context.newPage();
  // An extension page that does not watch the log (the log page and the popup reload on every append).
  await tab.goto(h.extensionUrl('src/options/index.html'));
  // Keep all 20,000 (the default keeps 1,000), then seed the log as an earlier build stored it.
  await tab.evaluate(() => chrome.storage.sync.set({ logMaxEvents: 20000, logRetentionDays: 3650 }));
  await tab.evaluate(() => chrome.storage.local.set({ onboarding: { completed: 5, done: true } }));
  const empty = await appendPairs(tab, 'empty', appends / 2);
  const migrateMs = await tab.evaluate(async (log) => {
    const t0 = performance.now();
    await chrome.storage.local.set({ log });
    for (;;) {
      const got = await chrome.storage.local.get(['log', 'logDigest']);
      // The digest is stored as one JSON string (src/shared/log/digest.ts encodeDigest).
      if (got.log === undefined && typeof got.logDigest === 'string' && JSON.parse(got.logDigest).total >= 20000) return performance.now() - t0;
      await new Promise((r) => setTimeout(r, 20));
    }
  }, JSON.stringify(bigLog(N)));

  const full = await appendPairs(tab, 'full', appends);
  // The copy of the digest follows the acknowledgement (src/background/log-store.ts): wait for it.
  const total = await tab.evaluate(async (n) => {
    let t;
    for (let i = 0; i < 100; i++) {
      t = JSON.parse((await chrome.storage.local.get('logDigest')).logDigest ?? '{}').total;
      if (t === n) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    return t;
  }, N);
  // At its limit of 20,000: every append there also cut the oldest event.
  if (total !== N) throw new Error(`the log holds ${total} events, not ${N}`);
  await tab.goto('about:blank');

  const floorFiles = [join(ext, FLOOR), join(ext, 'bench-log-floor.js')];
  writeFileSync(floorFiles[0], `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRM Coach</title><script type="module" src="/bench-log-floor.js"></script></head><body class="popup"><div id="app"></div></body></html>`);
  writeFileSync(floorFiles[1], `performance.mark('${READY}');\n`);
  const s = { popup: [], floor: [] };
  try {
    for (let i = 0; i < runs; i++) {
      s.floor.push(await toolbarPopup(h, tab, FLOOR));
      s.popup.push(await toolbarPopup(h, tab, POPUP));
    }
  } finally {
    for (const f of floorFiles) rmSync(f, { force: true });
    await h
      .serviceWorker()
      .evaluate((popup) => chrome.action.setPopup({ popup }), POPUP)
      .catch(() => undefined);
  }
  return {
    log_append_ms_at_20k: round(median(full.added)),
    log_append_ms_empty: round(median(empty.added)),
    log_append_roundtrip_ms_at_20k: round(median(full.record)),
    log_append_roundtrip_p95_ms_at_20k: round(pct(full.record, 95)),
    log_message_roundtrip_ms: round(median(full.twin)),
    log_migrate_20k_ms: Math.round(migrateMs),
    popup_render_ms_big_log: Math.round(median(s.popup) * 10) / 10,
    popup_big_log_floor_ms: Math.round(median(s.floor) * 10) / 10,
    // The same cost as the median of each alternate pair's difference (less moved by a busy moment).
    popup_big_log_own_ms: Math.round(median(s.popup.map((p, i) => p - s.floor[i])) * 10) / 10,
  };
}
