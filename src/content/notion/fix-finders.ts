// The few finders of the cards' fixes that the watching code calls outside a card's click, so they live with
// that code (the exposure coaching, in the lazy `menus` part), not in the cards' `ui` part: which fix to offer depends on what the open share menu shows. The fixes
// themselves (pressing the control) are fix-controls.ts, in the lazy `ui` part, run through
// ui/lazy-ui.ts runFix once a card is on screen.
// Facts: docs/notion-ui.md#card-fixes (and #general-access, #publish-panel).
//
// Text anchors: English, the fixes' own (fix-controls.ts), always inside a container found by structure.

import * as SEL from './selectors';
import { isHidden, query, queryAll } from './dom';

/** The fixes' English anchors that these finders need (fix-controls.ts holds the rest). */
export const WEB_EN = /anyone on the web/i;
const UNPUBLISH_EN = /^unpublish$/i;

/** An element's text, whitespace collapsed, at most `max` characters. */
export function textOf(el: Element | null | undefined, max = 120): string {
  if (!el) return '';
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** A control's name: its aria-label, else its text. */
export function nameOf(el: Element): string {
  return (el.getAttribute('aria-label') ?? '').trim() || textOf(el);
}

/** The General access control while it says the page is open to the web. */
export function webAccessControl(root: Element): Element | undefined {
  return queryAll(root, SEL.button).find((b) => WEB_EN.test(nameOf(b)) && !isHidden(b, root) && !query(b, SEL.button));
}

/** The Publish panel's "Unpublish" (hidden while another tab of the menu is shown). */
export function unpublishControl(root: Element): Element | undefined {
  return queryAll(root, SEL.button).find((b) => UNPUBLISH_EN.test(nameOf(b)));
}
