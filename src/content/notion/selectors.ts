// Every CSS selector the Notion adapters use, as data: each export is a named list of alternatives, one per
// line, with where it was seen — the fixtures in test/fixtures/notion/ that hold it, and the section of
// docs/notion-ui.md that records the fact. Order of trust: roles/aria → input types → notion-* hook classes;
// never the hashed (StyleX "x…") classes or nth-child paths (docs/notion-ui.md#stability).
//
// Adapters `import * as SEL from './selectors'` and query through dom.ts (query, queryAll, closest, matches,
// firstMatch), which joins a list once and can say which alternative matched. Every list is carried on
// every Notion page anyway (a policy's overrides may extend any of them by name: BY_NAME at the end, which
// names a new list too).
// test/content/notion/selectors-coverage.test.ts counts every alternative on every fixture: when you add,
// drop or change one, update its table there (an alternative no fixture has is listed with its reason).

// ---- app shell and dialogs (docs/notion-ui.md#app-shell) ------------------------------------------------

/** Notion's overlay container: menus, dialogs and Settings render into it (observed alone when present). */
export const overlayContainer = [
  '.notion-overlay-container', // seen: share-a/c, share-public, people-a/c, generic-a/c, account-a/c, export-a, password-settings-a, page-a, heavy
] as const;

/** Dialogs and overlay layers. */
export const dialog = [
  '[role="dialog"]', // seen: share-a/b/d, share-public, people-a/b, generic-a/b, account-*, export-*, password-settings-*
  '[role="alertdialog"]', // no fixture: ARIA's role for a confirmation dialog (none of Notion's captured)
  '[aria-modal="true"]', // seen: people-a/b, generic-a/b, account-*, password-settings-* (the Settings modal)
  '.notion-dialog', // seen: people-a/c, generic-a, account-a/c, password-settings-a; docs/notion-ui.md#settings-modal
  '.notion-overlay-container [data-overlay]', // no fixture: one 2024 source (docs/notion-ui.md#app-shell)
] as const;

/** Where Notion's theme is set. */
export const darkTheme = [
  'body.dark', // seen: share-c, people-c, generic-c
  '.notion-dark-theme', // seen: share-c, people-c, generic-c
] as const;
export const lightTheme = [
  '.notion-light-theme', // seen: share-a, share-public, people-a, generic-a, account-a/c, password-settings-a, login-a, signup-a, page-a, heavy
] as const;

/** The workspace-name button at the top of the sidebar. */
export const sidebarSwitcher = [
  '.notion-sidebar-switcher', // seen: password-settings-a
] as const;

/** Parts of the page not shown or not reachable: attribute checks only (dom.ts isHidden / isInactive). */
export const hidden = [
  '[hidden]', // seen: share-* (the hidden tab panel and publish states), login-a, signup-a (the secret step)
  '[aria-hidden="true"]', // no fixture: how modal libraries hide the page behind a dialog
] as const;
export const inert = [
  '[inert]', // no fixture: the HTML way to make a step or the page behind a modal unusable
] as const;

// ---- controls --------------------------------------------------------------------------------------------

/** What a user presses: Notion uses div[role=button] more than <button>; menu items count too. */
export const button = [
  '[role="button"]', // seen: every fixture but page-*, published-a/c, elsewhere-login (docs/notion-ui.md#app-shell)
  'button', // seen: generic-b, elsewhere-login, published-a/c
  '[role="menuitem"]', // no fixture: menu items (docs/notion-ui.md#app-shell; the ⋯ menu's Export, docs/notion-ui.md#export)
] as const;

/** A menu item (the ⋯ menu's "Export" only opens the Export dialog). */
export const menuItem = [
  '[role="menuitem"]', // no fixture: docs/notion-ui.md#export
] as const;

/** What a click may submit a login or password form with (menu items never do). */
export const submitControl = [
  'button', // seen: elsewhere-login, generic-b, published-a/c
  '[role="button"]', // seen: login-*, signup-*, password-settings-* (docs/notion-ui.md#login-and-signup)
  'input[type="submit"]', // no fixture: a plain HTML form's submit
] as const;

/** A form's own submit button: the invite button of a dialog whose button text is unknown. */
export const submitFallback = [
  'button[type="submit"]', // seen: elsewhere-login, published-a/c
  'input[type="submit"]', // no fixture: a plain HTML form's submit
] as const;

export const tab = [
  '[role="tab"]', // seen: share-*, people-*, account-*, password-settings-* (docs/notion-ui.md#share-menu, #settings-modal)
] as const;

export const tabPanel = [
  '[role="tabpanel"]', // seen: people-*, account-*, password-settings-* (docs/notion-ui.md#settings-modal)
] as const;

/** Switches of the publish panel. */
export const switchControl = [
  '[role="switch"]', // seen: share-*, export-* (docs/notion-ui.md#publish-panel: input[type=checkbox][role=switch])
  'input[type="checkbox"]', // no fixture: a checkbox without role=switch
] as const;

