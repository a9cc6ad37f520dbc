// Where each wording of text-table.ts comes from. Not imported by the content script (nothing ships it);
// test/content/notion/text-table.test.ts holds it in step with the table, cell by cell and wording by wording.
//
// A cell lists one status per wording of the same cell in text-table.ts, separated by "|":
//   "s:<source id>"  seen: the exact wording is in that source,
//   "i"              inferred: our best translation (a soft signal, used only on a surface structure found),
//   "-"              structure only: the table cell is '' and the surface is detected without text.
// Source ids are those of docs/research/notion-ui-languages.md ("Sources"); EN = the English facts of
// docs/notion-ui.md (#share-menu, #general-access, #publish-panel, #people).

import { ANCHOR_KEYS, type AnchorKey, type TableLang } from './text-table';

type Row = Record<AnchorKey, string>;
const row = (...cells: string[]): Row => Object.fromEntries(ANCHOR_KEYS.map((k, i) => [k, cells[i] ?? '?'])) as Row;

export const TEXT_PROVENANCE: Record<TableLang, Row> = {
  en: row(
    's:EN|s:EN|i|i', // Invite (share menu) and Send invite (People) seen; plurals and "Invite people" are older variants kept
    's:EN|i|s:EN|s:EN', // "email" in both placeholders; "add people" (share), "invite"
    's:EN', // Share (button aria-label; the tab by the key's meaning)
    's:EN|s:EN|s:EN', // Publish tab; "Share to web"/"Publish to web" are history (docs/notion-ui.md#publish-panel)
    's:EN|s:EN|s:EN|i',
    's:EN', // Anyone on the web with link (exact text confirmed live 2026-09-02 in EN's source)
    's:EN|s:EN', // Copy site link; "Copy web link" in a 2026 guide
    'i', // Unpublish: the key's meaning, not seen
    'i', // "This page is live on" inferred from Notion's clones and the zh banner
    's:EN|s:EN|s:EN',
    's:EN|s:EN',
    's:EN|s:EN',
    's:EN',
  ),
  'zh-CN': row('s:B-zh24|s:B-zh24', 's:B-zh24|s:B-zh24', 's:B-zh24', 's:B-zh24', 's:B-zh24|s:B-zh24', 'i', '-', 's:B-zh24', 's:EN', 's:B-zh24', 's:B-zh24', 's:B-zh24', 's:B-zh24'),
  'zh-TW': row('s:B-zh24|s:B-zh24', 's:B-zh24|s:B-zh24', 's:B-zh24', 's:B-zh24|i', 's:B-zh24|i|s:B-zh24', 'i', '-', 's:B-zh24', 's:B-zh24', 's:B-zh24', 's:B-zh24', 's:B-zh24', 's:B-zh24'),
  ko: row('s:B-ko23|s:B-ko23', 's:B-ko23', 's:B-ko23', 's:B-ko23', 'i|s:B-ko23', 'i', '-', 's:B-ko23', 's:B-ko23', 's:B-ko23', 's:B-ko23', 's:B-ko23', 's:B-ko23'),
  ja: row('s:H-ja1', 's:H-ja2|s:T-ja3', 's:H-ja1', 's:T-ja1', 's:T-ja1|s:T-ja1', 'i|i', '-', '-', '-', 'i', 's:T-ja1', 'i', 'i'),
  fr: row('s:H-fr1', 's:H-fr3', 's:H-fr1', 's:H-fr2', 'i', 'i', '-', '-', '-', 'i|i', 'i', 'i', 'i'),
  de: row('s:H-de2', 's:H-de1', 'i', 'i', 'i', 'i', '-', '-', '-', 'i', 'i', 'i', 'i'),
  es: row('s:H-es1', 's:H-es1', 's:H-es1', 'i', 'i', 'i', '-', '-', '-', 'i', 'i', 'i', 'i'),
  'es-LA': row('s:H-es2', 'i', 's:H-es2', 's:H-es2', 'i', 'i', '-', '-', '-', 'i', 'i', 'i', 'i'),
  pt: row('s:H-pt1', 's:H-pt1', 's:T-pt1', 'i', 'i', 'i', '-', '-', '-', 'i', 'i', 'i', 'i'),
  nl: row('i', 'i', 'i', 'i', 'i', '-', '-', '-', '-', 'i', 'i', 'i', 'i|i'),
  da: row('i', 'i', 'i', 'i|i', 'i|i', '-', '-', '-', '-', 'i', 'i', 'i', 'i'),
  sv: row('i', 'i', 'i', 'i', 'i', '-', '-', '-', '-', 'i', 'i', 'i', 'i'),
  nb: row('i', 'i', 'i', 'i', 'i', '-', '-', '-', '-', 'i', 'i', 'i', 'i'),
  fi: row('i', 'i', 'i', 'i', 'i', '-', '-', '-', '-', 'i', 'i', 'i|i', 'i|i'),
};
