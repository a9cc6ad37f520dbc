// DOM adapter for the cards' fixes: finds Notion's own control for the fix and presses it for the user, on
// the user's trusted click in our card (the caller checks that: ui/trusted.ts). Nothing here writes to
// Notion's nodes: a control is pressed (`click()`), a field is edited the way typing would (focus, select,
// the browser's insert/delete command, else the field's own value setter plus one `input` event), keys are
// dispatched as a user would press them. When the control cannot be found by structure, the caller gets
// 'shown' (the nearest control focused and scrolled into view) or 'missing', and says where to go.
// Facts: docs/notion-ui.md#card-fixes (and #share-menu, #general-access, #publish-panel, #account-security).
//
// Where it lives: in the lazy `ui` part (parts/ui.iife.ts, `part.fixes`), not in the script on every
// Notion page. A fix only runs from a card's action, and a card is only on screen once the `ui` part is
// loaded, so the features reach these through ui/lazy-ui.ts runFix (a part that cannot be had is
// 'missing'); the password cards, themselves in the `password` part, import openAccountSecurity directly.
// The finders the watching code needs outside a click (webAccessControl, unpublishControl) are
// fix-finders.ts, in the `menus` part with the exposure coaching; this file uses them too. The `ui` part has its own copy of
// notion/dom.ts, which reads the organisation's selector overrides from the isolated world (dom.ts).
//
// Text anchors: a tiny English lookup of its own (Remove, Unpublish, Only people invited, Settings,
// My account, Add verification method), always inside a container found by structure; the detection
// adapters' texts.ts is not used here, so this file does not depend on how detection reads text.

import * as SEL from './selectors';
import { closest, isHidden, query, queryAll } from './dom';
import { nameOf, textOf as text, unpublishControl, webAccessControl, WEB_EN } from './fix-finders';

export type FixOutcome = 'done' | 'shown' | 'missing';

const EN = {
  remove: /^(remove|remove access|remove from (page|workspace))$/i,
  level: /^(full access|can edit( content)?|can comment|can view|no access|guest|member|workspace owner|membership admin)$/i,
  restricted: /^(only people invited|invite only|restricted)$/i,
  publishTab: /^(publish|share to web|publish to web)$/i,
  settings: /^(settings|settings & members)$/i,
  account: /^(my account|account|my settings)$/i,
  accountSecurity: /account security|2-step verification/i,
  addTwoStep: /^add verification method/i,
};

const WAIT_MS = 1500;

/** Polls (a few frames' worth of timers) until `find` returns something or the wait ends. */
export async function waitFor<T>(find: () => T | undefined | null, ms = WAIT_MS): Promise<T | undefined> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() >= end) return undefined;
    await new Promise((r) => setTimeout(r, 30));
  }
}

function press(el: Element): void {
  if (el instanceof HTMLElement) el.click();
  else el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
}

/** Focuses Notion's control and brings it into view, for the user to press. */
export function showControl(el: Element | null | undefined): FixOutcome {
  if (!el || !el.isConnected) return 'missing';
  el.scrollIntoView?.({ block: 'center' });
  if (el instanceof HTMLElement) {
    if (!el.hasAttribute('tabindex') && !(el instanceof HTMLInputElement) && !(el instanceof HTMLButtonElement)) {
      // A div[role=button] without tabindex cannot take focus; bringing it into view is all we do.
      return 'shown';
    }
    el.focus();
  }
  return 'shown';
}

// ---- the invite field ------------------------------------------------------------------------------------

/** The invite field: the input's container, widened once if it holds nothing but the input (as share-menu.ts reads it). */
function fieldOf(input: Element): Element {
  const parent = input.parentElement;
  if (!parent) return input;
  if (parent.children.length > 1 || !parent.parentElement) return parent;
  return parent.parentElement;
}

/** The chip that shows `email` beside the invite input, if any. */
export function findChip(input: Element, email: string): Element | undefined {
  const want = email.toLowerCase();
  for (const child of fieldOf(input).children) {
    if (child === input || child.contains(input)) continue;
    const said = `${text(child, 400)} ${child.getAttribute('aria-label') ?? ''}`.toLowerCase();
    if (said.includes(want)) return child;
  }
  return undefined;
}

/** The chip's own remove (×) control: a labelled remove button inside it, the chip itself when it is one, or an "×" element. */
export function chipRemoveControl(chip: Element): Element | undefined {
  const labelled = queryAll(chip, SEL.chipRemove)[0] ?? (closest(chip, SEL.chipRemove) === chip ? chip : undefined);
  if (labelled) return labelled;
  for (const el of queryAll(chip, SEL.button)) if (/^[×✕x]$/i.test(nameOf(el))) return el;
  for (const el of chip.querySelectorAll('*')) if (/^[×✕]$/.test(text(el, 4))) return el;
  return undefined;
}

