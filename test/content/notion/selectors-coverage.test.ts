// @vitest-environment jsdom
// Every alternative of every selector list in src/content/notion/selectors.ts, counted on every fixture in
// test/fixtures/notion/ with all its parts open (each <template> put where the fixture's script puts it).
// TABLE states which fixtures each alternative must match and how many times; an alternative that matches
// no fixture must be listed as unseen(reason) — kept on purpose for a Notion DOM no fixture has — so a
// dead alternative (or a changed count) fails here instead of going unnoticed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as SEL from '../../../src/content/notion/selectors';
import { FIXTURES, loadFixture } from './fixtures';

type Lists = Omit<typeof SEL, 'BY_NAME'>; // BY_NAME is the lists again, by name
type Unseen = { unseen: string };
const unseen = (reason: string): Unseen => ({ unseen: reason });
/** Per list, per alternative: "fixture:count …" (fixture names without .html), or unseen(reason). */
type Table = { [K in keyof Lists]: { [A in Lists[K][number]]: string | Unseen } };

const TABLE: Table = {
  overlayContainer: {
    '.notion-overlay-container': 'account-a:1 account-c:1 export-a:1 generic-a:1 generic-c:1 heavy:1 page-a:1 password-settings-a:1 people-a:1 people-c:1 people-fr:1 people-it:1 people-ja:1 people-ko:1 people-zh-cn:1 share-a:1 share-c:1 share-fr:1 share-it:1 share-ja:1 share-ko:1 share-public:1 share-zh-cn:1',
  },
  dialog: {
    '[role="dialog"]': 'account-a:1 account-b:1 account-c:1 export-a:1 export-b:1 generic-a:1 generic-b:1 password-settings-a:2 password-settings-b:2 people-a:2 people-b:2 people-fr:2 people-it:2 people-ja:2 people-ko:2 people-zh-cn:2 share-a:1 share-b:1 share-d:1 share-fr:1 share-it:1 share-ja:1 share-ko:1 share-public:1 share-zh-cn:1',
    '[role="alertdialog"]': unseen("ARIA's role for a confirmation dialog; none of Notion's confirmations is captured"),
    '[aria-modal="true"]': 'account-a:1 account-b:1 account-c:1 generic-a:1 generic-b:1 password-settings-a:2 password-settings-b:2 people-a:2 people-b:2 people-fr:2 people-it:2 people-ja:2 people-ko:2 people-zh-cn:2',
    '.notion-dialog': 'account-a:1 account-c:1 generic-a:1 password-settings-a:2 people-a:2 people-c:1 people-fr:2 people-it:2 people-ja:2 people-ko:2 people-zh-cn:2',
    '.notion-overlay-container [data-overlay]': unseen('overlay layers carry data-overlay in one 2024 source (docs/notion-ui.md#app-shell)'),
  },
  darkTheme: {
    'body.dark': 'generic-c:1 people-c:1 share-c:1',
    '.notion-dark-theme': 'generic-c:1 people-c:1 share-c:1',
  },
  lightTheme: {
    '.notion-light-theme': 'account-a:1 account-c:1 generic-a:1 heavy:1 login-a:1 login-fr:1 login-it:1 login-ja:1 login-ko:1 login-zh-cn:1 page-a:1 password-settings-a:1 people-a:1 people-fr:1 people-it:1 people-ja:1 people-ko:1 people-zh-cn:1 share-a:1 share-blind:1 share-fr:1 share-it:1 share-ja:1 share-ko:1 share-public:1 share-zh-cn:1 signup-a:1',
  },
  sidebarSwitcher: {
    '.notion-sidebar-switcher': 'password-settings-a:1',
  },
  hidden: {
    '[hidden]': 'login-a:1 login-fr:1 login-it:1 login-ja:1 login-ko:1 login-zh-cn:1 share-a:2 share-b:2 share-blind:1 share-c:2 share-d:2 share-fr:2 share-it:2 share-ja:2 share-ko:2 share-public:2 share-zh-cn:2 signup-a:1',
    '[aria-hidden="true"]': unseen('how modal libraries hide the page behind a dialog; no fixture has one'),
  },
  inert: {
    '[inert]': unseen('the HTML attribute for a step or page that cannot be used yet'),
  },
  button: {
    '[role="button"]': 'account-a:6 account-b:4 account-c:4 export-a:4 export-b:4 generic-a:5 generic-b:2 generic-c:4 heavy:1 login-a:5 login-b:3 login-fr:5 login-it:5 login-ja:5 login-ko:5 login-zh-cn:5 password-settings-a:6 password-settings-b:4 people-a:5 people-b:5 people-c:4 people-fr:5 people-it:5 people-ja:5 people-ko:5 people-zh-cn:5 published-b:1 share-a:8 share-b:8 share-blind:1 share-c:7 share-d:7 share-fr:8 share-it:8 share-ja:8 share-ko:8 share-public:8 share-zh-cn:8 signup-a:2 signup-b:1',
    'button': 'elsewhere-login:1 generic-b:3 published-a:1 published-c:1',
    '[role="menuitem"]': unseen('menu items are pressable (docs/notion-ui.md#app-shell); no fixture opens a menu'),
  },
  menuItem: {
    '[role="menuitem"]': unseen("the ⋯ menu's Export item (docs/notion-ui.md#export); export-* open the dialog by a button"),
  },
  submitControl: {
    'button': 'elsewhere-login:1 generic-b:3 published-a:1 published-c:1',
    '[role="button"]': 'account-a:6 account-b:4 account-c:4 export-a:4 export-b:4 generic-a:5 generic-b:2 generic-c:4 heavy:1 login-a:5 login-b:3 login-fr:5 login-it:5 login-ja:5 login-ko:5 login-zh-cn:5 password-settings-a:6 password-settings-b:4 people-a:5 people-b:5 people-c:4 people-fr:5 people-it:5 people-ja:5 people-ko:5 people-zh-cn:5 published-b:1 share-a:8 share-b:8 share-blind:1 share-c:7 share-d:7 share-fr:8 share-it:8 share-ja:8 share-ko:8 share-public:8 share-zh-cn:8 signup-a:2 signup-b:1',
    'input[type="submit"]': unseen("a plain HTML form's submit; Notion's are div[role=button]"),
  },
  submitFallback: {
    'button[type="submit"]': 'elsewhere-login:1 published-a:1 published-c:1',
    'input[type="submit"]': unseen("a plain HTML form's submit; Notion's are div[role=button]"),
  },
  tab: {
    '[role="tab"]': 'account-a:3 account-b:3 account-c:3 password-settings-a:2 password-settings-b:2 people-a:4 people-b:5 people-c:3 people-fr:4 people-it:4 people-ja:4 people-ko:4 people-zh-cn:4 share-a:2 share-b:2 share-c:2 share-d:2 share-fr:2 share-it:2 share-ja:2 share-ko:2 share-public:2 share-zh-cn:2',
  },
  tabPanel: {
    '[role="tabpanel"]': 'account-a:1 account-b:1 account-c:1 password-settings-a:1 password-settings-b:1 people-a:1 people-b:1 people-c:1 people-fr:1 people-it:1 people-ja:1 people-ko:1 people-zh-cn:1',
  },
  switchControl: {
    '[role="switch"]': 'export-a:1 export-b:1 share-a:3 share-b:3 share-c:3 share-d:3 share-fr:3 share-it:3 share-ja:3 share-ko:3 share-public:3 share-zh-cn:3',
    'input[type="checkbox"]': unseen('a toggle without role=switch (the seen one, docs/notion-ui.md#publish-panel, has it)'),
  },
  switchRow: {
    '[role="presentation"]': 'share-a:5 share-b:5 share-c:5 share-d:5 share-fr:5 share-it:5 share-ja:5 share-ko:5 share-public:5 share-zh-cn:5',
    'label': 'elsewhere-login:2 login-a:2 login-fr:2 login-it:2 login-ja:2 login-ko:2 login-zh-cn:2 password-settings-a:1 password-settings-b:2 signup-a:2',
  },
  menuOption: {
    '[role="presentation"]': 'share-a:5 share-b:5 share-c:5 share-d:5 share-fr:5 share-it:5 share-ja:5 share-ko:5 share-public:5 share-zh-cn:5',
    '[role="menuitem"]': unseen('dropdown items are menuitem or option (docs/notion-ui.md#app-shell); share-* render presentation rows'),
    '[role="menuitemradio"]': unseen('the ARIA role for a one-of choice; open question (docs/notion-ui.md#open-questions)'),
    '[role="option"]': unseen('dropdown items are menuitem or option (docs/notion-ui.md#app-shell)'),
  },
  emailInput: {
    'input[type="email"]': 'elsewhere-login:1 generic-c:1 login-a:1 login-fr:1 login-it:1 login-ja:1 login-ko:1 login-zh-cn:1 people-b:1 published-a:1 published-c:1 share-a:1 share-b:1 share-c:1 share-d:1 share-fr:1 share-it:1 share-ja:1 share-ko:1 share-public:1 share-zh-cn:1 signup-a:1 signup-b:1',
    'input[autocomplete~="email"]': 'login-a:1 login-fr:1 login-it:1 login-ja:1 login-ko:1 login-zh-cn:1',
  },
  usernameInput: {
    'input[autocomplete~="username"]': 'elsewhere-login:1 login-b:1',
  },
  textInput: {
    'input[type="text"]': 'generic-a:1 generic-b:1 login-b:1 password-settings-a:1 people-a:1 people-c:1 people-fr:1 people-it:1 people-ja:1 people-ko:1 people-zh-cn:1 published-b:1 share-blind:1',
    'input[type="search"]': unseen('a "Search names or emails" field typed as search (docs/notion-ui.md#people)'),
    'input:not([type])': unseen('an <input> with no type is a text input'),
  },
  passwordInput: {
    'input[type="password"]': 'elsewhere-login:1 login-a:1 login-b:1 login-fr:1 login-it:1 login-ja:1 login-ko:1 login-zh-cn:1 password-settings-a:3 password-settings-b:2 published-a:1 signup-a:1 signup-b:1',
    'input[autocomplete~="current-password"]': 'elsewhere-login:1 password-settings-a:1 published-b:1',
    'input[autocomplete~="new-password"]': 'password-settings-a:2 signup-b:1',
  },
  codeInput: {
    'input[type="tel"]': unseen('login-code fields are often tel (numeric keypad); the login fixtures use text'),
    'input[type="number"]': unseen('login-code fields may be number; the login fixtures use text'),
  },
  formField: {
    'input': 'elsewhere-login:2 generic-a:1 generic-b:1 generic-c:1 login-a:2 login-b:2 login-fr:2 login-it:2 login-ja:2 login-ko:2 login-zh-cn:2 password-settings-a:4 password-settings-b:2 people-a:1 people-b:1 people-c:1 people-fr:1 people-it:1 people-ja:1 people-ko:1 people-zh-cn:1 published-a:2 published-b:1 published-c:1 share-a:1 share-b:1 share-blind:1 share-c:1 share-d:1 share-fr:1 share-it:1 share-ja:1 share-ko:1 share-public:1 share-zh-cn:1 signup-a:2 signup-b:2',
    'textarea': unseen('a multi-line field is a form field, not page content'),
  },
  editable: {
    '[contenteditable="true"]': 'page-a:2 page-b:2',
    '[contenteditable=""]': unseen('the same as contenteditable="true" in HTML'),
    '[contenteditable="plaintext-only"]': unseen('an editable block that takes plain text only'),
  },
  typingField: {
    'textarea': unseen('a multi-line field'),
    '[contenteditable]:not([contenteditable="false"])': 'page-a:2 page-b:2',
    'input:not([type=checkbox],[type=radio],[type=button],[type=submit],[type=reset],[type=image])': 'elsewhere-login:2 generic-a:1 generic-b:1 generic-c:1 login-a:2 login-b:2 login-fr:2 login-it:2 login-ja:2 login-ko:2 login-zh-cn:2 password-settings-a:4 password-settings-b:2 people-a:1 people-b:1 people-c:1 people-fr:1 people-it:1 people-ja:1 people-ko:1 people-zh-cn:1 published-a:2 published-b:1 published-c:1 share-a:1 share-b:1 share-blind:1 share-c:1 share-d:1 share-fr:1 share-it:1 share-ja:1 share-ko:1 share-public:1 share-zh-cn:1 signup-a:2 signup-b:2',
  },
  surfaceHint: {
    'input': 'elsewhere-login:2 generic-a:1 generic-b:1 generic-c:1 login-a:2 login-b:2 login-fr:2 login-it:2 login-ja:2 login-ko:2 login-zh-cn:2 password-settings-a:4 password-settings-b:2 people-a:1 people-b:1 people-c:1 people-fr:1 people-it:1 people-ja:1 people-ko:1 people-zh-cn:1 published-a:2 published-b:1 published-c:1 share-a:1 share-b:1 share-blind:1 share-c:1 share-d:1 share-fr:1 share-it:1 share-ja:1 share-ko:1 share-public:1 share-zh-cn:1 signup-a:2 signup-b:2',
    '[role="dialog"]': 'account-a:1 account-b:1 account-c:1 export-a:1 export-b:1 generic-a:1 generic-b:1 password-settings-a:2 password-settings-b:2 people-a:2 people-b:2 people-fr:2 people-it:2 people-ja:2 people-ko:2 people-zh-cn:2 share-a:1 share-b:1 share-d:1 share-fr:1 share-it:1 share-ja:1 share-ko:1 share-public:1 share-zh-cn:1',
    '[role="tab"]': 'account-a:3 account-b:3 account-c:3 password-settings-a:2 password-settings-b:2 people-a:4 people-b:5 people-c:3 people-fr:4 people-it:4 people-ja:4 people-ko:4 people-zh-cn:4 share-a:2 share-b:2 share-c:2 share-d:2 share-fr:2 share-it:2 share-ja:2 share-ko:2 share-public:2 share-zh-cn:2',
    '[role="switch"]': 'export-a:1 export-b:1 share-a:3 share-b:3 share-c:3 share-d:3 share-fr:3 share-it:3 share-ja:3 share-ko:3 share-public:3 share-zh-cn:3',
    '.notion-overlay-container': 'account-a:1 account-c:1 export-a:1 generic-a:1 generic-c:1 heavy:1 page-a:1 password-settings-a:1 people-a:1 people-c:1 people-fr:1 people-it:1 people-ja:1 people-ko:1 people-zh-cn:1 share-a:1 share-c:1 share-fr:1 share-it:1 share-ja:1 share-ko:1 share-public:1 share-zh-cn:1',
  },
  accessRow: {
    '[role="row"]': 'people-a:3 people-b:3 people-fr:3 people-it:3 people-ja:3 people-ko:3 people-zh-cn:3',
    '[role="listitem"]': 'account-a:3',
    '[role="option"]': unseen('a suggestion row of the invite field; the access-list row DOM is inferred (docs/notion-ui.md#share-menu)'),
    '[role="menuitem"]': unseen('a person rendered as a menu item; the access-list row DOM is inferred (docs/notion-ui.md#share-menu)'),
  },
  settings: {
    '.notion-space-settings': 'account-a:1 account-c:1 password-settings-a:1 people-a:1 people-c:1 people-fr:1 people-it:1 people-ja:1 people-ko:1 people-zh-cn:1',
  },
  settingsTab: {
    '[data-testid^="settings-tab-"]': 'account-a:3 account-b:3 account-c:3 password-settings-a:2 people-a:4 people-b:3 people-fr:4 people-it:4 people-ja:4 people-ko:4 people-zh-cn:4',
    '[id^="settings-tab-"]': 'password-settings-b:2',
  },
  heading: {
    'h1': 'account-a:1 account-b:1 account-c:1 elsewhere-login:1 export-a:1 export-b:1 generic-a:1 generic-b:1 generic-c:1 login-a:1 login-b:1 login-fr:1 login-it:1 login-ja:1 login-ko:1 login-zh-cn:1 page-a:1 page-b:1 password-settings-a:1 password-settings-b:1 people-a:1 people-b:1 people-c:1 people-fr:1 people-it:1 people-ja:1 people-ko:1 people-zh-cn:1 published-a:1 published-b:1 published-c:1 share-a:1 share-b:1 share-blind:1 share-c:1 share-d:1 share-fr:1 share-it:1 share-ja:1 share-ko:1 share-public:1 share-zh-cn:1 signup-a:1 signup-b:1',
    'h2': 'account-a:1 account-b:1 account-c:1 export-a:1 export-b:1 password-settings-a:1 password-settings-b:1 people-a:1 people-b:1 people-c:1 people-fr:1 people-it:1 people-ja:1 people-ko:1 people-zh-cn:1 published-a:1 published-c:1',
    'h3': 'account-a:1 password-settings-a:1 password-settings-b:1 people-a:2 people-c:2 people-fr:2 people-it:2 people-ja:2 people-ko:2 people-zh-cn:2',
    '[role="heading"]': unseen('a heading drawn with a div'),
  },
  deviceList: {
    '[role="list"]': 'account-a:1',
    '[role="table"]': 'people-a:2 people-b:2 people-fr:2 people-it:2 people-ja:2 people-ko:2 people-zh-cn:2',
  },
  deviceRow: {
    '[role="listitem"]': 'account-a:3',
    '[role="row"]': 'people-a:3 people-b:3 people-fr:3 people-it:3 people-ja:3 people-ko:3 people-zh-cn:3',
  },
  loginContainer: {
    '.notion-login': 'login-a:1 login-fr:1 login-it:1 login-ja:1 login-ko:1 login-zh-cn:1 signup-a:1',
  },
  formContainer: {
    '[role="main"]': 'login-b:1 signup-b:1',
    'main': 'account-a:1 account-b:1 account-c:1 export-a:1 export-b:1 generic-a:1 generic-b:1 generic-c:1 heavy:1 login-a:1 login-fr:1 login-it:1 login-ja:1 login-ko:1 login-zh-cn:1 page-a:1 page-b:1 password-settings-a:1 password-settings-b:1 people-a:1 people-b:1 people-c:1 people-fr:1 people-it:1 people-ja:1 people-ko:1 people-zh-cn:1 published-a:1 published-b:1 published-c:1 share-a:1 share-b:1 share-blind:1 share-c:1 share-d:1 share-fr:1 share-it:1 share-ja:1 share-ko:1 share-public:1 share-zh-cn:1 signup-a:1',
    '[role="dialog"]': 'account-a:1 account-b:1 account-c:1 export-a:1 export-b:1 generic-a:1 generic-b:1 password-settings-a:2 password-settings-b:2 people-a:2 people-b:2 people-fr:2 people-it:2 people-ja:2 people-ko:2 people-zh-cn:2 share-a:1 share-b:1 share-d:1 share-fr:1 share-it:1 share-ja:1 share-ko:1 share-public:1 share-zh-cn:1',
  },
  webIcon: {
    'svg.globe': unseen("inferred from Notion's icon naming (svg.gear seen); the share menu's icons were not captured"),
  },
  chipRemove: {
    '[aria-label^="Remove"]': 'generic-a:1 generic-b:1 people-a:1 people-b:1 share-a:1 share-b:1 share-public:1',
    '[aria-label^="Delete"]': unseen("the other common label of a chip's × button; the fixtures' chips say Remove"),
  },
  popupChoice: {
    '[role="menuitem"]': unseen('menu items of a menu Notion opens (docs/notion-ui.md#app-shell); the fixtures build theirs in script'),
    '[role="option"]': unseen('dropdown items (docs/notion-ui.md#app-shell); no fixture has a listbox'),
    '[role="menuitemradio"]': unseen("the ARIA role for a one-of menu choice; not seen in Notion's DOM"),
    '[role="presentation"]': 'share-a:5 share-b:5 share-c:5 share-d:5 share-fr:5 share-it:5 share-ja:5 share-ko:5 share-public:5 share-zh-cn:5',
  },
  settingsOpener: {
    '.notion-sidebar [role="button"]': unseen("the sidebar's Settings entry; no fixture has a sidebar"),
    '[role="menuitem"]': unseen("the workspace menu's Settings item; no fixture opens that menu"),
  },
  accountTab: {
    '[data-testid="settings-tab-account"]': 'account-a:1 account-b:1 account-c:1 password-settings-a:1',
    '[id="settings-tab-account"]': 'password-settings-b:1',
  },
  topbar: {
    '.notion-topbar': 'export-a:1 generic-a:1 generic-c:1 heavy:1 people-a:1 people-c:1 people-fr:1 people-it:1 people-ja:1 people-ko:1 people-zh-cn:1 share-a:1 share-blind:1 share-c:1 share-fr:1 share-it:1 share-ja:1 share-ko:1 share-public:1 share-zh-cn:1',
  },
  topbarShare: {
    '.notion-topbar-share-menu': 'heavy:1 share-a:1 share-blind:1 share-c:1 share-fr:1 share-it:1 share-ja:1 share-ko:1 share-public:1 share-zh-cn:1',
  },
};

