// DOM adapter for opening a page to the web: General access → "Anyone on the web with link", the
// Publish tab's Publish button, and the switches of a published page (search engine indexing, editing,
// duplicate as template). Facts: docs/notion-ui.md#general-access, docs/notion-ui.md#publish-panel (one detailed source).

import * as SEL from './selectors';
import { closest, isHidden, matches, query, queryAll } from './dom';
import { TEXT, nameOf, textOf } from './texts';
import { dialogOf } from './share-menu';

export type ExposureAction = 'web-link' | 'publish' | 'indexing' | 'editing' | 'duplicate' | 'comments';

/** What a click on `target` would do to the page's exposure, if anything. */
export function exposureOfClick(target: Element): { action: ExposureAction; control: Element } | undefined {
  // The innermost option only: a wrapper that merely contains the web option must not count.
  const option = closest(target, SEL.menuOption);
  if (option && !query(option, SEL.menuOption) && TEXT.isWebAccessOption(textOf(option, 80))) {
    return { action: 'web-link', control: option };
  }

  const sw = closest(target, SEL.switchControl) ?? switchInRow(target);
  if (sw && !isOn(sw)) {
    const kind = TEXT.publishSwitch(switchLabel(sw));
    if (kind) return { action: kind, control: sw };
  }

  const button = closest(target, SEL.button);
  if (button && TEXT.isPublishAction(nameOf(button, 40)) && !matches(button, SEL.tab) && dialogOf(button)) {
    return { action: 'publish', control: button };
  }
  return undefined;
}

function switchInRow(target: Element): Element | null {
  // A click on the label of a switch row toggles it too: the row is role=presentation (docs/notion-ui.md#publish-panel).
  const row = closest(target, SEL.switchRow);
  if (!row) return null;
  // A wrapper around several switches is not a switch row, and a click on another button in the row
  // (Copy site link, a help icon) is that button's, not the switch's.
  const switches = queryAll(row, SEL.switchControl);
  if (switches.length !== 1) return null;
  const sw = switches[0] ?? null;
  const button = closest(target, SEL.button);
  if (sw && button && row.contains(button) && !button.contains(sw)) return null;
  return sw;
}

function isOn(sw: Element): boolean {
  if (sw instanceof HTMLInputElement) return sw.checked;
  return sw.getAttribute('aria-checked') === 'true';
}

function switchLabel(sw: Element): string {
  const own = nameOf(sw, 80);
  if (own) return own;
  const row = closest(sw, SEL.switchRow) ?? sw.parentElement?.parentElement ?? null;
  return textOf(row, 80);
}

/** True when the open share surface says the page is already on the web. */
export function isPagePublic(root: Element): boolean {
  for (const b of queryAll(root, SEL.button)) {
    if (isHidden(b, root)) continue; // a panel not shown (another tab, the not-yet-published state)
    const name = nameOf(b, 80);
    if (TEXT.isWebAccessOption(name) || TEXT.isPublishedMarker(name)) return true;
  }
  return false;
}
