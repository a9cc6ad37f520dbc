// Visible-text anchors: the last cue, after roles, input types, notion-* classes and position
// (docs/notion-ui.md#detection-cues-per-surface). The words are data, per UI language (text-table.ts, sources in
// text-provenance.ts), matched in the page's UI language (`<html lang>`) plus English (Notion often leaves
// strings untranslated) plus the admin's overrides (text-overrides.ts). A page whose language is not given
// matches every language's words; a language with no table matches English only and relies on structure.
// Only English is in the script on every Notion page: another language's words come with the lazy `texts`
// part, asked for the first time they are needed (text-table.ts rowOf); until it is here (a round trip to
// the background, well before anyone opens a menu) that page matches English and structure, and its
// arrival makes the runtime look at the page again.

import { EXACT, TABLE_LANGS, languagesVersion, rowOf, type AnchorKey, type TableLang } from './text-table';
import { overrideWordings, overridesVersion } from './text-overrides';

/** NFKC (full-width forms, "…" → "..."), whitespace collapsed, lower case, trailing dots/colons dropped. */
export function normText(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase().replace(/[.:：]+$/, '').trim();
}

/** `<html lang>` as the table's language: ko-KR → ko, zh-Hans/zh-SG → zh-CN, zh-Hant/zh-HK → zh-TW, es-419 → es-LA. */
export function tableLang(tag: string | null | undefined): TableLang | '' | undefined {
  const t = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (!t) return '';
  const [base = '', region = ''] = t.split('-');
  if (base === 'zh') return /^(tw|hk|mo|hant)$/.test(region) || t.includes('hant') ? 'zh-TW' : 'zh-CN';
  if (base === 'es') return !region || region === 'es' ? 'es' : 'es-LA';
  if (base === 'no' || base === 'nn') return 'nb';
  return (TABLE_LANGS as readonly string[]).includes(base) ? (base as TableLang) : undefined;
}

const cache = new Map<string, string[]>();
let cachedFor = '';

/** The normalised wordings of an anchor for a page language: its table, English, the admin's overrides. */
export function wordings(key: AnchorKey, langTag: string | null | undefined = globalThis.document?.documentElement?.lang): string[] {
  const version = `${overridesVersion()}:${languagesVersion()}`;
  if (cachedFor !== version) {
    cache.clear();
    cachedFor = version;
  }
  const tag = (langTag ?? '').trim().toLowerCase();
  const id = `${key}\n${tag}`;
  let out = cache.get(id);
  if (!out) {
    const lang = tableLang(tag);
    // Unknown page language: every language's words (a rare case, worth the longer list).
    const langs: readonly TableLang[] = lang === '' ? TABLE_LANGS : lang ? [lang, 'en'] : ['en'];
    const rows = langs.map(rowOf);
    const raw = rows.flatMap((r) => (r ? r[key].split('|') : []));
    raw.push(...overrideWordings(key, [tag, tag.split('-')[0] ?? '', lang || '']));
    out = [...new Set(raw.map(normText).filter(Boolean))];
    // Not cached while a language's rows are on their way (rowOf asked for them): the next call looks again.
    if (rows.every(Boolean)) cache.set(id, out);
  }
  return out;
}

/** Whether `text` is (exact anchors) or contains (stem anchors) one of the anchor's wordings. */
export function saysAnchor(key: AnchorKey, text: string | null | undefined, langTag?: string | null): boolean {
  if (!text) return false;
  const t = normText(text.slice(0, 400));
  if (!t) return false;
  const list = langTag === undefined ? wordings(key) : wordings(key, langTag);
  return EXACT.includes(key) ? list.includes(t) : list.some((w) => t.includes(w));
}

const is = (key: AnchorKey) => (text: string | null | undefined) => saysAnchor(key, text);

export const TEXT = {
  /** Invite buttons ("Invite", "Send invite" and their translations). */
  isInviteButton: is('shareMenu.inviteButton'),
  /** Labels of email-taking inputs ("Add people, groups, or emails...", "Search names or emails"). */
  isEmailFieldLabel: is('shareMenu.inviteTargetsInput.placeholder'),
  /** Tabs of the share menu: "Publish", "Share". */
  isPublishTab: is('shareMenu.publishTab.title'),
  isShareTab: is('shareMenu.shareTab.title'),
  /** Publish actions: "Publish", "Publish to web". */
  isPublishAction: is('publishTab.publishToWeb.button'),
  /** General access: "Anyone on the web with link" (matched on its "web" stem outside English). */
  isWebAccessOption: is('publicShareLinkItem.menuItem.title'),
  /** Published-state markers: "Copy site link", "Unpublish", "This page is live on …". */
  isPublishedMarker: (text: string | null | undefined) =>
    saysAnchor('publishSite.copySiteLink', text) ||
    saysAnchor('publishTab.settings.liveOnWeb.unpublish', text) ||
    saysAnchor('publishTab.settings.liveOnWeb.title', text),
  /** Risky publish switches, by their label's stems. */
  publishSwitch(label: string | null | undefined): 'indexing' | 'editing' | 'duplicate' | 'comments' | undefined {
    if (saysAnchor('pagePermissionItem.allowSearchEngines.setting', label)) return 'indexing';
    if (saysAnchor('pagePermissionItem.allowEdits.setting', label)) return 'editing';
    if (saysAnchor('pagePermissionItem.allowDuplicateTemplate.setting', label)) return 'duplicate';
    if (saysAnchor('pagePermissionItem.allowComments.setting', label)) return 'comments';
    return undefined;
  },
} as const;

/**
 * An element's text with a space at every text-node boundary, whitespace collapsed, capped. React puts no
 * whitespace between elements, so textContent would glue "Ada Lovelace", "ada@acme.com" and "Full access"
 * into one word (and "Send"+"invite" into "Sendinvite").
 */
export function spacedText(el: Element | null | undefined, max = 20_000): string {
  if (!el) return '';
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) out += ` ${n.nodeValue ?? ''}`;
  return out;
}

export function textOf(el: Element | null | undefined, max = 200): string {
  return spacedText(el, max * 2).replace(/\s+/g, ' ').trim().slice(0, max);
}

/** The accessible name we can read without layout: aria-label, aria-labelledby, else text. */
export function nameOf(el: Element, max = 200): string {
  const label = el.getAttribute('aria-label');
  if (label) return label.trim().slice(0, max);
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const text = by
      .split(/\s+/)
      .map((id) => textOf(el.ownerDocument.getElementById(id)))
      .join(' ')
      .trim();
    if (text) return text.slice(0, max);
  }
  return textOf(el, max);
}