/** Puts each <template> of the loaded fixture where fake-notion.js, fake-login.js and fake-export.js put it. */
function openEverything(): void {
  const place: [string, (el: Element) => void][] = [
    ['fx-share', (el) => overlay().append(el)],
    ['fx-people', (el) => (document.querySelector('[data-fx=settings]') ?? overlay()).append(el)],
    ['fx-access-menu', (el) => document.querySelector('[data-fx=access-button]')?.after(el)],
    ['fx-password-dialog', (el) => overlay().append(el)],
    ['fx-export', (el) => overlay().append(el)],
    ['fx-secret', (el) => document.querySelector('[data-fx=secret-slot]')?.append(el)],
    ['fx-chip', (el) => document.querySelector('[data-fx=invite-input]')?.before(el)],
  ];
  for (const [id, put] of place) {
    const t = document.getElementById(id);
    const el = t instanceof HTMLTemplateElement ? t.content.firstElementChild?.cloneNode(true) : undefined;
    if (el instanceof Element) put(el);
  }
}
const overlay = (): Element => document.querySelector('[data-fx=overlay]') ?? document.body;

/** The lists by name (a plain object: a namespace is not indexed by a computed name). */
const { BY_NAME: _byName, ...LISTS }: typeof SEL = { ...SEL };
const NAMES = Object.keys(LISTS).sort() as (keyof Lists)[];
const FIXTURE_FILES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .sort();
/** list → alternative → "fixture:count …" as measured. */
const measured = new Map<string, Map<string, string>>();

