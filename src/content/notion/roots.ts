// Where the shared MutationObserver looks. Notion renders menus, dialogs and the Settings modal into its
// overlay container (docs/notion-ui.md#app-shell: stable since 2020), so when that container exists we observe
// it alone (plus the top-level children of <body> and #notion-app, to notice a new container) and the
// editor's own busy DOM costs nothing. Without it (login pages, a changed DOM), the whole document.

import * as SEL from './selectors';
import { closest, query, queryAll } from './dom';

export function observationRoots(doc: Document): { subtree: Node[]; shallow: Node[] } {
  const overlays = queryAll(doc, SEL.overlayContainer).filter((o) => !o.parentElement || !closest(o.parentElement, SEL.overlayContainer));
  if (!overlays.length || !doc.body) return { subtree: [doc.documentElement], shallow: [] };
  const shallow: Node[] = [doc.body];
  for (const o of overlays) if (o.parentElement && o.parentElement !== doc.body) shallow.push(o.parentElement);
  return { subtree: overlays, shallow };
}

/** What a feature looks for that Notion might render outside its overlay layer: a dialog, Settings, a form field. */
const PROBE = [...SEL.dialog, ...SEL.settings, ...SEL.settingsTab, ...SEL.emailInput, ...SEL.textInput, ...SEL.passwordInput, ...SEL.usernameInput, ...SEL.codeInput, 'textarea'];

/**
 * Does the page hold anything a feature looks for (one native query)? While only the overlay layer is
 * observed, the runtime's once-a-second whole-page look runs only then: a long page with none of these
 * (the usual page being read or written) is not walked by every feature every second.
 */
export function mayHoldSurfaces(doc: Document): boolean {
  return query(doc, PROBE) !== null;
}
