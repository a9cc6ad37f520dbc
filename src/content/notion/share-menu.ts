// DOM adapter for Notion's share surfaces: the page Share menu, Settings → People invite dialogs, and
// any dialog or overlay holding an email-taking input. Returns plain data; never writes to Notion's nodes.
// Facts: docs/notion-ui.md#share-menu, docs/notion-ui.md#people. Chip DOM is inferred: invitees
// are read as email-looking text beside the invite input.

import * as SEL from './selectors';
import { addressesIn } from './address';
import { closest, isHidden, matches, query, queryAll } from './dom';
import { SETTINGS_ANCHOR } from './settings-modal';
import { TEXT, nameOf, spacedText, textOf } from './texts';
import { flushScope } from '../runtime/flush-scope';

export type SurfaceKind = 'share-menu' | 'people-settings' | 'generic';
export type GeneralAccess = 'invited' | 'workspace' | 'web';

/** Where a share surface is: its dialog, its invite field and its kind (what is in it is not read). */
export interface SurfaceAt {
  kind: SurfaceKind;
  root: Element;
  input: HTMLInputElement | HTMLElement;
}

export interface ShareSurface extends SurfaceAt {
  /** Invitee chips already added beside the input (email-looking text). */
  chips: string[];
  /** What is typed or pasted in the input, not yet a chip. */
  typed: string;
  /** Addresses already listed with access in this menu (outside the invite field). */
  existingAccess: string[];
  inviteButtons: Element[];
}

const MAX_TEXT = 20_000;
/** Where an invite field may be: email-taking inputs, or text inputs labelled for people/emails. */
const INVITE_CANDIDATE = [...SEL.emailInput, ...SEL.textInput];

function isEmailInput(el: Element): el is HTMLInputElement | HTMLElement {
  if (matches(el, SEL.emailInput)) return true;
  if (!matches(el, SEL.textInput)) return false;
  const label = [el.getAttribute('placeholder'), el.getAttribute('aria-label'), el.getAttribute('name')].join(' ');
  return TEXT.isEmailFieldLabel(label) || isSettingsInviteField(el);
}

/**
 * Structure, any language (docs/notion-ui.md#detection-cues-per-surface): the one text field of a dialog
 * opened from the Settings modal (nested in it or layered beside it, like People → "Add members"), not the
 * Settings dialog itself and with no password field: the add-members search field, whatever its placeholder.
 */
function isSettingsInviteField(input: Element): boolean {
  const root = dialogOf(input);
  if (!root || query(root, SEL.settingsTab) || matches(root, SEL.settings) || query(root, SEL.passwordInput)) return false;
  if (!settingsOf(root) || queryAll(root, SEL.textInput).length !== 1) return false;
  return !!query(root, SEL.button);
}

/** The invite field: the input's own container, widened once if it holds nothing but the input. */
function fieldOf(input: Element): Element {
  const parent = input.parentElement;
  if (!parent) return input;
  if (parent.children.length > 1 || !parent.parentElement) return parent;
  return parent.parentElement;
}

/**
 * The open Settings modal (docs/notion-ui.md#settings-modal): .notion-space-settings, else the dialog holding settings-tab-* tabs.
 * Its nested dialogs (People → "Add members") may render inside it or as a layer beside it.
 */
function settingsOf(root: Element): Element | undefined {
  const anchor =
    closest(root, SEL.settings) ?? query(root, SETTINGS_ANCHOR) ?? query(root.ownerDocument, SETTINGS_ANCHOR);
  if (!anchor) return undefined;
  return closest(anchor, SEL.settings) ?? closest(anchor, SEL.dialog) ?? anchor;
}

function valueOf(input: Element): string {
  if (input instanceof HTMLInputElement) return input.value.slice(0, MAX_TEXT);
  return (input.textContent ?? '').slice(0, MAX_TEXT);
}

function surfaceKind(root: Element, hasPublishTab: boolean, settings: Element | undefined): SurfaceKind {
  if (settings && (settings.contains(root) || root.contains(settings))) return 'people-settings';
  if (hasPublishTab || TEXT.isShareTab(root.getAttribute('aria-label')) || /share/i.test(root.getAttribute('aria-label') ?? '')) return 'share-menu';
  // Settings is modal: another email dialog open at the same time was opened from it (a layer beside it).
  if (settings) return 'people-settings';
  return 'generic';
}

/**
 * The invite buttons of a surface. By name first (the page's language, English, the admin's overrides);
 * else, by structure, the action that belongs to the invite field: the last button of the smallest
 * ancestor of the field that holds a button outside the field (the field's row, else its form), never a
 * tab, a switch or a chip; else the dialog's own submit button.
 */
export function findInviteButtons(root: Element, input?: Element): Element[] {
  const out: Element[] = [];
  for (const b of queryAll(root, SEL.button)) if (TEXT.isInviteButton(nameOf(b, 40))) out.push(b);
  if (!out.length && input) {
    const own = rowActionOf(root, input);
    if (own) out.push(own);
  }
  if (!out.length) {
    const submit = query(root, SEL.submitFallback);
    if (submit) out.push(submit);
  }
  return out;
}

