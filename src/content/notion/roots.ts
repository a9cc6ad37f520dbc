// Where the shared MutationObserver looks. Notion renders menus, dialogs and the Settings modal into its
// overlay container (docs/notion-ui.md#app-shell: stable since 2020), so when that container exists we observe
// it alone (plus, shallowly, <body> and the containers between it and the layer: a new or replaced layer)
// and the editor's own busy DOM costs nothing. Without it (login pages, a changed DOM), the whole document.

import * as SEL from './selectors';
import { alternatives, closest, queryAll } from './dom';

export function observationRoots(doc: Document): { subtree: Node[]; shallow: Node[] } {
  const overlays = queryAll(doc, SEL.overlayContainer).filter((o) => !o.parentElement || !closest(o.parentElement, SEL.overlayContainer));
  if (!overlays.length || !doc.body) return { subtree: [doc.documentElement], shallow: [] };
  // Shallow: the body's children (a new layer) and every container between the body and each layer, so a
  // container Notion replaces comes as a record (runtime/observe.ts), at no cost to the editor's own changes.
  const shallow: Node[] = [doc.body];
  for (const o of overlays) {
    for (let p = o.parentElement; p && p !== doc.body; p = p.parentElement) if (!shallow.includes(p)) shallow.push(p);
  }
  return { subtree: overlays, shallow };
}

/**
 * What a feature looks for that Notion might render outside its overlay layer: a dialog, Settings, a form
 * field. Not the settings tabs: a Settings modal found by them is a dialog (settings-modal.ts), and
 * `[id^="settings-tab-"]` alone cost two thirds of the probe (no fast path for an id prefix).
 */
const PROBE = [...SEL.dialog, ...SEL.settings, ...SEL.emailInput, ...SEL.textInput, ...SEL.passwordInput, ...SEL.usernameInput, ...SEL.codeInput, 'textarea'];

/** A selector that can only match an input or a textarea (a tag, then attributes or pseudo-classes). */
const FIELD_ONLY = /^(input|textarea)[^\s>+~]*$/;

/**
 * Does the page hold anything a feature looks for? While only the overlay layer is observed, the runtime's
 * once-a-second whole-page look runs only then: a long page with none of these (the usual page being read
 * or written) is not walked by every feature every second. One query per alternative, not one for the
 * list: Chrome answers a single selector on fast paths (6,000 elements: ~0.1 ms, against 1.2–1.6 ms for
 * the joined list); the field selectors are skipped when the page has no input or textarea at all.
 */
export function mayHoldSurfaces(doc: Document): boolean {
  const fields = doc.getElementsByTagName('input').length + doc.getElementsByTagName('textarea').length > 0;
  return alternatives(PROBE).some((sel) => (fields || !FIELD_ONLY.test(sel)) && doc.querySelector(sel) !== null);
}