/** The row around a switch, whose label toggles it too. */
export const switchRow = [
  '[role="presentation"]', // seen: share-* (docs/notion-ui.md#publish-panel)
  'label', // seen: login-a, signup-a, elsewhere-login, password-settings-* (no switch there: a plain label row)
] as const;

/** An option of the General access menu. */
export const menuOption = [
  '[role="presentation"]', // seen: share-* (docs/notion-ui.md#general-access)
  '[role="menuitem"]', // no fixture: docs/notion-ui.md#app-shell (dropdown items)
  '[role="menuitemradio"]', // no fixture: the ARIA role for a one-of menu choice (docs/notion-ui.md#open-questions)
  '[role="option"]', // no fixture: docs/notion-ui.md#app-shell (dropdown items)
] as const;

// ---- fields ----------------------------------------------------------------------------------------------

/** Email-taking inputs (invite fields, the login email). */
export const emailInput = [
  'input[type="email"]', // seen: share-*, people-b, generic-c, login-a, signup-*, elsewhere-login, published-a/c (docs/notion-ui.md#share-menu)
  'input[autocomplete~="email"]', // seen: login-a (docs/notion-ui.md#login-and-signup)
] as const;

/** The login email field when it is marked as the user name. */
export const usernameInput = [
  'input[autocomplete~="username"]', // seen: login-b, elsewhere-login (docs/notion-ui.md#login-and-signup)
] as const;

/** Text inputs (a field labelled for people or emails may be one); inputs only, never the contenteditable editor. */
export const textInput = [
  'input[type="text"]', // seen: generic-a/b, people-a/c, login-b, password-settings-a, published-b
  'input[type="search"]', // no fixture: a "Search names or emails" field typed as search (docs/notion-ui.md#people)
  'input:not([type])', // no fixture: an <input> with no type is a text input
] as const;

/** Password inputs: by type, or by the autocomplete tokens of a text field used for one. */
export const passwordInput = [
  'input[type="password"]', // seen: login-*, signup-*, password-settings-*, elsewhere-login, published-a
  'input[autocomplete~="current-password"]', // seen: password-settings-a, elsewhere-login, published-b (type=text)
  'input[autocomplete~="new-password"]', // seen: password-settings-a, signup-b (docs/notion-ui.md#login-and-signup)
] as const;

/** Fields a login code may be typed into besides text inputs (login-field.ts tells a code from a password). */
export const codeInput = [
  'input[type="tel"]', // no fixture: numeric keypad code fields
  'input[type="number"]', // no fixture: numeric code fields
] as const;

/** Form fields: typing there is not page content. */
export const formField = [
  'input', // seen: every fixture with a field
  'textarea', // no fixture: a multi-line field (a comment or feedback box)
] as const;

/** Notion's editable blocks (docs/notion-ui.md#editor-and-paste). */
export const editable = [
  '[contenteditable="true"]', // seen: page-a/b
  '[contenteditable=""]', // no fixture: the same as "true" in HTML
  '[contenteditable="plaintext-only"]', // no fixture: an editable block that takes plain text only
] as const;

/** Where a press is typing, not pressing a control: text fields and editable text (never a checkbox or switch). */
export const typingField = [
  'textarea', // no fixture: a multi-line field
  '[contenteditable]:not([contenteditable="false"])', // seen: page-a/b (the editor's blocks)
  'input:not([type=checkbox],[type=radio],[type=button],[type=submit],[type=reset],[type=image])', // seen: every fixture with a field
] as const;

// ---- share menu, people, settings ------------------------------------------------------------------------

/**
 * Cheap pre-check on the observer's hot path: added nodes carrying one of these may open or change a share
 * surface.
 */
export const surfaceHint = [
  'input', // seen: every fixture with a field
  '[role="dialog"]', // seen: share-a/b/d, share-public, people-a/b, generic-a/b, account-*, export-*, password-settings-*
  '[role="tab"]', // seen: share-*, people-*, account-*, password-settings-*
  '[role="switch"]', // seen: share-*, export-*
  '.notion-overlay-container', // seen: share-a/c, share-public, people-a/c, generic-a/c, account-a/c, export-a, password-settings-a, page-a, heavy
] as const;

/** A row of an access list: the share menu's people, Settings → People (docs/notion-ui.md#share-menu, #people). */
export const accessRow = [
  '[role="row"]', // seen: people-a/b
  '[role="listitem"]', // seen: account-a (devices), where no address is shown
  '[role="option"]', // no fixture: a suggestion row of the invite field
  '[role="menuitem"]', // no fixture: a person's row rendered as a menu item
] as const;

/** The Settings modal (docs/notion-ui.md#settings-modal). */
export const settings = [
  '.notion-space-settings', // seen: people-a/c, account-a/c, password-settings-a
] as const;

/** Settings tabs by test id (2026) or id (from 2026-02) (docs/notion-ui.md#settings-modal). */
export const settingsTab = [
  '[data-testid^="settings-tab-"]', // seen: people-a/b, account-*, password-settings-a
  '[id^="settings-tab-"]', // seen: password-settings-b
] as const;

