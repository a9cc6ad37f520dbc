// DOM adapter: the people listed with access — rows of the share menu's access list and of Settings →
// People (Members, Guests). Each row: an address and, where shown, a permission or role.
// Facts: notion-ui.md §3.2 (permission labels SAW: Full access, Can edit, Can view; Remove), §3.3 (Can comment,
// Can edit content), §8.1/§8.2 (People tab: Members / Guests; roles Workspace owner, Membership admin,
// Member, Guest). The row DOM is INFERRED: the smallest ancestor of the address that also names a level.

import { SEL } from './selectors';
import { findSettingsModal } from './settings-modal';
import { textOf } from './texts';

export type Level = 'full' | 'edit' | 'comment' | 'view' | 'owner' | 'admin' | 'member' | 'guest';
export interface AccessRow {
  email: string;
  level?: Level;
  row: Element;
}

const LEVELS: [RegExp, Level][] = [
  [/\bfull access\b/i, 'full'],
  [/\bcan edit\b/i, 'edit'],
  [/\bcan comment\b/i, 'comment'],
  [/\bcan view\b/i, 'view'],
  [/\bworkspace owner\b/i, 'owner'],
  [/\bmembership admin\b/i, 'admin'],
  [/\bguest\b/i, 'guest'],
  [/\bmember\b/i, 'member'],
];
// Starts where a run of local-part characters starts (the lookbehind): a run without "@" is read once.
const EMAIL = /(?<![^\s<>(),;:"'[\]@])[^\s<>(),;:"'[\]@]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,}/i;
const MAX_ROWS = 500;

export function levelOf(text: string): Level | undefined {
  for (const [re, level] of LEVELS) if (re.test(text)) return level;
  return undefined;
}

/** Rows with an address inside `root`, skipping the invite field (chips) and hidden panels. */
export function readAccessRows(root: Element, exclude?: Element | null): AccessRow[] {
  const out: AccessRow[] = [];
  const seen = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && out.length < MAX_ROWS; node = walker.nextNode()) {
    const m = EMAIL.exec(node.nodeValue ?? '');
    const parent = node.parentElement;
    if (!m || !parent || (exclude && exclude.contains(parent)) || parent.closest('[hidden], [aria-hidden="true"]')) continue;
    let row: Element = parent;
    let level: Level | undefined;
    for (let el: Element | null = parent, depth = 0; el && el !== root && depth < 5; el = el.parentElement, depth++) {
      if (el.matches('[role="row"], [role="listitem"], [role="option"], [role="menuitem"]')) {
        row = el;
        level = levelOf(textOf(el, 300));
        break;
      }
      const found = levelOf(textOf(el, 300));
      if (found) {
        row = el;
        level = found;
        break;
      }
    }
    if (seen.has(row)) continue;
    seen.add(row);
    out.push({ email: m[0].toLowerCase(), level, row });
  }
  return out;
}

/** The open Settings → People panel: its member and guest rows, or undefined when it is not open. */
export function readPeoplePanel(doc: Document): { panel: Element; rows: AccessRow[] } | undefined {
  const settings = findSettingsModal(doc);
  if (!settings) return undefined;
  const panels = [...settings.querySelectorAll('[role="tabpanel"]')];
  const panel =
    panels.find((p) => /people|members/i.test(p.getAttribute('aria-label') ?? '')) ??
    panels.find((p) => /\bguests?\b/i.test(textOf(p, 2000)) && /\bmembers?\b/i.test(textOf(p, 2000)));
  if (!panel) return undefined;
  const rows = readAccessRows(panel, panel.querySelector(SEL.dialog));
  return rows.length ? { panel, rows } : undefined;
}
