// Notion's own words, per UI language, for the few text anchors detection uses (docs/notion-ui.md#ui-languages).
// Text is the last cue: every surface is found by structure first (docs/notion-ui.md#detection-cues-per-surface).
// Data only, kept small because English ships in the script on every Notion page (the other languages in
// the lazy `texts` part, text-table-langs.ts): one string per cell, wordings
// separated by "|", '' = "structure only" (no wording worth matching). Long phrases that were only inferred
// (a guessed "Send invite", "Publish to web", "Copy site link", "Unpublish") are left out on purpose where
// structure finds the same control (docs/notion-ui.md#detection-cues-per-surface); they stay in
// docs/research/notion-ui-languages.md, and an admin can add them back with setTextOverrides. Where each wording comes from (seen /
// inferred, with its source id from docs/research/notion-ui-languages.md) is in text-provenance.ts, which
// the tests hold in step with this table and which is not shipped.
//
// Keys are the meaning of Notion's own message keys (from its zh/ko bundles); where Notion's key is not
// known (a feature newer than every bundle found) the key is named after its meaning, marked "(no key)".

export const ANCHOR_KEYS = [
  /** Invite button of the share menu and of Settings → People ("Invite", "Send invite"). Exact. */
  'shareMenu.inviteButton',
  /** Words of an email-taking field's placeholder / label ("email", "add people"). Contained. */
  'shareMenu.inviteTargetsInput.placeholder',
  /** The share menu's Share tab / the dialog's name. Exact. */
  'shareMenu.shareTab.title',
  /** The share menu's Publish tab. Exact. */
  'shareMenu.publishTab.title',
  /** The Publish button ("Publish", "Publish to web"). Exact. */
  'publishTab.publishToWeb.button',
  /** General access → the web option ("Anyone on the web with link"): its "web" stem. Contained. */
  'publicShareLinkItem.menuItem.title',
  /** "Copy site link" on a published page (no key: newer than the bundles). Exact. */
  'publishSite.copySiteLink',
  /** "Unpublish". Exact. */
  'publishTab.settings.liveOnWeb.unpublish',
  /** "This page is live on …". Contained. */
  'publishTab.settings.liveOnWeb.title',
  /** Publish switches, by their stems. Contained. */
  'pagePermissionItem.allowSearchEngines.setting',
  'pagePermissionItem.allowEdits.setting',
  'pagePermissionItem.allowDuplicateTemplate.setting',
  'pagePermissionItem.allowComments.setting',
] as const;

export type AnchorKey = (typeof ANCHOR_KEYS)[number];

/** Anchors compared whole (after normalising); the others match when the text contains a wording. */
export const EXACT: readonly AnchorKey[] = [
  'shareMenu.inviteButton',
  'shareMenu.shareTab.title',
  'shareMenu.publishTab.title',
  'publishTab.publishToWeb.button',
  'publishSite.copySiteLink',
  'publishTab.settings.liveOnWeb.unpublish',
];

/** The table's languages, as texts.ts normalises `<html lang>` (Notion's 15 UI languages). */
export const TABLE_LANGS = ['en', 'da', 'de', 'es', 'es-LA', 'fi', 'fr', 'ja', 'ko', 'nb', 'nl', 'pt', 'sv', 'zh-CN', 'zh-TW'] as const;
export type TableLang = (typeof TABLE_LANGS)[number];

export type Row = Record<AnchorKey, string>;

// Cells in ANCHOR_KEYS order. Lower case is not required: texts.ts normalises both sides.
export const row = (...cells: string[]): Row => Object.fromEntries(ANCHOR_KEYS.map((k, i) => [k, cells[i] ?? ''])) as Row;

/**
 * English: in the script on every Notion page (English always counts, and is the fallback for every
 * language). The other fourteen languages are in text-table-langs.ts, which the lazy `texts` part brings
 * when a page in another language (or none) asks for them (texts.ts): ~1.3 kB gzip that English pages do
 * not carry.
 */
export const EN_ROW: Row = row(
  'Invite|Send invite|Send invites|Invite people',
  'email|e-mail|add people|invite',
  'Share',
  'Publish|Share to web|Publish to web',
  'Publish|Publish to web|Share to web|Publish site',
  'anyone on the web',
  'Copy site link|Copy web link',
  'Unpublish',
  'this page is live on',
  'search engine|indexing|allow search',
  'allow edit|can edit',
  'duplicate|template',
  'allow comment',
  );

export type LanguageRows = Partial<Record<TableLang, Row>>;
interface LanguageSlot {
  rows?: LanguageRows;
  /** Bumped when rows arrive (texts.ts drops its cache). */
  version: number;
  load?: () => void;
}
// On the isolated world's global object, as the detection overrides are: every copy of this module (the
// every-page script's and each lazy part's) reads the same rows.
const SLOT = Symbol.for('srm-coach.text-table-languages');
const slot = (): LanguageSlot => {
  const g = globalThis as unknown as Record<symbol, LanguageSlot | undefined>;
  return (g[SLOT] ??= { version: 0 });
};

/** The row of `lang` when it is here; for another language than English, asks for the rows (once loaded, they stay). */
export function rowOf(lang: TableLang): Row | undefined {
  if (lang === 'en') return EN_ROW;
  const s = slot();
  const row = s.rows?.[lang];
  if (!row) s.load?.();
  return row;
}
/** How the other languages' rows are fetched (the every-page runtime: the `texts` part, content/runtime/start.ts). */
export function setLanguageLoader(load: (() => void) | undefined): void {
  slot().load = load;
}
/** The `texts` part hands the rows over (parts/texts.iife.ts). */
export function provideLanguageRows(rows: LanguageRows): void {
  const s = slot();
  s.rows = { ...s.rows, ...rows };
  s.version++;
}
/** Changes whenever rows arrive. */
export const languagesVersion = (): number => slot().version;
/** Tests only: as before any rows arrived. */
export function resetLanguageRowsForTests(): void {
  const s = slot();
  s.rows = undefined;
  s.load = undefined;
  s.version++;
}
