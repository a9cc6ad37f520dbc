// typing_added_ms_per_key: main-thread time per keystroke that SRM Coach adds while someone types in a
// Notion-weight page (bench/fixtures/notion-typing.js: ~5,000 blocks, a re-render on every key, caret,
// presence avatars, collaborators' edits). The same browser binary, flags and fixture with and without
// the extension; batches of real (CDP) keystrokes, interleaved with/without, alternating who goes first.
// Main-thread time is CDP Performance.getMetrics' ScriptDuration: JavaScript on the tab's renderer main
// thread, the page's and the content script's isolated world alike — what SRM Coach adds per key is
// script (its MutationObserver callback and the per-frame flush). TaskDuration was tried and dropped: on
// the shared 2-core machine its "other" share (input dispatch, paint, commit) swung by ±60 ms per key
// between batches, burying a sub-millisecond difference.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../scripts/lib/browser.mjs';
import { startProfile, stopProfile } from './attribute.mjs';

const URL_ = 'https://app.notion.com/p/Typing-0123456789abcdef0123456789abcdef';
const FIXTURE = readFileSync(join(ROOT, 'bench/fixtures/notion-typing.js'), 'utf8');
export const BLOCKS = 5000;
export const KEYS_PER_BATCH = 20;

/** Opens the typing page in `h` (a launch() handle) and returns a function that measures one batch. */
export async function typingSession(h) {
  const page = await h.openNotion(URL_, 'heavy.html');
  await page.evaluate(FIXTURE);
  await page.evaluate((n) => window.typingReady(n), BLOCKS);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30)))));
  // Warm-up: the first keys focus an editable block (the secrets part loads then) and JIT the handlers.
  await page.keyboard.type('warm up the editor ', { delay: 5 });
  await settle();
  await page.waitForTimeout(500);
  let n = 0;
  return {
    page,
    /** Main-thread ms per keystroke over one batch (profile: ms inside extension scripts per key instead). */
    async batch({ profile = false } = {}) {
      await settle();
      if (profile) await startProfile(cdp);
      const t0 = await task();
      for (let k = 0; k < KEYS_PER_BATCH; k++) {
        await page.keyboard.press(String.fromCharCode(97 + ((n + k) % 26)));
      }
      n += KEYS_PER_BATCH;
      await settle();
      if (profile) return (await stopProfile(cdp)) / KEYS_PER_BATCH;
      const t1 = await task();
      return ((t1 - t0) * 1000) / KEYS_PER_BATCH;
    },
  };
}
