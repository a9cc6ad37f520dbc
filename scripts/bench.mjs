// npm run bench: prints the figures and writes bench/results.json. Measured, not asserted: targets are
// listed beside each figure. Runs in real Chromium with dist/chrome (built first).
// `node scripts/bench.mjs --only=paste` (comma-separated bench/<area>.mjs names) measures just those areas,
// without a build, and merges their figures into the existing bench/results.json (with <area>_measured_at).
// The core figures can be picked the same way: --only=bundle,overhead,typing,latency (bundle reads dist/chrome
// as built; run npm run build first).
// With/without figures are medians over interleaved pairs with a 95 % bootstrap interval (bench/stats.mjs);
// a goal counts as met (✔) only when the interval's upper end meets it. The page-script overhead is its own
// design (overhead() below: each Notion host with and without SRM Coach, four pages a round, speed-adjusted,
// a Hodges–Lehmann median) and runs a host control in the same rounds (overhead_control_*).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { launch, ROOT } from './lib/browser.mjs';
import { adjustedFigures, interleaved, pairedFigures, rotated, verdict } from '../bench/stats.mjs';
import { typingSession } from '../bench/typing.mjs';
import { startProfile, stopProfile } from '../bench/attribute.mjs';
import { median as median2, bootstrap, lowerMedian as median, pct } from '../bench/stats.mjs';

// With/without comparisons (typing): interleaved pairs, alternating which side goes first.
const PAIRS = Math.max(5, Number(process.env.BENCH_PAIRS ?? 21));
// The page-script overhead's rounds (four pages each): on this busy 2-core machine a page's script time spreads
// 9–17 % from one page to the next (docs/decisions/0003-page-script-overhead-measure.md).
const OVERHEAD_ROUNDS = Math.max(5, Number(process.env.BENCH_OVERHEAD_ROUNDS ?? 61));
// Then profiled runs with the extension alone: time attributed to its own scripts (bench/attribute.mjs).
const ATTRIBUTED_RUNS = Math.max(3, Number(process.env.BENCH_ATTRIBUTED_RUNS ?? 9));
// Heavy runs per page in the overhead rounds (scriptTime).
const HEAVY_RUNS = Math.max(1, Number(process.env.BENCH_HEAVY_RUNS ?? 2));
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
if (!only && !process.argv.includes('--no-build')) spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

/**
 * gzip size of the content scripts `which` picks (their loaders and every chunk they import statically,
 * not lazy import()). The budget is for the script on EVERY Notion page; the login/signup prewarm
 * (document_start, LOGIN_MATCHES) is reported on its own.
 */
function contentBundle(which) {
  const dist = join(ROOT, 'dist/chrome');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const seen = new Set();
  const files = [];
  const visit = (rel) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const code = readFileSync(join(dist, rel), 'utf8');
    files.push({ rel, gz: gzipSync(code, { level: 9 }).length });
    // crxjs loader: import(chrome.runtime.getURL("assets/x.js")) — that is the entry itself, so follow it.
    for (const m of code.matchAll(/getURL\(\s*["']([^"']+)["']\s*\)/g)) visit(m[1]);
    // static imports/exports of sibling chunks
    for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(join(dirname(rel), m[1]).replace(/\\/g, '/'));
    }
  };
  for (const cs of manifest.content_scripts.filter(which)) for (const js of cs.js) visit(js);
  return { bytes: files.reduce((a, f) => a + f.gz, 0), files };
}

