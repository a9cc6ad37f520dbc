// DOM adapter for opening a page to the web: General access → "Anyone on the web with link", the
// Publish tab's Publish button, and the switches of a published page (search engine indexing, editing,
// duplicate as template). Facts: docs/notion-ui.md#general-access, docs/notion-ui.md#publish-panel (one detailed source).

import * as SEL from './selectors';
import { closest, isHidden, matches, query, queryAll } from './dom';
import { TEXT, nameOf, textOf } from './texts';
import { dialogOf, publishTabOf } from './share-menu';

export type ExposureAction = 'web-link' | 'publish' | 'indexing' | 'editing' | 'duplicate' | 'comments';

/** What a click on `target` would do to the page's exposure, if anything. */
export function exposureOfClick(target: Element): { action: ExposureAction; control: Element } | undefined {
  // The innermost option only: a wrapper that merely contains the web option must not count.
  const option = closest(target, SEL.menuOption);
  if (option && !query(option, SEL.menuOption) && !query(option, SEL.switchControl) && isWebOption(option)) {
    return { action: 'web-link', control: option };
  }

  const sw = closest(target, SEL.switchControl) ?? switchInRow(target);
  if (sw && !isOn(sw)) {
    const kind = TEXT.publishSwitch(switchLabel(sw));
    if (kind) return { action: kind, control: sw };
  }

  const button = closest(target, SEL.button);
  if (button && !matches(button, SEL.tab) && (TEXT.isPublishAction(nameOf(button, 40)) || isPanelPublishButton(button)) && dialogOf(button)) {
    return { action: 'publish', control: button };
  }
  return undefined;
}

/** The web option of General access: its "web" words, or a globe icon (Notion names icons by class). */
function isWebOption(option: Element): boolean {
  return TEXT.isWebAccessOption(textOf(option, 80)) || !!query(option, SEL.webIcon);
}

/**
 * The Publish tab's panel in a share dialog: the panel the tab names (aria-controls), else the one part
 * beside the tab list that does not hold the invite field (Share | Publish: two panels, structure only).
 */
export function publishPanelOf(root: Element): Element | undefined {
  const tab = publishTabOf(root);
  if (!tab) return undefined;
  const id = tab.getAttribute('aria-controls');
  const named = id ? root.ownerDocument.getElementById(id) : null;
  if (named && root.contains(named)) return named;
  const list = tab.parentElement;
  const box = list?.parentElement;
  if (!list || !box || !root.contains(box)) return undefined;
  const parts = [...box.children].filter((c) => c !== list && !c.contains(list) && query(c, SEL.button) && !query(c, SEL.emailInput) && !query(c, SEL.textInput));
  return parts.length === 1 ? parts[0] : undefined;
}

/**
 * Structure when no name says "Publish": the first shown button of the Publish panel while the panel shows
 * no switch yet (the switches appear once the page is published), no shown button there is named as the
 * Publish action, and the button is no published marker.
 */
function isPanelPublishButton(button: Element): boolean {
  const root = dialogOf(button);
  const panel = root && publishPanelOf(root);
  if (!panel || !panel.contains(button) || isHidden(button, root)) return false;
  if (queryAll(panel, SEL.switchControl).some((sw) => !isHidden(sw, panel))) return false;
  if (TEXT.isPublishedMarker(nameOf(button, 80))) return false;
  const shown = queryAll(panel, SEL.button).filter((b) => !isHidden(b, root));
  // A button the words do name wins: structure only speaks for a language whose words we lack.
  if (shown.some((b) => TEXT.isPublishAction(nameOf(b, 40)))) return false;
  return shown[0] === button;
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
    if (TEXT.isWebAccessOption(name) || TEXT.isPublishedMarker(name) || query(b, SEL.webIcon)) return true;
  }
  // Structure: the Publish panel shows the published page's switches (indexing, editing…) only once published.
  const panel = publishPanelOf(root);
  return !!panel && !isHidden(panel, root) && queryAll(panel, SEL.switchControl).some((sw) => !isHidden(sw, root));
}
