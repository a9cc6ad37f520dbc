// How adapters use the selector lists of selectors.ts, and the one hidden-element check. A list's
// alternatives are joined into one selector string the first time the list is used (cached by the
// list's identity), so a query on the observer's hot path is one native querySelector call.
// firstMatch / alternativeOf also say WHICH alternative matched, for coverage diagnostics.

import * as SEL from './selectors';

/** A named selector: its alternatives, tried together. */
export type Alternatives = readonly string[];

const joined = new WeakMap<Alternatives, string>();

/** The alternatives as one selector string (built once per list). */
export function css(list: Alternatives): string {
  let s = joined.get(list);
  if (s === undefined) {
    s = list.join(', ');
    joined.set(list, s);
  }
  return s;
}

export function query<E extends Element = Element>(root: ParentNode, list: Alternatives): E | null {
  return root.querySelector<E>(css(list));
}

export function queryAll<E extends Element = Element>(root: ParentNode, list: Alternatives): E[] {
  return [...root.querySelectorAll<E>(css(list))];
}

export function matches(el: Element, list: Alternatives): boolean {
  return el.matches(css(list));
}

export function closest<E extends Element = Element>(el: Element, list: Alternatives): E | null {
  return el.closest<E>(css(list));
}

/** The index of the first alternative `el` matches, or -1. */
export function alternativeOf(el: Element, list: Alternatives): number {
  return list.findIndex((alt) => el.matches(alt));
}

/** The element query() finds, and which alternative it matched. */
export function firstMatch<E extends Element = Element>(root: ParentNode, list: Alternatives): { el: E; index: number } | undefined {
  const el = query<E>(root, list);
  return el ? { el, index: alternativeOf(el, list) } : undefined;
}

const HIDDEN = css(SEL.hidden);
const INACTIVE = css([...SEL.hidden, ...SEL.inert]);

/**
 * Whether `el` sits in a hidden part of the page ([hidden], aria-hidden): attribute checks only, no layout,
 * so it is cheap enough for every DOM flush. With `within`, only hiding inside that root counts.
 */
export function isHidden(el: Element, within?: Element): boolean {
  const hidden = el.closest(HIDDEN);
  return !!hidden && (!within || within.contains(hidden));
}

/** Hidden, or inside an inert part (present but not usable: a step not shown yet, a page behind a modal). */
export function isInactive(el: Element): boolean {
  return el.closest(INACTIVE) !== null;
}