async function scriptTime(context, url, { profile = false } = {}) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(300);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // One heavy run (3,000 blocks, then 3,000 mutations over animation frames), and a moment to settle.
  const heavy = async () => {
    await page.evaluate(() => window.runHeavy(3000, 3000));
    await page.waitForTimeout(100);
  };
  if (profile) {
    await startProfile(cdp);
    await heavy();
    const ms = await stopProfile(cdp);
    await page.close();
    return ms;
  }
  // HEAVY_RUNS heavy runs per page (the blocks cleared between them), averaged: one run's noise is its own
  // (runs in one page differ from each other as much as pages do), and more runs per page cost less time
  // than more pages. Per run: script time, and the page's own layout + style time (stats.mjs adjustedFigures).
  const get = (ms, n) => ms.find((m) => m.name === n)?.value ?? 0;
  let script = 0;
  let work = 0;
  for (let k = 0; k < HEAVY_RUNS; k++) {
    if (k) await page.evaluate(() => document.querySelector('[data-fx=content]').replaceChildren());
    await page.waitForTimeout(50);
    const before = (await cdp.send('Performance.getMetrics')).metrics;
    await heavy();
    const after = (await cdp.send('Performance.getMetrics')).metrics;
    const d = (n) => (get(after, n) - get(before, n)) * 1000;
    script += d('ScriptDuration');
    work += d('LayoutDuration') + d('RecalcStyleDuration');
  }
  await page.close();
  return { script: script / HEAVY_RUNS, work: work / HEAVY_RUNS };
}

/** The query mark that keeps SRM Coach's content scripts off a page in the overhead bench's build (below). */
const OFF_MARK = 'srm-coach-bench=off';

/**
 * dist/chrome copied to dist/bench-chrome with one change, for the page-script overhead only: each content
 * script also gets `exclude_globs: ["*srm-coach-bench=off*"]`. The same Notion URL with that query is then
 * the page without SRM Coach on the same host, in the same browser, with the same extension installed and
 * granted there; the scripts, the background and every other file are the built ones, byte for byte.
 */
function offMarkBuild() {
  const src = join(ROOT, 'dist/chrome');
  const dst = join(ROOT, 'dist/bench-chrome');
  rmSync(dst, { recursive: true, force: true });
  cpSync(src, dst, { recursive: true });
  const file = join(dst, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const cs of manifest.content_scripts) cs.exclude_globs = [...(cs.exclude_globs ?? []), `*${OFF_MARK}*`];
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return dst;
}

/** The origins of the isolated worlds (content scripts) in a loaded page, by the page's CDP session. */
async function isolatedWorlds(page, context) {
  const cdp = await context.newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => c.auxData?.type === 'isolated' && worlds.push(c.origin || c.name));
  await cdp.send('Runtime.enable'); // reports the contexts that exist, then returns
  await cdp.detach();
  return worlds;
}

/**
 * Page script on the heavy fixture with and without SRM Coach, in ONE browser with SRM Coach installed,
 * each host with itself: "without" is the same Notion URL with the off mark, which the bench's build
 * (offMarkBuild above) excludes from its content scripts. Same host, site, renderer kind, flags, profile,
 * caches and extension state; the only difference is SRM Coach's scripts in the page.
 * Until 3 Dec the "without" pages were bare sites, and a site's own effect moved the figure between runs:
 * in two runs the two bare sites, the same page, differed by 1.3 and 2.1 % (their interval ±0.8 %), the same
 * way both times, whatever page came before. A host measured against itself has no such effect to carry.
 * (Two browsers, one without the extension, differed by themselves: on 2 Dec the "without" browser ran 6 %
 * slower, an added time of −4.7 ms [−7.4 – −0.5].)
 * Each round loads four pages, two a host: app.notion.com with and without, www.notion.so with and
 * without, in an order rotated round by round. A side is its two pages together. Two controls in the same
 * rounds: the two hosts against each other with SRM Coach on one page of each side (A with + B without
 * against B with + A without: its cost cancels, the hosts' difference is left), and the two hosts without
 * SRM Coach against each other. They show the site effect that pairing each host with itself removes.
 * Why this design, with its numbers: docs/decisions/0003-page-script-overhead-measure.md.
 */