beforeAll(() => {
  const hits = new Map<string, string[]>();
  for (const file of FIXTURE_FILES) {
    loadFixture(file);
    openEverything();
    for (const name of NAMES) {
      for (const alt of LISTS[name]) {
        const n = document.querySelectorAll(alt).length;
        const key = `${name}\n${alt}`;
        if (n) hits.set(key, [...(hits.get(key) ?? []), `${file.replace(/\.html$/, '')}:${n}`]);
      }
    }
  }
  for (const name of NAMES) {
    measured.set(name, new Map(LISTS[name].map((alt) => [alt, (hits.get(`${name}\n${alt}`) ?? []).join(' ')])));
  }
}, 60_000); // ~50 fixtures in jsdom: seconds on a loaded 2-core machine

describe('selector coverage on the fixtures', () => {
  it('the table lists exactly the lists and alternatives of selectors.ts, each alternative once per list', () => {
    expect(Object.keys(TABLE).sort()).toEqual(NAMES);
    for (const name of NAMES) {
      const alts: readonly string[] = LISTS[name];
      expect(Object.keys(TABLE[name]), name).toEqual([...alts]);
      expect(new Set(alts).size, `${name} repeats an alternative`).toBe(alts.length);
    }
  });

  it.each(NAMES)('%s: each alternative matches the fixtures the table names, as many times', (name) => {
    const want: Record<string, string> = {};
    const got: Record<string, string> = {};
    for (const [alt, row] of Object.entries(TABLE[name] as Record<string, string | Unseen>)) {
      const seen = measured.get(name)!.get(alt)!;
      if (typeof row === 'string') {
        want[alt] = row;
        got[alt] = seen || 'DEAD: matches no fixture (fix it, drop it, or list it as unseen with a reason)';
      } else {
        expect(row.unseen.length, `${name} ${alt}: say why it is kept`).toBeGreaterThan(10);
        want[alt] = 'unseen';
        got[alt] = seen ? `now seen (${seen}): give its counts instead of unseen` : 'unseen';
      }
    }
    expect(got).toEqual(want);
  });

  it('every list is used by an adapter', () => {
    const dir = join(FIXTURES, '../../../src/content');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('selectors.ts'));
    const code = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const unused = NAMES.filter((name) => !new RegExp(`\\bSEL\\.${name}\\b`).test(code));
    expect(unused, `not used under ${relative(process.cwd(), dir)}`).toEqual([]);
  });
});