function typedValue(input: HTMLInputElement | HTMLElement): string {
  return input instanceof HTMLInputElement ? input.value : (input.textContent ?? '');
}

/** Replaces the whole text of the field as typing would: select all, then insert (or delete). */
function retype(input: HTMLInputElement | HTMLElement, next: string): void {
  input.focus();
  let done = false;
  if (input instanceof HTMLInputElement) {
    input.select();
    try {
      done = next ? document.execCommand('insertText', false, next) : document.execCommand('delete');
    } catch {
      done = false;
    }
    if (!done || input.value !== next) {
      // No editing command here (a test DOM, an old engine): the field's own setter, so React's value tracker sees it.
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      if (setter) setter.call(input, next);
      else input.value = next;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: next ? 'insertText' : 'deleteContentBackward', data: next || null }));
    }
  } else {
    const sel = document.getSelection();
    sel?.selectAllChildren(input);
    try {
      done = next ? document.execCommand('insertText', false, next) : document.execCommand('delete');
    } catch {
      done = false;
    }
  }
}

/** Removes `email` from the invite field: presses its chip's ×, or deletes it from the typed text. */
export async function removeInvitee(input: HTMLInputElement | HTMLElement, email: string): Promise<FixOutcome> {
  const want = email.toLowerCase();
  const chip = findChip(input, want);
  if (chip) {
    const control = chipRemoveControl(chip);
    if (control) press(control);
    else if (!typedValue(input) && lastChip(input) === chip) {
      // No × to press: Backspace in the empty field removes the last chip, as a user would.
      input.focus();
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', code: 'Backspace', bubbles: true, cancelable: true }));
    }
    const gone = await waitFor(() => !findChip(input, want) || undefined, 600);
    if (gone) return 'done';
    return showControl(control ?? input);
  }
  const value = typedValue(input);
  if (value.toLowerCase().includes(want)) {
    const at = value.toLowerCase().indexOf(want);
    const rest = (value.slice(0, at) + value.slice(at + want.length)).replace(/^[\s,;]+|[\s,;]+$/g, '').replace(/([\s,;])[\s,;]+/g, '$1');
    retype(input, rest);
    return typedValue(input).toLowerCase().includes(want) ? showControl(input) : 'done';
  }
  return 'missing';
}

function lastChip(input: Element): Element | undefined {
  const kids = [...fieldOf(input).children].filter((c) => c !== input && !c.contains(input));
  return kids[kids.length - 1];
}

/** Replaces the look-alike address with the one meant: the chip is removed, the right address typed in its place. */
export async function replaceInvitee(input: HTMLInputElement | HTMLElement, wrong: string, right: string): Promise<FixOutcome> {
  const value = typedValue(input);
  const at = value.toLowerCase().indexOf(wrong.toLowerCase());
  if (!findChip(input, wrong) && at >= 0) {
    retype(input, value.slice(0, at) + right + value.slice(at + wrong.length));
    return typedValue(input).toLowerCase().includes(right.toLowerCase()) ? 'done' : showControl(input);
  }
  const removed = await removeInvitee(input, wrong);
  if (removed !== 'done') return removed;
  const now = typedValue(input).trim();
  retype(input, now ? `${now}, ${right}` : right);
  return typedValue(input).toLowerCase().includes(right.toLowerCase()) ? 'done' : showControl(input);
}

// ---- the access list: a person's level menu → Remove (docs/notion-ui.md#share-menu) -----------------------

/** The level control of an access row ("Full access", "Can edit" …): the person's menu. */
export function levelControl(row: Element): Element | undefined {
  return queryAll(row, SEL.button).find((b) => EN.level.test(nameOf(b)) || b.hasAttribute('aria-haspopup'));
}

/** The innermost visible menu choice whose text matches (menus render in the overlay container, or beside their button). */
function visibleChoice(doc: Document, re: RegExp): Element | undefined {
  return queryAll(doc, SEL.popupChoice).find((el) => re.test(text(el, 60)) && !query(el, SEL.popupChoice) && !isHidden(el));
}

/** Opens the person's level menu and presses its "Remove"; else brings the level control into view. */
export async function removeAccess(row: Element): Promise<FixOutcome> {
  const control = levelControl(row);
  if (!control) return showControl(row);
  press(control);
  const remove = await waitFor(() => visibleChoice(row.ownerDocument, EN.remove));
  if (!remove) return showControl(control);
  press(remove);
  return 'done';
}

// ---- General access and Publish (docs/notion-ui.md#general-access, #publish-panel) -----------------------