export const heading = [
  'h1', // seen: every fixture but heavy
  'h2', // seen: account-*, export-*, people-*, password-settings-*, published-a/c
  'h3', // seen: account-a (Devices), people-a/c, password-settings-*
  '[role="heading"]', // no fixture: a heading drawn with a div
] as const;

/** The list of signed-in devices and its rows (docs/notion-ui.md#sessions-and-devices). */
export const deviceList = [
  '[role="list"]', // seen: account-a
  '[role="table"]', // seen: people-a/b (members tables; no Devices heading there)
] as const;
export const deviceRow = [
  '[role="listitem"]', // seen: account-a
  '[role="row"]', // seen: people-a/b
] as const;

// ---- login (docs/notion-ui.md#login-and-signup) ----------------------------------------------------------

/** Notion's login container (one source). */
export const loginContainer = [
  '.notion-login', // seen: login-a, signup-a
] as const;

/** The container of a login form that is not a <form> and not in .notion-login. */
export const formContainer = [
  '[role="main"]', // seen: login-b, signup-b
  'main', // seen: every fixture but login-b, signup-b, elsewhere-login
  '[role="dialog"]', // seen: share-a/b/d, share-public, people-a/b, generic-a/b, account-*, export-*, password-settings-*
] as const;

// ---- language-independent cues (docs/notion-ui.md#detection-cues-per-surface) ------------------------------

/**
 * The globe icon of General access's web option and of a public page's access button. Notion names its SVG
 * icons by class (docs/notion-ui.md#icons: svg.gear seen 2026); the globe's class name is inferred.
 */
export const webIcon = [
  'svg.globe', // no fixture: inferred from Notion's icon naming; not seen on this menu
] as const;

// ---- the cards' fixes (docs/notion-ui.md#card-fixes; used by fix-controls.ts) ----------------------------

/** An invitee chip's own remove (×) control, or a chip that is itself one (labelled "Remove …"). */
export const chipRemove = [
  '[aria-label^="Remove"]', // seen: share-a/b, share-public, people-a/b, generic-a/b (fixture chips; Notion's chip DOM is not in any source)
  '[aria-label^="Delete"]', // no fixture: the other common label of a chip's × button
] as const;

/** A choice in a menu Notion has just opened: General access options, a person's level menu ("Remove"). */
export const popupChoice = [
  '[role="menuitem"]', // no fixture: docs/notion-ui.md#app-shell (menu items)
  '[role="option"]', // no fixture: docs/notion-ui.md#app-shell (dropdown items)
  '[role="menuitemradio"]', // no fixture: the ARIA role for a one-of menu choice
  '[role="presentation"]', // seen: share-* (General access options, docs/notion-ui.md#general-access; publish switch rows)
] as const;

/** The sidebar's "Settings" entry, which opens the Settings modal (docs/notion-ui.md#settings-modal). */
export const settingsOpener = [
  '.notion-sidebar [role="button"]', // no fixture: NotionPP and notion-enhancer open Settings from the sidebar
  '[role="menuitem"]', // no fixture: the workspace menu's Settings item
] as const;

/** The Settings tab of the user's own account ("My account"/"{your name}"); its test id is a guess. */
export const accountTab = [
  '[data-testid="settings-tab-account"]', // seen: account-*, password-settings-a (fixtures only; docs/notion-ui.md#settings-modal: the real id is unknown)
  '[id="settings-tab-account"]', // seen: password-settings-b (fixture only): the id form of the same tab (from 2026-02)
] as const;

// ---- coverage triggers (runtime/coverage.ts; docs/notion-ui.md#share-menu) -------------------------------
// The press that should open a surface, found by its own cues, never by the surface's: when the share
// menu is not recognised after the topbar's Share button was pressed, share coaching is blind.

/** Notion's topbar (docs/notion-ui.md#app-shell). */
export const topbar = [
  '.notion-topbar', // seen: share-a/c, share-public, share-blind, people-a/c, generic-a/c, export-a, heavy
] as const;

/** The topbar's Share button by its hook class (its aria-label/text "Share" is the other cue, in coverage.ts). */
export const topbarShare = [
  '.notion-topbar-share-menu', // seen: share-a/c, share-public, share-blind, heavy
] as const;

/**
 * Every list above by its name: what a policy's selector overrides may extend (dom.ts). Spelled out rather
 * than read off the module's namespace, which would make the bundle build a getter object for it on every
 * Notion page (test/content/notion/dom-overrides.test.ts checks that no list is missing here).
 */
export const BY_NAME: Readonly<Record<string, readonly string[]>> = {
  overlayContainer, dialog, darkTheme, lightTheme, sidebarSwitcher, hidden,
  inert, button, menuItem, submitControl, submitFallback, tab,
  tabPanel, switchControl, switchRow, menuOption, emailInput, usernameInput,
  textInput, passwordInput, codeInput, formField, editable, typingField,
  surfaceHint, accessRow, settings, settingsTab, heading, deviceList,
  deviceRow, loginContainer, formContainer, webIcon, chipRemove, popupChoice,
  settingsOpener, accountTab, topbar, topbarShare,
};
