// When the runtime's once-a-second tick takes its whole-page look (start.ts; the safety net while only
// Notion's overlay layer is observed). Pure, so it is unit-tested without a page.

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
  return now - lastKey > 1500 && (held || now - lastTouch <= 4000 || tick % 5 === 0);
}
