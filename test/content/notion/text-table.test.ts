// The per-language text table (src/content/notion/text-table.ts) tested like code: every Notion UI language
// has a cell for every anchor (a wording or an explicit "structure only"), every wording is marked seen or
// inferred in text-provenance.ts, a seen one names a source the research file lists; plus the matcher's
// normalisation, the page-language mapping and the admin overrides hook.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ANCHOR_KEYS, EXACT, TABLE_LANGS, provideLanguageRows, resetLanguageRowsForTests, setLanguageLoader } from '../../../src/content/notion/text-table';
import { OTHER_LANGUAGES, TEXT_TABLE } from '../../../src/content/notion/text-table-langs';
import { TEXT_PROVENANCE } from '../../../src/content/notion/text-provenance';
import { TEXT_OVERRIDE_KEYS, setTextOverrides } from '../../../src/content/notion/text-overrides';
import { normText, saysAnchor, tableLang, wordings } from '../../../src/content/notion/texts';

const RESEARCH = readFileSync(resolve(__dirname, '../../../docs/research/notion-ui-languages.md'), 'utf8');
/** Source ids of the research file's "Sources" table (| B-zh24 | …), plus EN (the English facts of docs/notion-ui.md). */
const SOURCE_IDS = new Set(['EN', ...[...RESEARCH.matchAll(/^\| ([A-Z]+-[a-z0-9]+) \|/gm)].map((m) => m[1]!)]);

describe('text table', () => {
  it("covers Notion's 15 UI languages, each with its own table (es-ES and es-LA apart, zh-CN and zh-TW apart)", () => {
    expect([...TABLE_LANGS].sort()).toEqual(['da', 'de', 'en', 'es', 'es-LA', 'fi', 'fr', 'ja', 'ko', 'nb', 'nl', 'pt', 'sv', 'zh-CN', 'zh-TW']);
    expect(Object.keys(TEXT_TABLE).sort()).toEqual([...TABLE_LANGS].sort());
    expect(Object.keys(TEXT_PROVENANCE).sort()).toEqual([...TABLE_LANGS].sort());
  });

  it('the research file lists the sources the provenance cites', () => {
    expect(SOURCE_IDS.size).toBeGreaterThan(20);
    for (const id of ['B-zh24', 'B-ko23', 'H-ja1', 'H-fr1', 'T-ja1']) expect(SOURCE_IDS).toContain(id);
  });

  describe.each(TABLE_LANGS)('%s', (lang) => {
    it.each(ANCHOR_KEYS)('%s: a wording or an explicit "structure only", each wording seen (with its source) or inferred', (key) => {
      const cell = TEXT_TABLE[lang][key];
      const marks = TEXT_PROVENANCE[lang][key];
      expect(typeof cell).toBe('string');
      expect(marks, 'provenance cell missing').not.toBe('?');
      if (cell === '') {
        expect(marks, 'an empty cell must be marked structure only').toBe('-');
        return;
      }
      const words = cell.split('|');
      const statuses = marks.split('|');
      expect(statuses, `one status per wording of "${cell}"`).toHaveLength(words.length);
      for (const [i, s] of statuses.entries()) {
        expect(words[i]!.trim(), 'no empty wording inside a cell').not.toBe('');
        expect(s === 'i' || /^s:[A-Z]+-?[a-z0-9]*$/.test(s), `status "${s}"`).toBe(true);
        if (s.startsWith('s:')) expect(SOURCE_IDS, `${lang} ${key}: source of "${words[i]}"`).toContain(s.slice(2));
      }
    });
  });

  it('English has a wording for every anchor (it is the fallback for every language)', () => {
    for (const key of ANCHOR_KEYS) expect(TEXT_TABLE.en[key], key).not.toBe('');
  });

  it('exports the anchor keys for the policy validator, and only known keys are exact', () => {
    expect(TEXT_OVERRIDE_KEYS).toBe(ANCHOR_KEYS);
    expect(ANCHOR_KEYS).toContain('shareMenu.inviteButton');
    for (const k of EXACT) expect(ANCHOR_KEYS).toContain(k);
  });
});