/** The last plain button of the invite field's row or form (structure: position relative to the field). */
function rowActionOf(root: Element, input: Element): Element | undefined {
  const box = input.parentElement ?? input; // the field's own box: chips live here
  for (let el = box.parentElement, depth = 0; el && depth < 4; el = el.parentElement, depth++) {
    const buttons = queryAll(el, SEL.button).filter(
      (b) =>
        !box.contains(b) &&
        !b.contains(input) &&
        !matches(b, SEL.tab) &&
        !matches(b, SEL.switchControl) &&
        !query(b, SEL.switchControl) &&
        !isHidden(b, root) &&
        !addressesIn(`${spacedText(b, 400)} ${b.getAttribute('aria-label') ?? ''}`).length,
    );
    if (buttons.length) return buttons[buttons.length - 1];
    if (el === root) break;
  }
  return undefined;
}

/**
 * The share menu's Publish tab: by name (page language + English); else, by structure, the second tab of a
 * share dialog's own tab list (Notion's order is Share | Publish; Settings' tabs are settings-tab-*).
 */
export function publishTabOf(root: Element): Element | undefined {
  const tabs = queryAll(root, SEL.tab).filter((t) => !matches(t, SEL.settingsTab));
  const named = tabs.find((t) => TEXT.isPublishTab(nameOf(t, 40)));
  if (named) return named;
  if (tabs.length < 2 || tabs.length > 4 || query(root, SEL.settingsTab) || settingsOf(root)) return undefined;
  return tabs[1];
}

export function hasPublishTab(root: Element): boolean {
  return publishTabOf(root) !== undefined;
}

function readSurface({ kind, root, input }: SurfaceAt): ShareSurface {
  const field = fieldOf(input);
  const chips: string[] = [];
  for (const child of field.children) {
    if (child === input || child.contains(input)) continue;
    chips.push(...addressesIn(spacedText(child)), ...addressesIn(child.getAttribute('aria-label') ?? ''));
  }
  const typed = valueOf(input).trim();
  const settings = settingsOf(root);
  // People settings: the Members/Guests lists of the Settings modal are the existing access.
  const scopes =
    kind !== 'people-settings' || !settings || root.contains(settings)
      ? [root]
      : settings.contains(root)
        ? [settings]
        : [root, settings];
  // The typed address may also show up as a suggestion row in the menu: never count it as existing access.
  const chipSet = new Set([...chips, ...addressesIn(typed)].map((c) => c.toLowerCase()));
  const existingAccess = scopes
    .flatMap((el) => addressesIn(spacedText(el)))
    .map((e) => e.toLowerCase())
    .filter((e) => !chipSet.has(e));
  return {
    kind,
    root,
    input,
    chips: [...new Set(chips)],
    typed,
    existingAccess: [...new Set(existingAccess)],
    inviteButtons: findInviteButtons(root, input),
  };
}

/** The dialog/overlay that holds an element, or undefined when it is not inside one. */
export function dialogOf(el: Element): Element | undefined {
  const d = closest(el, SEL.dialog);
  if (d) return d;
  // No dialog role (or an unlabelled popover): the overlay container's child that holds the element.
  const overlay = closest(el, SEL.overlayContainer);
  if (!overlay) return undefined;
  let node: Element = el;
  while (node.parentElement && node.parentElement !== overlay) node = node.parentElement;
  return node;
}

/**
 * Is a dialog or a menu open: a dialog layer, or an overlay holding a control (Notion's caret and selection
 * overlays hold none)? Where every exposing or account action is pressed.
 */
export function hasOpenLayer(doc: Document): boolean {
  if (query(doc, SEL.dialog)) return true;
  for (const layer of queryAll(doc, SEL.overlayContainer)) {
    if (query(layer, SEL.menuOption) || query(layer, SEL.button) || query(layer, SEL.switchControl)) return true;
  }
  return false;
}

/**
 * Cheap pre-check for the observer's hot path: could these added elements have opened or changed a share
 * surface? (Inside a dialog/overlay, or carrying an input or dialog.) No layout reads.
 */
export function mayAffectSurfaces(added: readonly Element[]): boolean {
  for (const el of added) {
    if (closest(el, SEL.dialog) || closest(el, SEL.overlayContainer)) return true;
    if (matches(el, SEL.surfaceHint) || query(el, SEL.surfaceHint)) return true;
  }
  return false;
}

/** The answer of `read` for `doc`, reused within one observer flush (runtime/flush-scope.ts). */
function perFlush<T>(read: (doc: Document) => T): (doc: Document) => T {
  let last: { scope: number; doc: Document; value: T } | undefined;
  return (doc) => {
    const scope = flushScope();
    if (scope && last?.scope === scope && last.doc === doc) return last.value;
    const value = read(doc);
    last = scope ? { scope, doc, value } : undefined;
    return value;
  };
}

/**
 * Where the open share surfaces are (dialogs or overlays with an email-taking input), without reading what
 * is in them: what the script on every Notion page needs to know that one opened.
 */
export const locateShareSurfaces = perFlush((doc: Document): SurfaceAt[] => {
  const out: SurfaceAt[] = [];
  const seen = new Set<Element>();
  for (const input of queryAll(doc, INVITE_CANDIDATE)) {
    if (!isEmailInput(input)) continue;
    const root = dialogOf(input);
    if (!root || seen.has(root)) continue;
    seen.add(root);
    out.push({ kind: surfaceKind(root, hasPublishTab(root), settingsOf(root)), root, input });
  }
  return out;
});

/**
 * Every open share surface in the document, read: invitees, typed text, existing access, invite buttons.
 * Within one observer flush the first answer is reused: reading a 20 KB invite field once per feature made
 * a flush a long frame.
 */
export const findShareSurfaces = perFlush((doc: Document): ShareSurface[] => locateShareSurfaces(doc).map(readSurface));

export { textOf };
