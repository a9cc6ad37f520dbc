// DOM adapter for Notion's share surfaces: the page Share menu, Settings → People invite dialogs, and
// any dialog or overlay holding an email-taking input. Returns plain data; never writes to Notion's nodes.
// Facts: shared/notion-ui.md §3 (share menu), §4 (publish), §8 (People). Chip DOM is INFERRED: invitees
// are read as email-looking text beside the invite input.

import { SEL } from './selectors';
import { SETTINGS_ANCHOR } from './settings-modal';
import { TEXT, nameOf, spacedText, textOf } from './texts';

export type SurfaceKind = 'share-menu' | 'people-settings' | 'generic';
export type GeneralAccess = 'invited' | 'workspace' | 'web';

export interface ShareSurface {
  kind: SurfaceKind;
  root: Element;
  input: HTMLInputElement | HTMLElement;
  /** Invitee chips already added beside the input (email-looking text). */
  chips: string[];
  /** What is typed or pasted in the input, not yet a chip. */
  typed: string;
  /** Addresses already listed with access in this menu (outside the invite field). */
  existingAccess: string[];
  inviteButtons: Element[];
}

// An address starts where a run of its characters starts (the lookbehind), so a run without "@" is read once,
// not once per character (1 MB of such text took ~1.5 s); a local part over 64 characters is no address.
const EMAIL_RE = /(?<![^\s<>(),;:"'\[\]])[^\s<>(),;:"'\[\]]{1,64}@[^\s<>(),;:"'\[\]]{1,253}/gu;
const MAX_TEXT = 20_000;

function isEmailInput(el: Element): el is HTMLInputElement | HTMLElement {
  if (el.matches(SEL.emailInput)) return true;
  if (!el.matches(SEL.textInput)) return false;
  const label = [el.getAttribute('placeholder'), el.getAttribute('aria-label'), el.getAttribute('name')].join(' ');
  return TEXT.isEmailFieldLabel(label);
}

/** The invite field: the input's own container, widened once if it holds nothing but the input. */
function fieldOf(input: Element): Element {
  const parent = input.parentElement;
  if (!parent) return input;
  if (parent.children.length > 1 || !parent.parentElement) return parent;
  return parent.parentElement;
}

/** Address-looking runs in a text (its first MAX_TEXT characters). */
export function emailsIn(text: string): string[] {
  return text.slice(0, MAX_TEXT).match(EMAIL_RE) ?? [];
}

/**
 * The open Settings modal (§6 SAW): .notion-space-settings, else the dialog holding settings-tab-* tabs.
 * Its nested dialogs (People → "Add members") may render inside it or as a layer beside it.
 */
function settingsOf(root: Element): Element | undefined {
  const anchor =
    root.closest(SEL.settings) ?? root.querySelector(SETTINGS_ANCHOR) ?? root.ownerDocument.querySelector(SETTINGS_ANCHOR);
  if (!anchor) return undefined;
  return anchor.closest(SEL.settings) ?? anchor.closest(SEL.dialog) ?? anchor;
}

function valueOf(input: Element): string {
  if (input instanceof HTMLInputElement) return input.value.slice(0, MAX_TEXT);
  return (input.textContent ?? '').slice(0, MAX_TEXT);
}

function surfaceKind(root: Element, hasPublishTab: boolean, settings: Element | undefined): SurfaceKind {
  if (settings && (settings.contains(root) || root.contains(settings))) return 'people-settings';
  if (hasPublishTab || /share/i.test(root.getAttribute('aria-label') ?? '')) return 'share-menu';
  // Settings is modal: another email dialog open at the same time was opened from it (a layer beside it).
  if (settings) return 'people-settings';
  return 'generic';
}

export function findInviteButtons(root: Element): Element[] {
  const out: Element[] = [];
  for (const b of root.querySelectorAll(SEL.button)) if (TEXT.isInviteButton(nameOf(b, 40))) out.push(b);
  if (!out.length) {
    const submit = root.querySelector('button[type="submit"], input[type="submit"]');
    if (submit) out.push(submit);
  }
  return out;
}

export function hasPublishTab(root: Element): boolean {
  for (const tab of root.querySelectorAll(SEL.tab)) if (TEXT.isPublishTab(nameOf(tab, 40))) return true;
  return false;
}

function readSurface(root: Element, input: HTMLInputElement | HTMLElement): ShareSurface {
  const field = fieldOf(input);
  const chips: string[] = [];
  for (const child of field.children) {
    if (child === input || child.contains(input)) continue;
    chips.push(...emailsIn(spacedText(child)), ...emailsIn(child.getAttribute('aria-label') ?? ''));
  }
  const typed = valueOf(input).trim();
  const settings = settingsOf(root);
  const kind = surfaceKind(root, hasPublishTab(root), settings);
  // People settings: the Members/Guests lists of the Settings modal are the existing access.
  const scopes =
    kind !== 'people-settings' || !settings || root.contains(settings)
      ? [root]
      : settings.contains(root)
        ? [settings]
        : [root, settings];
  // The typed address may also show up as a suggestion row in the menu: never count it as existing access.
  const chipSet = new Set([...chips, ...emailsIn(typed)].map((c) => c.toLowerCase()));
  const existingAccess = scopes
    .flatMap((el) => emailsIn(spacedText(el)))
    .map((e) => e.toLowerCase())
    .filter((e) => !chipSet.has(e));
  return {
    kind,
    root,
    input,
    chips: [...new Set(chips)],
    typed,
    existingAccess: [...new Set(existingAccess)],
    inviteButtons: findInviteButtons(root),
  };
}

/** The dialog/overlay that holds an element, or undefined when it is not inside one. */
export function dialogOf(el: Element): Element | undefined {
  const d = el.closest(SEL.dialog);
  if (d) return d;
  // No dialog role (or an unlabelled popover): the overlay container's child that holds the element.
  const overlay = el.closest(SEL.overlayContainer);
  if (!overlay) return undefined;
  let node: Element = el;
  while (node.parentElement && node.parentElement !== overlay) node = node.parentElement;
  return node;
}

const RELEVANT_INSIDE = `input, [role="dialog"], [role="tab"], [role="switch"], ${SEL.overlayContainer}`;

/**
 * Cheap pre-check for the observer's hot path: could these added elements have opened or changed a share
 * surface? (Inside a dialog/overlay, or carrying an input or dialog.) No layout reads.
 */
export function mayAffectSurfaces(added: readonly Element[]): boolean {
  for (const el of added) {
    if (el.closest(SEL.dialog) || el.closest(SEL.overlayContainer)) return true;
    if (el.matches(RELEVANT_INSIDE) || el.querySelector(RELEVANT_INSIDE)) return true;
  }
  return false;
}

/** Every open share surface in the document: a dialog or overlay with an email-taking input. */
export function findShareSurfaces(doc: Document): ShareSurface[] {
  const out: ShareSurface[] = [];
  const seen = new Set<Element>();
  const candidates = doc.querySelectorAll(`${SEL.emailInput}, ${SEL.textInput}`);
  for (const el of candidates) {
    if (!isEmailInput(el)) continue;
    const root = dialogOf(el);
    if (!root || seen.has(root)) continue;
    seen.add(root);
    out.push(readSurface(root, el));
  }
  return out;
}

export { textOf };
