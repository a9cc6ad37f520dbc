// The one cheap check the every-page password feature runs per DOM batch: could a password be typed
// here? Kept tiny on purpose (it ships in the ≤ 25 kB script on every Notion page); the real adapters
// (login-form.ts, password-settings.ts) load lazily with the rest of the password coaching.
// Anchors: the login/signup paths (docs/notion-ui.md#login-and-signup), password inputs by type/autocomplete,
// and the Settings modal (docs/notion-ui.md#settings-modal, seen: .notion-space-settings, settings-tab test ids),
// where the account page offers "Change password".

import * as SEL from './selectors';
import { query } from './dom';
import { isLoginPath } from './page';

const PASSWORD_OR_SETTINGS = [...SEL.passwordInput, ...SEL.settings, ...SEL.settingsTab];

export function mayHavePasswordSurface(doc: Document, pathname: string): boolean {
  return isLoginPath(pathname) || query(doc, PASSWORD_OR_SETTINGS) !== null;
}
