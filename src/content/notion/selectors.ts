// Named selectors, semantic first (roles/aria → input types → notion-* hook classes). Never hashed
// (StyleX "x…") classes or nth-child paths (docs/notion-ui.md#stability). Facts and confidence: docs/notion-ui.md.

export const SEL = {
  /** Dialogs and overlays: role=dialog, aria-modal, Notion's overlay container (docs/notion-ui.md#app-shell, stable since 2020). */
  dialog: '[role="dialog"], [role="alertdialog"], [aria-modal="true"], .notion-dialog, .notion-overlay-container [data-overlay]',
  overlayContainer: '.notion-overlay-container',
  /** The Settings modal (docs/notion-ui.md#settings-modal). */
  settings: '.notion-space-settings',
  /** Settings tabs: data-testid="settings-tab-<id>" (2026) or id="settings-tab-<id>" (2026-02) (docs/notion-ui.md#settings-modal). */
  settingsTab: '[data-testid^="settings-tab-"], [id^="settings-tab-"]',
  /** Email-taking inputs: type=email (docs/notion-ui.md#share-menu), autocomplete=email, or a text input labelled for people/emails. */
  emailInput: 'input[type="email"], input[autocomplete~="email"]',
  // Inputs only: Notion's editor blocks are contenteditable, and invite fields are <input> (docs/notion-ui.md#editor-and-paste).
  textInput: 'input[type="text"], input[type="search"], input:not([type])',
  /** Buttons: Notion uses div[role=button] more than <button> (docs/notion-ui.md#app-shell). */
  button: '[role="button"], button, [role="menuitem"]',
  tab: '[role="tab"]',
  /** Switches: input[type=checkbox][role=switch] (docs/notion-ui.md#publish-panel), or any role=switch. */
  switch: '[role="switch"], input[type="checkbox"]',
  /** General-access options render as role=presentation rows (docs/notion-ui.md#general-access), or menuitem/option. */
  menuOption: '[role="presentation"], [role="menuitem"], [role="menuitemradio"], [role="option"]',
  /** Topbar share button (docs/notion-ui.md#share-menu). */
  topbarShare: '.notion-topbar-share-menu, [role="button"][aria-label="Share"]',
} as const;
