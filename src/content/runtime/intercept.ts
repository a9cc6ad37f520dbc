// Holds a user's action on a Notion control until they confirm (confirm mode), then replays it.
// We listen in the capture phase on window, so we run before Notion's React handlers (attached to its
// root) and can stop the whole press: pointer/mouse down/up, click, and keyboard activation. Nothing is
// written to Notion's nodes. After "… anyway", the same sequence is dispatched to the control with a
// one-shot pass, so Notion's own action runs exactly once.

import type { FeatureContext } from './feature';

export interface Held {
  control: Element;
  /** Replays the held action on the control. */
  replay(): void;
}

const POINTER = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

/**
 * A press dispatched to `control`: the key's keydown when it was one (Enter, Space), else pointer and mouse
 * down and up, then click, as a user's click makes.
 */
export function press(control: Element, key?: KeyboardEvent): void {
  if (key) {
    // keyCode/which too: older handlers test those rather than `key` (deprecated, but still read).
    const init = { key: key.key, code: key.code, keyCode: key.keyCode, which: key.which, bubbles: true, cancelable: true };
    control.dispatchEvent(new KeyboardEvent('keydown', init));
    return;
  }
  for (const type of POINTER) {
    const Ctor = type.startsWith('pointer') && typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
    const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
    let event: MouseEvent;
    try {
      event = new Ctor(type, { ...init, view: control.ownerDocument.defaultView });
    } catch {
      event = new Ctor(type, init); // a DOM that refuses this view (jsdom): the press without it
    }
    control.dispatchEvent(event);
  }
}

export function holdActions(
  ctx: FeatureContext,
  /** Returns the control to hold when this event targets one that needs confirming now, else undefined. */
  shouldHold: (target: Element, e: Event) => Element | undefined,
  onHeld: (held: Held) => void,
): void {
  let pass: Element | undefined;

  const replayOn = (control: Element, key?: KeyboardEvent) => () => {
    pass = control;
    try {
      press(control, key);
    } finally {
      pass = undefined;
    }
  };

  const check = (e: Event): Element | undefined => {
    const target = e.target;
    if (!(target instanceof Element)) return undefined;
    if (pass && pass.contains(target)) return undefined; // our own replay
    return shouldHold(target, e);
  };

  for (const type of POINTER) {
    ctx.listen(
      window,
      type,
      (e: Event) => {
        const control = check(e);
        if (!control) return;
        e.preventDefault();
        e.stopImmediatePropagation();
        if (type === 'click') onHeld({ control, replay: replayOn(control) });
      },
      { capture: true },
    );
  }
  ctx.listen(
    window,
    'keydown',
    (e: KeyboardEvent) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      const control = check(e);
      if (!control) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      onHeld({ control, replay: replayOn(e.target as Element, e) });
    },
    { capture: true },
  );
}