async function overhead() {
  const id = 'Heavy-0123456789abcdef0123456789abcdef';
  const pages = {
    withA: `https://app.notion.com/p/${id}`,
    bareA: `https://app.notion.com/p/${id}?${OFF_MARK}`,
    withB: `https://www.notion.so/p/${id}`,
    bareB: `https://www.notion.so/p/${id}?${OFF_MARK}`,
  };
  const h = await launch({ ext: offMarkBuild() });
  await h.closeWelcomeTab(); // the first-install tab would compete for the CPU during the runs
  if (process.env.BENCH_DISABLE) {
    // Diagnosis only: measure with some features switched off (comma-separated ids).
    await h.serviceWorker().evaluate((ids) => chrome.storage.sync.set({ disabledFeatures: ids }), process.env.BENCH_DISABLE.split(','));
  }
  // Registers the fixture there, and checks the off mark does what it says: SRM Coach's world in each page
  // with it, in none without.
  for (const [name, u] of Object.entries(pages)) {
    const page = await h.openNotion(u, 'heavy.html');
    await page.waitForTimeout(300);
    const ours = (await isolatedWorlds(page, h.context)).filter((o) => o.includes(h.extensionId));
    await page.close();
    if (name.startsWith('with') !== ours.length > 0) throw new Error(`overhead bench: ${u} has ${ours.length} SRM Coach world(s)`);
  }
  try {
    const runs = await rotated(OVERHEAD_ROUNDS, Object.keys(pages), (page) => scriptTime(h.context, pages[page]));
    if (process.env.BENCH_DUMP) writeFileSync(process.env.BENCH_DUMP, JSON.stringify(runs)); // diagnosis: every page's figures, per page
    const side = (a, b) => runs[a].map((r, i) => ({ script: (r.script + runs[b][i].script) / 2, work: (r.work + runs[b][i].work) / 2 }));
    const withSide = side('withA', 'withB');
    const without = side('bareA', 'bareB');
    // Separate, profiled runs: the time inside SRM Coach's own scripts (bench/attribute.mjs).
    const own = [];
    for (let i = 0; i < ATTRIBUTED_RUNS; i++) own.push(await scriptTime(h.context, i % 2 ? pages.withB : pages.withA, { profile: true }));
    const mixedA = side('withA', 'bareB');
    const mixedB = side('withB', 'bareA');
    // The same statistics on script time alone (work 1: no adjustment), so the two printouts differ only there.
    const plain = (xs) => xs.map((r) => ({ script: r.script, work: 1 }));
    return {
      ...adjustedFigures(withSide, without),
      control: adjustedFigures(mixedA, mixedB),
      controlBare: adjustedFigures(runs.bareB, runs.bareA),
      unadjusted: adjustedFigures(plain(withSide), plain(without)),
      controlUnadjusted: adjustedFigures(plain(mixedA), plain(mixedB)),
      own: bootstrap(own.length, (idx) => median2(idx.map((i) => own[i]))),
    };
  } finally {
    await h.close();
  }
}

/** Main-thread ms per keystroke with and without SRM Coach, in batches interleaved between two browsers. */
async function typing() {
  const withExt = await launch();
  await withExt.closeWelcomeTab();
  const bare = await launch({ noExtension: true });
  try {
    const sessions = { with: await typingSession(withExt), without: await typingSession(bare) };
    const runs = await interleaved(PAIRS, (side) => sessions[side].batch());
    const own = [];
    for (let i = 0; i < ATTRIBUTED_RUNS; i++) own.push(await sessions.with.batch({ profile: true }));
    return { ...pairedFigures(runs.with, runs.without), own: bootstrap(own.length, (idx) => median2(idx.map((i) => own[i]))) };
  } finally {
    await withExt.close();
    await bare.close();
  }
}

