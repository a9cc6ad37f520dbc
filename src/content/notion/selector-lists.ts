// Every named list of selectors.ts by its name: the lists a policy's selector overrides may extend
// (dom.ts). Spelled out rather than read off the module's namespace (`import * as`), which would make the
// bundle build a getter object for it in the script on every Notion page.
// test/content/notion/dom-overrides.test.ts checks that no list is missing here.
import {
  overlayContainer, dialog, darkTheme, lightTheme, sidebarSwitcher, hidden,
  inert, button, menuItem, submitControl, submitFallback, tab,
  tabPanel, switchControl, switchRow, menuOption, emailInput, usernameInput,
  textInput, passwordInput, codeInput, formField, editable, typingField,
  surfaceHint, accessRow, settings, settingsTab, heading, deviceList,
  deviceRow, loginContainer, formContainer, webIcon, chipRemove, popupChoice,
  settingsOpener, accountTab, topbar, topbarShare,
} from './selectors';

export const LISTS: Readonly<Record<string, readonly string[]>> = {
  overlayContainer, dialog, darkTheme, lightTheme, sidebarSwitcher, hidden,
  inert, button, menuItem, submitControl, submitFallback, tab,
  tabPanel, switchControl, switchRow, menuOption, emailInput, usernameInput,
  textInput, passwordInput, codeInput, formField, editable, typingField,
  surfaceHint, accessRow, settings, settingsTab, heading, deviceList,
  deviceRow, loginContainer, formContainer, webIcon, chipRemove, popupChoice,
  settingsOpener, accountTab, topbar, topbarShare,
};