/** General access → "Only people invited", chosen through Notion's own menu. */
export async function makePrivate(root: Element): Promise<FixOutcome> {
  const control = webAccessControl(root);
  if (!control) return 'missing';
  press(control);
  const option = await waitFor(() => visibleChoice(root.ownerDocument, EN.restricted));
  if (!option) return showControl(control);
  press(option);
  const closed = await waitFor(() => (!control.isConnected || !WEB_EN.test(nameOf(control)) ? true : undefined), 800);
  return closed ? 'done' : showControl(control);
}

/** Presses the Publish panel's "Unpublish" (opening the Publish tab first if its panel is hidden). */
export async function unpublish(root: Element): Promise<FixOutcome> {
  let control = unpublishControl(root);
  if (!control) return 'missing';
  if (isHidden(control, root)) {
    const tab = queryAll(root, SEL.tab).find((t) => EN.publishTab.test(nameOf(t)));
    if (tab) press(tab);
    control = (await waitFor(() => {
      const c = unpublishControl(root);
      return c && !isHidden(c, root) ? c : undefined;
    }, 600)) ?? control;
    if (isHidden(control, root)) return tab ? showControl(tab) : 'missing';
  }
  press(control);
  const gone = await waitFor(() => (!control.isConnected || isHidden(control, root) ? true : undefined), 800);
  return gone ? 'done' : showControl(control);
}

// ---- the editor: undo a paste (docs/notion-ui.md#editor-and-paste) ----------------------------------------

const isMac = () => /mac|iphone|ipad/i.test(navigator.platform || navigator.userAgent);

/**
 * Undoes the last paste into `target`: first Notion's own undo, the shortcut the user would press (Notion
 * keeps its own history, since it inserts pasted text itself); if that changed nothing, the browser's undo
 * command. `stillThere` says whether the pasted secret is still in the block. One undo step at most is taken
 * by each, and the second only when the first changed nothing, so typing done since is not undone twice.
 */
export async function undoPaste(target: Element, stillThere: () => boolean): Promise<FixOutcome> {
  if (!target.isConnected) return 'missing';
  const editable = target instanceof HTMLElement ? target : null;
  editable?.focus();
  const before = target.textContent ?? '';
  const mac = isMac();
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: !mac, metaKey: mac, bubbles: true, cancelable: true, composed: true }),
  );
  await new Promise((r) => setTimeout(r, 50));
  if (!stillThere()) return 'done';
  if ((target.textContent ?? '') === before) {
    try {
      document.execCommand('undo');
    } catch {
      /* no editing commands here */
    }
    await new Promise((r) => setTimeout(r, 50));
    if (!stillThere()) return 'done';
  }
  return showControl(editable);
}

// ---- Settings → My account → Account security (docs/notion-ui.md#account-security, #settings-modal) -------

function settingsModal(doc: Document): Element | undefined {
  return query(doc, SEL.settings) ?? queryAll(doc, SEL.dialog).find((d) => query(d, SEL.settingsTab)) ?? undefined;
}

function accountPanel(doc: Document): Element | undefined {
  const s = settingsModal(doc);
  if (!s) return undefined;
  return queryAll(s, SEL.tabPanel).find((p) => EN.accountSecurity.test(text(p, 4000)) && !isHidden(p)) ?? undefined;
}

/** The "Add verification method" control of an open Account security panel. */
export function addTwoStepControl(panel: Element): Element | undefined {
  return queryAll(panel, SEL.button).find((b) => EN.addTwoStep.test(nameOf(b)));
}

/** Presses "Add verification method" (Notion then asks for the password and shows its own steps). */
export function startTwoStep(panel: Element): FixOutcome {
  const control = addTwoStepControl(panel);
  if (!control) return 'missing';
  press(control);
  return 'done';
}

/**
 * Opens Settings → My account (where Account security is): presses the sidebar's Settings when Settings
 * is closed, then the account tab, and brings the 2-step verification row into view.
 */
export async function openAccountSecurity(doc: Document): Promise<FixOutcome> {
  if (!settingsModal(doc)) {
    const opener = queryAll(doc, SEL.settingsOpener).find((b) => EN.settings.test(nameOf(b)));
    if (!opener) return 'missing';
    press(opener);
    if (!(await waitFor(() => settingsModal(doc)))) return showControl(opener);
  }
  let panel = accountPanel(doc);
  if (!panel) {
    const modal = settingsModal(doc)!;
    const tab = query(modal, SEL.accountTab) ?? queryAll(modal, SEL.settingsTab).find((t) => EN.account.test(nameOf(t)));
    if (!tab) return 'missing';
    press(tab);
    panel = await waitFor(() => accountPanel(doc));
    if (!panel) return showControl(tab);
  }
  showControl(addTwoStepControl(panel) ?? panel);
  return 'done';
}