async function latency() {
  const h = await launch();
  await h.closeWelcomeTab(); // else it opens mid-run and the Notion tab, now in the background, is throttled
  await h.serviceWorker().evaluate(() => chrome.storage.sync.set({ ownDomains: ['acme.com'] }));
  const page = await h.openNotion('https://app.notion.com/p/Roadmap-0123456789abcdef0123456789abcdef', 'share-a.html');
  await page.getByText('Share', { exact: true }).first().click();
  await page.locator('[data-fx=invite-input]').waitFor();
  // Warm-up: the classifier chunk loads when the share menu opens.
  await page.waitForTimeout(500);
  const samples = await page.evaluate(async (n) => {
    const input = document.querySelector('[data-fx=invite-input]');
    const tpl = document.getElementById('fx-chip');
    const alertText = () => document.querySelector('srm-coach-ui')?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';
    const out = [];
    for (let i = 0; i < n; i++) {
      const domain = `vendor${i}.io`;
      const chip = tpl.content.firstElementChild.cloneNode(true);
      (chip.querySelector('[data-fx=chip-text]') || chip).textContent = `p${i}@${domain}`;
      const t0 = performance.now();
      input.before(chip);
      await new Promise((resolve) => {
        const check = () => (alertText().includes(domain) ? resolve() : requestAnimationFrame(check));
        // Poll on a microtask-granular loop to catch the card as soon as it is in the DOM.
        const mo = new MutationObserver(() => alertText().includes(domain) && (mo.disconnect(), resolve()));
        const root = document.querySelector('srm-coach-ui')?.shadowRoot;
        if (root) mo.observe(root, { childList: true, subtree: true, characterData: true });
        check();
      });
      out.push(performance.now() - t0);
      chip.remove();
      await new Promise((r) => setTimeout(r, 60));
    }
    return out;
  }, 40);
  await h.close();
  return { median: median(samples), p95: pct(samples, 95) };
}

const results = {};
const GOALS = { bundle: 10240, prewarm: 4096, ratio: 1.02, addedMs: 3, typingMs: 0.5, latencyP95: 16 };

const CORE = ['bundle', 'overhead', 'typing', 'latency'];
const wantCore = (name) => !only || only.includes(name);
if (CORE.some(wantCore)) await extensionFigures();

