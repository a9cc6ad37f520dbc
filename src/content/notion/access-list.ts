// DOM adapter: the people listed with access — rows of the share menu's access list and of Settings →
// People (Members, Guests). Each row: an address and, where shown, a permission or role.
// Facts: docs/notion-ui.md#share-menu (levels seen: Full access, Can edit, Can view; Remove; in help: Can comment,
// Can edit content), docs/notion-ui.md#people (Members / Guests; roles Workspace owner, Membership admin,
// Member, Guest). The row DOM is inferred: the smallest ancestor of the address that also names a level.

import * as SEL from './selectors';
import { addressIn } from './address';
import { isHidden, matches, query, queryAll } from './dom';
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
    const email = addressIn(node.nodeValue ?? '');
    const parent = node.parentElement;
    if (!email || !parent || (exclude && exclude.contains(parent)) || isHidden(parent)) continue;
    let row: Element = parent;
    let level: Level | undefined;
    for (let el: Element | null = parent, depth = 0; el && el !== root && depth < 5; el = el.parentElement, depth++) {
      if (matches(el, SEL.accessRow)) {
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
    out.push({ email: email.toLowerCase(), level, row });
  }
  return out;
}

/** The open Settings → People panel: its member and guest rows, or undefined when it is not open. */
export function readPeoplePanel(doc: Document): { panel: Element; rows: AccessRow[] } | undefined {
  const settings = findSettingsModal(doc);
  if (!settings) return undefined;
  const panels = queryAll(settings, SEL.tabPanel);
  const panel =
    panels.find((p) => /people|members/i.test(p.getAttribute('aria-label') ?? '')) ??
    panels.find((p) => /\bguests?\b/i.test(textOf(p, 2000)) && /\bmembers?\b/i.test(textOf(p, 2000))) ??
    peopleTabPanel(settings, panels);
  if (!panel) return undefined;
  const rows = readAccessRows(panel, query(panel, SEL.dialog));
  return rows.length ? { panel, rows } : undefined;
}

/**
 * Any UI language: the one shown tab panel while the selected Settings tab is the People / Members tab by
 * its test id or id (settings-tab-people, settings-tab-members; docs/notion-ui.md#settings-modal).
 */
function peopleTabPanel(settings: Element, panels: Element[]): Element | undefined {
  const tab = queryAll(settings, SEL.settingsTab).find((t) => t.getAttribute('aria-selected') === 'true');
  const id = `${tab?.getAttribute('data-testid') ?? ''} ${tab?.id ?? ''}`;
  if (!/settings-tab-(people|members)\b/.test(id)) return undefined;
  const shown = panels.filter((p) => !isHidden(p));
  return shown.length === 1 ? shown[0] : undefined;
}