describe('page language → table', () => {
  it.each([
    ['ko-KR', 'ko'],
    ['ko', 'ko'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['zh_HK', 'zh-TW'],
    ['es-ES', 'es'],
    ['es', 'es'],
    ['es-419', 'es-LA'],
    ['es-LA', 'es-LA'],
    ['es-MX', 'es-LA'],
    ['pt-BR', 'pt'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['en-US', 'en'],
    ['FR-fr', 'fr'],
    ['', ''],
    ['it-IT', undefined],
    ['xx', undefined],
  ])('%j → %j', (tag, want) => expect(tableLang(tag)).toBe(want));
});

describe('matching', () => {
  afterEach(() => setTextOverrides({}));

  it('normalises ellipses, full-width forms, whitespace, case and a trailing period', () => {
    expect(normText('  Add people,\n groups, or emails… ')).toBe('add people, groups, or emails');
    expect(normText('ＩＮＶＩＴＥ')).toBe('invite');
    expect(normText('이 페이지는 웹에 게시되어 있습니다.')).toBe('이 페이지는 웹에 게시되어 있습니다');
    expect(saysAnchor('shareMenu.inviteButton', ' ＩＮＶＩＴＥ ', 'en')).toBe(true);
    expect(saysAnchor('shareMenu.inviteTargetsInput.placeholder', '添加人员、群组或邮箱地址…', 'zh-CN')).toBe(true);
  });

  it("matches the page's language and English, not a third language", () => {
    expect(saysAnchor('shareMenu.inviteButton', '초대', 'ko-KR')).toBe(true);
    expect(saysAnchor('shareMenu.inviteButton', 'Invite', 'ko-KR')).toBe(true);
    expect(saysAnchor('shareMenu.inviteButton', '邀请', 'ko-KR')).toBe(false);
    expect(saysAnchor('shareMenu.inviteButton', '邀请', 'zh-CN')).toBe(true);
    expect(saysAnchor('shareMenu.inviteButton', '邀請', 'zh-CN')).toBe(false);
    expect(saysAnchor('shareMenu.inviteButton', '邀請', 'zh-TW')).toBe(true);
    // zh-TW mixes 發布 and 發佈; zh-CN writes 发布.
    expect(saysAnchor('publishTab.publishToWeb.button', '發佈', 'zh-TW')).toBe(true);
    expect(saysAnchor('publishTab.publishToWeb.button', '發佈', 'zh-CN')).toBe(false);
    expect(saysAnchor('publishTab.settings.liveOnWeb.unpublish', '取消发布', 'zh-Hans-CN')).toBe(true);
    // A cell marked structure only has no words: only English (and overrides) can match there.
    expect(wordings('publishSite.copySiteLink', 'ko')).toEqual(['copy site link', 'copy web link']);
  });

  it('exact anchors match whole names only; stem anchors match inside a label', () => {
    expect(saysAnchor('shareMenu.inviteButton', '초대된 사용자만', 'ko')).toBe(false);
    expect(saysAnchor('publishTab.publishToWeb.button', '게시 취소', 'ko')).toBe(false);
    expect(saysAnchor('pagePermissionItem.allowSearchEngines.setting', '검색 엔진 인덱싱', 'ko')).toBe(true);
  });

  it('an unknown page language (no lang attribute) matches every language', () => {
    expect(saysAnchor('shareMenu.inviteButton', '邀請', '')).toBe(true);
    expect(saysAnchor('shareMenu.inviteButton', '초대', null)).toBe(true);
    expect(saysAnchor('shareMenu.inviteButton', 'Invita', '')).toBe(false);
  });

  it('a language with no table matches English only', () => {
    expect(wordings('shareMenu.inviteButton', 'it-IT')).toEqual(wordings('shareMenu.inviteButton', 'en'));
    expect(saysAnchor('shareMenu.inviteButton', 'Invita', 'it-IT')).toBe(false);
    expect(saysAnchor('shareMenu.inviteButton', 'Invite', 'it-IT')).toBe(true);
  });

  it("the admin's overrides add wordings per language and for every language ('*'), after the table", () => {
    setTextOverrides({
      'shareMenu.inviteButton': { it: ['Invita'], '*': ['Einladung verschicken'] },
      'publicShareLinkItem.menuItem.title': { 'it-IT': ['sul web'] },
    });
    expect(saysAnchor('shareMenu.inviteButton', 'Invita', 'it-IT')).toBe(true);
    expect(saysAnchor('shareMenu.inviteButton', 'Invita', 'fr')).toBe(false);
    expect(saysAnchor('shareMenu.inviteButton', 'Einladung verschicken', 'ko')).toBe(true);
    expect(saysAnchor('publicShareLinkItem.menuItem.title', 'Chiunque sul Web con il link', 'it-IT')).toBe(true);
    // The table still counts.
    expect(saysAnchor('shareMenu.inviteButton', '초대', 'ko')).toBe(true);
    setTextOverrides({});
    expect(saysAnchor('shareMenu.inviteButton', 'Invita', 'it-IT')).toBe(false);
  });

  it('bad overrides are dropped calmly: unknown keys, non-lists, non-strings, empty and huge wordings', () => {
    const bad = {
      'no.such.key': { '*': ['Invite'] },
      'shareMenu.inviteButton': { it: 'Invita', fr: [42, '', ' ', 'x'.repeat(500), 'Convier'] },
      'shareMenu.shareTab.title': null,
    } as unknown as Parameters<typeof setTextOverrides>[0];
    expect(() => setTextOverrides(bad)).not.toThrow();
    expect(saysAnchor('shareMenu.inviteButton', 'Convier', 'fr')).toBe(true);
    expect(saysAnchor('shareMenu.inviteButton', 'Invita', 'it')).toBe(false);
    expect(() => setTextOverrides(null as unknown as Parameters<typeof setTextOverrides>[0])).not.toThrow();
    expect(saysAnchor('shareMenu.inviteButton', 'Convier', 'fr')).toBe(false);
  });
});

describe('other languages arrive with the lazy texts part', () => {
  afterEach(() => {
    setLanguageLoader(undefined);
    provideLanguageRows(OTHER_LANGUAGES); // as the setup file left them
  });

  it('English matches at once; a Korean word is asked for, matched once the rows are here, and English meanwhile', () => {
    resetLanguageRowsForTests();
    let asked = 0;
    setLanguageLoader(() => void asked++);
    expect(saysAnchor('shareMenu.inviteButton', 'Invite', 'en')).toBe(true);
    expect(asked).toBe(0); // an English page never asks
    expect(saysAnchor('shareMenu.inviteButton', '초대', 'ko-KR')).toBe(false);
    expect(saysAnchor('shareMenu.inviteButton', 'Invite', 'ko-KR')).toBe(true);
    expect(asked).toBeGreaterThan(0);
    provideLanguageRows(OTHER_LANGUAGES);
    expect(saysAnchor('shareMenu.inviteButton', '초대', 'ko-KR')).toBe(true);
    expect(wordings('shareMenu.inviteButton', '')).toContain('초대'); // no page language: every language's words
  });
});