/** The figures of the built extension in Chromium: bundle sizes, script overhead, typing cost, warning latency. */
async function extensionFigures() {
  if (wantCore('bundle')) {
    const everyPage = (cs) => cs.matches.includes('https://app.notion.com/*');
    const bundle = contentBundle(everyPage);
    results.content_bundle_gzip_bytes = bundle.bytes;
    console.log(`content_bundle_gzip_bytes   ${bundle.bytes} B ${verdict(bundle.bytes, GOALS.bundle)} (goal ≤ ${GOALS.bundle})  [${bundle.files.map((f) => `${f.rel} ${f.gz}`).join(', ')}]`);
    const prewarm = contentBundle((cs) => cs.run_at === 'document_start');
    results.login_prewarm_gzip_bytes = prewarm.bytes;
    console.log(`login_prewarm_gzip_bytes    ${prewarm.bytes} B ${verdict(prewarm.bytes, GOALS.prewarm)} (goal ≤ ${GOALS.prewarm}; login/signup only, document_start)  [${prewarm.files.map((f) => `${f.rel} ${f.gz}`).join(', ')}]`);
    const parts = partSizes();
    for (const [name, gz] of Object.entries(parts)) results[`part_${name}_gzip_bytes`] = gz;
    console.log(`lazy parts (gzip, injected on demand)  ${Object.entries(parts).map(([n, gz]) => `${n} ${gz}`).join(', ')}`);
  }

  if (wantCore('overhead')) {
    const o = await overhead();
    // A figure with its interval: key, key_ci95_low, key_ci95_high.
    const put = (key, f, d) => Object.assign(results, { [key]: round(f.value, d), [`${key}_ci95_low`]: round(f.low, d), [`${key}_ci95_high`]: round(f.high, d) });
    put('overhead_ratio', o.ratio, 3);
    put('overhead_added_ms', o.added, 1);
    results.overhead_script_ms_with = round(o.with, 1);
    results.overhead_script_ms_without = round(o.without, 1);
    results.overhead_rounds = o.n;
    results.overhead_heavy_runs_per_page = HEAVY_RUNS;
    put('overhead_ratio_plain_median', o.ratioMedian, 3);
    put('overhead_work_ratio', o.work, 3);
    put('overhead_unadjusted_ratio', o.unadjusted.ratio, 3);
    put('overhead_unadjusted_added_ms', o.unadjusted.added, 1);
    put('overhead_control_unadjusted_ratio', o.controlUnadjusted.ratio, 3);
    results.overhead_own_script_ms = round(o.own.value, 2);
    results.overhead_own_script_ms_ci95_high = round(o.own.high, 2);
    put('overhead_control_ratio', o.control.ratio, 3);
    put('overhead_control_added_ms', o.control.added, 1);
    put('overhead_control_bare_ratio', o.controlBare.ratio, 3);
    console.log(`overhead_ratio              ${results.overhead_ratio} [95% ${results.overhead_ratio_ci95_low}–${results.overhead_ratio_ci95_high}] ${verdict(o.ratio.high, GOALS.ratio)} (goal ≤ ${GOALS.ratio} at the upper end; Hodges–Lehmann median of the rounds' ratios of script per ms of the page's own layout + style work; plain median ${results.overhead_ratio_plain_median} [95% ${results.overhead_ratio_plain_median_ci95_low}–${results.overhead_ratio_plain_median_ci95_high}]; script ${results.overhead_script_ms_with} ms with vs ${results.overhead_script_ms_without} ms without per heavy run, ${o.n} rounds of ${HEAVY_RUNS} runs a page)`);
    console.log(`overhead_added_ms           ${results.overhead_added_ms} [95% ${results.overhead_added_ms_ci95_low}–${results.overhead_added_ms_ci95_high}] ${verdict(o.added.high, GOALS.addedMs)} (goal ≤ ${GOALS.addedMs} at the upper end)`);
    console.log(`overhead_work_ratio         ${results.overhead_work_ratio} [95% ${results.overhead_work_ratio_ci95_low}–${results.overhead_work_ratio_ci95_high}] (the pages' own layout + style time, with ÷ without: what the adjustment divides by${o.work.low > 1 ? ' ⚠ above 1: SRM Coach may add layout or style work, which the adjustment would hide' : ''})`);
    console.log(`overhead_unadjusted_ratio   ${results.overhead_unadjusted_ratio} [95% ${results.overhead_unadjusted_ratio_ci95_low}–${results.overhead_unadjusted_ratio_ci95_high}], added ${results.overhead_unadjusted_added_ms} [95% ${results.overhead_unadjusted_added_ms_ci95_low}–${results.overhead_unadjusted_added_ms_ci95_high}]; control ${results.overhead_control_unadjusted_ratio} [95% ${results.overhead_control_unadjusted_ratio_ci95_low}–${results.overhead_control_unadjusted_ratio_ci95_high}] (script time alone, same runs and statistics)`);
    console.log(`overhead_control_ratio      ${results.overhead_control_ratio} [95% ${results.overhead_control_ratio_ci95_low}–${results.overhead_control_ratio_ci95_high}], added ${results.overhead_control_added_ms} [95% ${results.overhead_control_added_ms_ci95_low}–${results.overhead_control_added_ms_ci95_high}] (host control in the same rounds: app.notion.com with + www.notion.so without against www.notion.so with + app.notion.com without, SRM Coach's cost cancels: the two hosts' own difference and the noise, which pairing each host with itself keeps out of the figures above; the two hosts without SRM Coach ${results.overhead_control_bare_ratio} [95% ${results.overhead_control_bare_ratio_ci95_low}–${results.overhead_control_bare_ratio_ci95_high}])`);
    console.log(`overhead_own_script_ms      ${results.overhead_own_script_ms} [95% ≤ ${results.overhead_own_script_ms_ci95_high}] (profiled: time inside SRM Coach's scripts during the heavy run; vs ${results.overhead_script_ms_without} ms of page script → ratio ≈ ${round(1 + o.own.high / o.without, 3)} at the upper end)`);
  }

  if (wantCore('typing')) {
    const ty = await typing();
    results.typing_added_ms_per_key = round(ty.added.value, 3);
    results.typing_added_ms_per_key_ci95_low = round(ty.added.low, 3);
    results.typing_added_ms_per_key_ci95_high = round(ty.added.high, 3);
    results.typing_ms_per_key_with = round(ty.with, 3);
    results.typing_ms_per_key_without = round(ty.without, 3);
    results.typing_pairs = ty.n;
    results.typing_own_ms_per_key = round(ty.own.value, 3);
    results.typing_own_ms_per_key_ci95_high = round(ty.own.high, 3);
    console.log(`typing_own_ms_per_key       ${results.typing_own_ms_per_key} [95% ≤ ${results.typing_own_ms_per_key_ci95_high}] ${verdict(ty.own.high, GOALS.typingMs)} (profiled: time inside SRM Coach's scripts per keystroke)`);
    console.log(`typing_added_ms_per_key     ${results.typing_added_ms_per_key} [95% ${results.typing_added_ms_per_key_ci95_low}–${results.typing_added_ms_per_key_ci95_high}] ${verdict(ty.added.high, GOALS.typingMs)} (goal ≤ ${GOALS.typingMs} at the upper end; main thread ${results.typing_ms_per_key_with} vs ${results.typing_ms_per_key_without} ms/key, ${ty.n} interleaved pairs of batches)`);
  }

  if (wantCore('latency')) {
    const l = await latency();
    results.warning_latency_median_ms = round(l.median, 1);
    results.warning_latency_p95_ms = round(l.p95, 1);
    console.log(`warning_latency_median_ms   ${results.warning_latency_median_ms}`);
    console.log(`warning_latency_p95_ms      ${results.warning_latency_p95_ms} ${verdict(l.p95, GOALS.latencyP95)} (goal ≤ ${GOALS.latencyP95})`);
  }
  if (only) results.core_measured_at = new Date().toISOString();
}

