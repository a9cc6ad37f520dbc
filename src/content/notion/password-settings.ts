// Settings → {your name} → Account security → "Set a password" / "Change password" (seen in help
// 2025–2026, docs/notion-ui.md#account-security), and what that page shows about the account: the signed-in
// email, the preferred name, and whether 2-step verification is on (seen: "Add verification method" when off,
// "Change verification method" when on).
//
// Anchors, in order: dialogs by role (role=dialog/alertdialog, aria-modal; docs/notion-ui.md#settings-modal)
// → input types and autocomplete tokens (new-password / current-password) → the fields' own
// labels (aria-label, placeholder, <label>) → notion-* classes (.notion-space-settings, .notion-dialog,
// .notion-sidebar-switcher; docs/notion-ui.md#app-shell) → English visible text, only inside the containers found.
// The password dialog's DOM is not in any source (docs/notion-ui.md#set-or-change-password): the field
// roles therefore come from autocomplete first, then labels, then the order of the fields.
// Plain data only; nothing is written to Notion's nodes. Fixtures: password-settings-{a,b}.html.

import * as SEL from './selectors';
import { addressShownIn, looksLikeAddress } from './address';
import { closest, isInactive, query, queryAll } from './dom';
import { findSettingsModal } from './settings-modal';
import { textOf } from './texts';

export interface PasswordDialog {
  root: Element;
  current?: HTMLInputElement;
  next: HTMLInputElement;
  confirm?: HTMLInputElement;
}

export interface AccountInfo {
  email?: string;
  name?: string;
  /** true: a verification method exists; false: Notion offers to add one; undefined: not shown. */
  has2fa?: boolean;
}

const CURRENT_RE = /current|old|existing|present/i;
const CONFIRM_RE = /confirm|again|re-?enter|re-?type|repeat|verify/i;
const NEW_RE = /\bnew\b|create|choose|set a/i;

/** The field's own label without layout: aria-label, placeholder, aria-labelledby, <label>, a text sibling. */
export function labelOf(input: HTMLInputElement): string {
  const own = input.getAttribute('aria-label') || input.getAttribute('placeholder');
  if (own) return own.slice(0, 120);
  const by = input.getAttribute('aria-labelledby');
  if (by) {
    const t = by
      .split(/\s+/)
      .map((id) => textOf(input.ownerDocument.getElementById(id), 120))
      .join(' ')
      .trim();
    if (t) return t;
  }
  const labels = input.labels ? [...input.labels] : [];
  const fromLabel = labels.map((l) => textOf(l, 120)).join(' ').trim();
  if (fromLabel) return fromLabel;
  const prev = input.previousElementSibling ?? input.parentElement?.previousElementSibling;
  return prev ? textOf(prev, 120) : '';
}

/** The open Set/Change password dialog (innermost dialog with password fields), if any. */
export function findPasswordDialog(doc: Document): PasswordDialog | undefined {
  const inputs = queryAll<HTMLInputElement>(doc, SEL.passwordInput).filter((i) => !i.disabled && !isInactive(i));
  if (!inputs.length) return undefined;
  const byRoot = new Map<Element, HTMLInputElement[]>();
  for (const input of inputs) {
    const root = closest(input, SEL.dialog) ?? closest(input, SEL.tabPanel) ?? closest(input, SEL.settings);
    if (!root) continue; // a password field outside any dialog or settings panel is not this surface
    byRoot.set(root, [...(byRoot.get(root) ?? []), input]);
  }
  for (const [root, fields] of byRoot) {
    const roles = assignRoles(fields);
    if (roles.next) return { root, ...roles, next: roles.next };
  }
  return undefined;
}

function assignRoles(fields: HTMLInputElement[]): Omit<PasswordDialog, 'root' | 'next'> & { next?: HTMLInputElement } {
  const out: { current?: HTMLInputElement; next?: HTMLInputElement; confirm?: HTMLInputElement } = {};
  const rest: HTMLInputElement[] = [];
  for (const f of fields.slice(0, 4)) {
    const ac = f.getAttribute('autocomplete') ?? '';
    const label = labelOf(f);
    if (/\bcurrent-password\b/.test(ac) || (!/new-password/.test(ac) && CURRENT_RE.test(label) && !out.current)) out.current ??= f;
    else if (CONFIRM_RE.test(label) && !out.confirm) out.confirm = f;
    else if ((/\bnew-password\b/.test(ac) || NEW_RE.test(label)) && !out.next) out.next = f;
    else if (/\bnew-password\b/.test(ac) && !out.confirm) out.confirm = f; // the second new-password field
    else rest.push(f);
  }
  // Unlabelled fields, by order: [new, confirm] or [current, new, confirm].
  if (!out.next && rest.length) {
    if (!out.current && rest.length >= 3) out.current = rest.shift();
    out.next = rest.shift();
  }
  if (!out.confirm && rest.length) out.confirm = rest.shift();
  return out;
}

/** Side controls of the dialog that do not submit the new password. */
const NOT_SUBMIT = /cancel|close|back\b|forgot|show|hide|remove password|^×$/i;

/** The control a click on `target` presses when it submits the dialog's new password. */
export function passwordDialogSubmitControl(d: PasswordDialog, target: Element): Element | undefined {
  const control = closest(target, SEL.submitControl);
  if (!control || !d.root.contains(control)) return undefined;
  const label = `${control.getAttribute('aria-label') ?? ''} ${textOf(control, 80)}`.trim();
  return NOT_SUBMIT.test(label) ? undefined : control;
}

export function isPasswordDialogSubmit(d: PasswordDialog, target: Element): boolean {
  return passwordDialogSubmitControl(d, target) !== undefined;
}

/** The open Settings modal, if any. */
export const findSettings = findSettingsModal;

/** Account security texts (docs/notion-ui.md#account-security, seen, English). */
const ACCOUNT_SECURITY = /account security|change password|set a password|2-step verification/i;
const TWOFA_ON = /change verification method|remove verification method|backup codes/i;
const TWOFA_OFF = /add verification method/i;
const NAME_LABEL = /preferred name|full name|^name$|your name/i;

/** What the account page of the open Settings modal shows; undefined when it is not showing. */
export function readAccountInfo(doc: Document): AccountInfo | undefined {
  const settings = findSettings(doc);
  if (!settings) return undefined;
  const panel =
    queryAll(settings, SEL.tabPanel).find((p) => !isInactive(p) && ACCOUNT_SECURITY.test(textOf(p, 4000))) ??
    (ACCOUNT_SECURITY.test(textOf(settings, 4000)) ? settings : undefined);
  if (!panel) return undefined;
  const text = textOf(panel, 4000);
  const info: AccountInfo = {};
  const emailField = queryAll<HTMLInputElement>(panel, SEL.emailInput).find((i) => looksLikeAddress(i.value));
  const email = emailField?.value.trim() ?? addressShownIn(panel);
  if (email) info.email = email;
  const nameField = queryAll<HTMLInputElement>(panel, SEL.textInput).find((i) => NAME_LABEL.test(labelOf(i)));
  const name = nameField?.value.trim();
  if (name) info.name = name.slice(0, 120);
  if (TWOFA_ON.test(text)) info.has2fa = true;
  else if (TWOFA_OFF.test(text)) info.has2fa = false;
  return info;
}

/** The workspace name on the sidebar switcher (docs/notion-ui.md#app-shell: .notion-sidebar-switcher), when shown. */
export function readWorkspaceName(doc: Document): string | undefined {
  const t = textOf(query(doc, SEL.sidebarSwitcher), 120);
  return t || undefined;
}
