// DOM adapter: Settings → {your name} → Account security (a panel of the Settings modal, which has no URL).
// Reads what the panel offers, which tells the state (docs/notion-ui.md#account-security; seen in Notion's help):
//   2-step verification: "Add verification method" ⇒ off, "Change verification method" ⇒ on
//   password: "Set a password" ⇒ none (code/SSO sign-in), "Change password" / "Remove password" ⇒ set
//   devices: a "Devices" heading or "Log out of all devices" (inferred, docs/notion-ui.md#sessions-and-devices)

import * as SEL from './selectors';
import { closest, matches, query, queryAll } from './dom';
import { findSettingsModal } from './settings-modal';
import { nameOf, textOf } from './texts';

export interface AccountSecurity {
  panel: Element;
  twoFactor?: 'on' | 'off';
  password?: 'set' | 'none';
  devices?: { anchor: Element; count?: number };
}

const hasButton = (root: Element, re: RegExp): Element | undefined =>
  queryAll(root, SEL.button).find((b) => re.test(nameOf(b, 60)));

export function readAccountSecurity(doc: Document): AccountSecurity | undefined {
  const settings = findSettingsModal(doc);
  if (!settings) return undefined;
  const panel =
    queryAll(settings, SEL.tabPanel).find((p) => /account security|2-step verification/i.test(textOf(p, 4000))) ??
    (/account security/i.test(textOf(settings, 6000)) ? settings : undefined);
  if (!panel) return undefined;
  const out: AccountSecurity = { panel };
  if (hasButton(panel, /^change verification method/i)) out.twoFactor = 'on';
  else if (hasButton(panel, /^add verification method/i)) out.twoFactor = 'off';
  if (hasButton(panel, /^(change|remove) password$/i)) out.password = 'set';
  else if (hasButton(panel, /^set a password$/i)) out.password = 'none';
  const logout = hasButton(panel, /log out of all devices/i);
  const heading = queryAll(panel, SEL.heading).find((h) => /^devices$/i.test(textOf(h, 40)));
  if (logout || heading) {
    const list = heading?.parentElement ? query(heading.parentElement, SEL.deviceList) : null;
    const count = list ? queryAll(list, SEL.deviceRow).length : undefined;
    out.devices = { anchor: (heading ?? logout)!, count: count || undefined };
  }
  return out;
}

/** Export: the final "Export" button of Notion's Export dialog (seen: div[role=dialog][aria-label="Export"]),
 * or "Export all workspace content" (Settings → General; docs/notion-ui.md#export). Returns what is exported, if anything. */
export function exportOfClick(target: Element): 'page' | 'workspace' | undefined {
  const button = closest(target, SEL.button);
  if (!button) return undefined;
  const name = nameOf(button, 60);
  if (/^export all workspace content$/i.test(name)) return 'workspace';
  if (!/^export$/i.test(name)) return undefined;
  const dialog = closest(button, SEL.dialog);
  if (!dialog || matches(button, SEL.menuItem)) return undefined; // the ⋯ menu item only opens the dialog
  const title = dialog.getAttribute('aria-label') ?? textOf(query(dialog, SEL.heading), 60);
  if (!/export/i.test(title)) return undefined;
  return /workspace/i.test(textOf(dialog, 1000)) ? 'workspace' : 'page';
}