/** gzip size of each lazy content part (dist/chrome/src/content/parts/*.js). */
function partSizes() {
  const dir = join(ROOT, 'dist/chrome/src/content/parts');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.iife.js'))
      .map((f) => [f.replace('.iife.js', ''), gzipSync(readFileSync(join(dir, f)), { level: 9 }).length]),
  );
}

// Later issues add their own figures through bench/<area>.mjs modules.
// An area module without a browser (`needsBrowser = false`) gets none; `targets` are printed beside figures.
const areas = [['password', 'benchPassword'], ['popup', 'benchPopup'], ['paste', 'benchPaste'], ['share', 'benchShare'], ['lookalike', 'benchLookalike'], ['log', 'benchLog']];
for (const [area, fn] of areas.filter(([area]) => !only || only.includes(area))) {
  const file = `bench/${area}.mjs`;
  if (!existsSync(join(ROOT, file))) continue;
  const mod = await import(join(ROOT, file));
  const h = mod.needsBrowser === false ? undefined : await launch(mod.launchOptions ?? {});
  await h?.closeWelcomeTab();
  try {
    const figures = await mod[fn](h);
    for (const [k, v] of Object.entries(figures)) {
      results[k] = v;
      console.log(`${`${k} `.padEnd(28)}${v}${mod.targets?.[k] ? ` (target ${mod.targets[k]})` : ''}`);
    }
    if (only) results[`${area}_measured_at`] = new Date().toISOString();
  } finally {
    await h?.close();
  }
}

mkdirSync(join(ROOT, 'bench'), { recursive: true });
const out = join(ROOT, 'bench/results.json');
const written = only && existsSync(out) ? { ...JSON.parse(readFileSync(out, 'utf8')), ...results } : { measured_at: new Date().toISOString(), ...results };
writeFileSync(out, JSON.stringify(written, null, 2) + '\n');
console.log('wrote bench/results.json');
