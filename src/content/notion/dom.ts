// How adapters use the selector lists of selectors.ts, and the one hidden-element check. A list's
// alternatives are joined into one selector string the first time the list is used (cached by the
// list's identity), so a query on the observer's hot path is one native querySelector call.
// firstMatch / alternativeOf / cueOf also say WHICH alternative matched, for coverage diagnostics.
//
// Repair by policy (detectionOverrides.selectors, docs/admin.md): an organisation's extra selectors for a
// list, by its export name, are appended AFTER the built-in alternatives. A list an adapter builds from
// named lists ([...SEL.emailInput, ...SEL.textInput]) gets the extras of every named list it contains.
// The overrides live on the isolated world's global object (never the page's), not in this module: each lazy
// part bundles its own copy of this module (parts/registry.ts), and every copy reads the same overrides.

import * as SEL from './selectors';

const LISTS = SEL.BY_NAME;

/** A named selector: its alternatives, tried together. */
export type Alternatives = readonly string[];

let names: Map<Alternatives, string> | undefined;
let extra: Readonly<Record<string, Alternatives>> = {};
let joined = new WeakMap<Alternatives, string>();
let effective = new WeakMap<Alternatives, Alternatives>();

/** What the organisation set, shared by every copy of this module in this isolated world. */
interface Shared {
  raw: Readonly<Record<string, readonly string[]>>;
  version: number;
}
const SLOT = Symbol.for('srm-coach.selector-overrides');
const shared = (): Shared => {
  const g = globalThis as unknown as Record<symbol, Shared | undefined>;
  return (g[SLOT] ??= { raw: {}, version: 0 });
};
let seen = 0;

function nameOfList(list: Alternatives): string | undefined {
  names ??= new Map(Object.entries(LISTS).map(([k, v]) => [v, k]));
  return names.get(list);
}

/** Whether the browser's own selector engine accepts `sel` (a detached fragment: never the page). */
function parses(sel: string): boolean {
  try {
    document.createDocumentFragment().querySelector(sel);
    return true;
  } catch {
    return false;
  }
}

function apply(o: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const next: Record<string, string[]> = {};
  for (const [name, sels] of Object.entries(o)) {
    const base = Object.prototype.hasOwnProperty.call(LISTS, name) ? LISTS[name] : undefined;
    if (!Array.isArray(base)) continue;
    const add = sels.filter((x) => typeof x === 'string' && !base.includes(x) && parses(x));
    if (add.length) next[name] = add;
  }
  extra = next;
  joined = new WeakMap();
  effective = new WeakMap();
  return next;
}

/** Takes up overrides another copy of this module set since this one last looked (one number compared). */
function sync(): void {
  const s = shared();
  if (s.version !== seen) {
    seen = s.version;
    apply(s.raw);
  }
}

/**
 * Sets the organisation's extra selectors (already validated by shared/settings/overrides.ts): list name →
 * selectors, for every copy of this module in this isolated world. Unknown list names and anything the
 * browser refuses are left out. Returns what was applied.
 */
export function setSelectorOverrides(o: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const s = shared();
  s.raw = o;
  seen = ++s.version;
  return apply(o);
}

/** The list's alternatives, then the organisation's for it (or for the named lists it is built from). */
export function alternatives(list: Alternatives): Alternatives {
  sync();
  let all = effective.get(list);
  if (!all) {
    const name = nameOfList(list);
    const add = name
      ? (extra[name] ?? [])
      : Object.keys(extra).flatMap((k) => (LISTS[k]!.every((a) => list.includes(a)) ? extra[k]! : []));
    all = add.length ? [...list, ...add] : list;
    effective.set(list, all);
  }
  return all;
}

/** The alternatives as one selector string (built once per list). */
export function css(list: Alternatives): string {
  sync();
  let s = joined.get(list);
  if (s === undefined) {
    s = alternatives(list).join(', ');
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

/** The index of the first alternative `el` matches, or -1 (an organisation's come after the built-in ones). */
export function alternativeOf(el: Element, list: Alternatives): number {
  return alternatives(list).findIndex((alt) => el.matches(alt));
}

/**
 * Which cue recognised `el`, for coverage diagnostics: "dialog#0" (the list's name and the alternative's
 * index), "dialog#policy0" for an organisation's selector, "dialog#-" when none matches. Never page content.
 */
export function cueOf(el: Element, list: Alternatives): string {
  const i = alternativeOf(el, list);
  const name = nameOfList(list) ?? 'list';
  return `${name}#${i < 0 ? '-' : i < list.length ? i : `policy${i - list.length}`}`;
}

/** The element query() finds, and which alternative it matched. */
export function firstMatch<E extends Element = Element>(root: ParentNode, list: Alternatives): { el: E; index: number } | undefined {
  const el = query<E>(root, list);
  return el ? { el, index: alternativeOf(el, list) } : undefined;
}

const INACTIVE: Alternatives = /* @__PURE__ */ (() => [...SEL.hidden, ...SEL.inert])();

/**
 * Whether `el` sits in a hidden part of the page ([hidden], aria-hidden): attribute checks only, no layout,
 * so it is cheap enough for every DOM flush. With `within`, only hiding inside that root counts.
 */
export function isHidden(el: Element, within?: Element): boolean {
  const hidden = el.closest(css(SEL.hidden));
  return !!hidden && (!within || within.contains(hidden));
}

/** Hidden, or inside an inert part (present but not usable: a step not shown yet, a page behind a modal). */
export function isInactive(el: Element): boolean {
  return el.closest(css(INACTIVE)) !== null;
}
