// Named selectors, semantic first (roles/aria → input types → notion-* hook classes). Never hashed
// (StyleX "x…") classes or nth-child paths. Facts and confidence: shared/notion-ui.md (section noted).

export const SEL = {
  /** Dialogs and overlays: role=dialog (§3.2 SAW), aria-modal, Notion's overlay container (§2 SAW, stable since 2020). */
  dialog: '[role="dialog"], [role="alertdialog"], [aria-modal="true"], .notion-dialog, .notion-overlay-container [data-overlay]',
  overlayContainer: '.notion-overlay-container',
  /** The Settings modal (§6 SAW). */
  settings: '.notion-space-settings',
  /** Settings tabs: data-testid="settings-tab-<id>" (2026) or id="settings-tab-<id>" (2026-02) (§6 SAW). */
  settingsTab: '[data-testid^="settings-tab-"], [id^="settings-tab-"]',
  /** Email-taking inputs: type=email (§3.2 SAW), autocomplete=email, or a text input labelled for people/emails. */
  emailInput: 'input[type="email"], input[autocomplete~="email"]',
  // Inputs only: Notion's editor blocks are contenteditable, and invite fields are <input> (§3.2 SAW).
  textInput: 'input[type="text"], input[type="search"], input:not([type])',
  /** Buttons: Notion uses div[role=button] more than <button> (§5.2 SAW). */
  button: '[role="button"], button, [role="menuitem"]',
  tab: '[role="tab"]',
  /** Switches: input[type=checkbox][role=switch] (§4 SAW), or any role=switch. */
  switch: '[role="switch"], input[type="checkbox"]',
  /** General-access options render as role=presentation rows (§3.2 SAW), or menuitem/option. */
  menuOption: '[role="presentation"], [role="menuitem"], [role="menuitemradio"], [role="option"]',
  /** Topbar share button (§3.1 SAW). */
  topbarShare: '.notion-topbar-share-menu, [role="button"][aria-label="Share"]',
} as const;
