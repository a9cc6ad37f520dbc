// When the runtime's tick runs and when it takes its whole-page look (start.ts; the safety net while only
// Notion's overlay layer is observed). Pure, so it is unit-tested without a page.

/** How long after a press the tick looks every second (a menu it opened is found within a second). */
const AFTER_TOUCH_MS = 4000;

/**
 * Not while someone types (each look walks the page: bench typing_added_ms_per_key), resuming 1.5 s after
 * the last key. Then every second while the page holds a surface (to see it go) or for 4 s after a press
 * (a menu opened by it is found within a second), and every 5 s on a page nobody touches: a heavy page
 * being read, or changed by Notion alone, is walked a fifth as often (bench overhead_own_script_ms), and a
 * dialog that opens by itself is still found within 5 s.
 */
export function shouldLook(
  now: number, // Date.now()
  tick: number, // seconds since the runtime started
  lastKey: number, // the last key pressed
  lastTouch: number, // the last press, key or in-app navigation: what makes Notion open a dialog or a menu
  held: boolean, // the last look found a dialog, Settings or a form field
): boolean {
  return now - lastKey > 1500 && (held || now - lastTouch <= AFTER_TOUCH_MS || tick % 5 === 0);
}

/**
 * Milliseconds to the runtime's next tick. Every second while a second matters: `busy` (the whole page is
 * observed, to narrow once Notion's overlay layer appears; the page holds a surface; coaching was shown
 * here, which an orphaned copy must take down at once after an update; or this browser cannot tell of
 * in-app navigation, so the URL is read each second), or within 4 s of a press. Otherwise the page is
 * quiet, and the next tick is the next 5-s look: one timer task in 5 s on a page being read or written,
 * not five (bench overhead_ratio; a press wakes the runtime at once: start.ts).
 */
export function nextTickIn(now: number, tick: number, lastTouch: number, busy: boolean): number {
  if (busy || now - lastTouch <= AFTER_TOUCH_MS) return 1000;
  return (5 - (tick % 5)) * 1000;
}
