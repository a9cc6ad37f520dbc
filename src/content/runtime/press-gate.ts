// The user's presses inside Notion's dialogs and menus, held while coaching cannot see them yet, then
// pressed again in order. Two moments need it: this script's own start (the settings are being read, so
// no feature listens yet: a fixture-fast page can be clicked within those milliseconds) and a lazy part on
// its way (features/public-exposure.ts: the `menus` part). Only trusted plain presses (a left press,
// Enter or Space) on something in a dialog or menu are held, never typing in a text field or a modified
// click. A hold always ends: when its owner opens it, or after MAX_HOLD_MS whatever happens, so a part
// that never comes cannot lock Notion's menus. The replays are untrusted events on the same elements
// (runtime/intercept.ts press), which Notion's handlers and the features' listeners take like the press.

import { closest } from '../notion/dom';
import * as SEL from '../notion/selectors';
import { dialogOf } from '../notion/share-menu';
import { press } from './intercept';

export const PRESS_TYPES = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown'] as const;
export const MAX_HOLD_MS = 5000;

/** Ends one hold: `replay` presses again what was held (once no other hold is on); false drops what was held until now. */
export type OpenGate = (replay: boolean) => void;

export interface PressGate {
  /** Starts holding presses; the hold ends when the returned function is called, or (replaying) when `signal` aborts or after MAX_HOLD_MS. */
  close(signal?: AbortSignal): OpenGate;
  /**
   * `wake` runs on a press the gate would hold, while no hold is on, before the press goes on: a hold it
   * starts then holds this very press. So a press needs no flush to have seen its menu first (a script can
   * press within milliseconds of a menu opening, before the observer's next task).
   */
  onPress(wake: () => void, signal: AbortSignal): void;
}

/** `on` adds a capturing listener on the window for the life of the page's coaching. */
export function createPressGate(on: (type: (typeof PRESS_TYPES)[number], handler: (e: Event) => void) => void): PressGate {
  let holds = 0;
  let held: Event[] = []; // the clicks and keys held, each pressed again on its target
  const wakers = new Set<() => void>();
  const hold = (e: Event) => {
    const t = e.target;
    const m = e as MouseEvent;
    if (!e.isTrusted || (e instanceof KeyboardEvent ? e.key !== 'Enter' && e.key !== ' ' : m.button !== 0)) return;
    if (m.ctrlKey || m.metaKey || m.shiftKey || m.altKey || !(t instanceof Element) || !dialogOf(t) || closest(t, SEL.typingField)) return;
    if (!holds) for (const wake of wakers) wake();
    if (!holds) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type === 'click' || e.type === 'keydown') held.push(e);
  };
  for (const type of PRESS_TYPES) on(type, hold);
  return {
    onPress(wake, signal) {
      wakers.add(wake);
      signal.addEventListener('abort', () => wakers.delete(wake));
    },
    close(signal) {
      holds++;
      const end: OpenGate = (replay) => {
        if (!timer) return;
        clearTimeout(timer);
        timer = undefined;
        if (!replay) held = []; // what was held until now
        if (--holds) return;
        const presses = held;
        held = [];
        // After every listener the opener adds now (a part's, for each feature it serves), in the order pressed.
        setTimeout(() => presses.forEach((p) => (p.target as Element | null)?.isConnected && press(p.target as Element, p instanceof KeyboardEvent ? p : undefined)), 0);
      };
      let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(end, MAX_HOLD_MS, true);
      signal?.addEventListener('abort', () => end(true));
      return end;
    },
  };
}
