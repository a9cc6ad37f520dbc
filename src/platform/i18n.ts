// All UI strings come from extension/_locales/<lang>/messages.json through the browser's i18n API.
import { ext } from './ext';
import * as F from '@shared/format';

type Messages = typeof import('../../extension/_locales/en/messages.json');
export type MessageKey = keyof Messages;

/**
 * Localised string; substitutions fill $1..$9 placeholders, numbers written as the messages' language writes
 * them ("12,345", "12 345"). Falls back to the key when missing.
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  try {
    const s = ext.i18n.getMessage(key, subs.map((v) => (typeof v === 'number' ? formatNumber(v) : v)));
    if (s) return s;
  } catch {
    /* extension context gone: keep the UI calm */
  }
  return key;
}

export function uiLanguage(): string {
  try {
    return ext.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

/**
 * The locale the messages are actually shown in ("de", "en-US"…), for formatting dates and lists to match
 * them. Chrome's '@@ui_locale' is the locale getMessage() resolved; getUILanguage() can differ from it
 * (e.g. headless Chromium with --lang reports en-US while the messages are German).
 */
export function messagesLocale(): string {
  try {
    const l = ext.i18n.getMessage('@@ui_locale');
    if (l) return l.replace(/_/g, '-');
  } catch {
    /* extension context gone */
  }
  return uiLanguage();
}

let locale: string | undefined;
/**
 * The locale dates, numbers and lists are written in: the messages' own 'uiLocale' entry (so a German text
 * never holds an English date), else the locale the messages resolved to; one Intl knows, else 'en'. Read
 * once per page: the messages' language does not change while a page is open.
 */
export function formatLocale(): string {
  if (locale) return locale;
  const own = t('uiLocale');
  locale = F.supportedLocale(own !== 'uiLocale' ? own : messagesLocale());
  return locale;
}

/** "25 Nov 2026" in the messages' language. */
export const formatDate = (at: number): string => F.formatDate(formatLocale(), at);
/** "25 Nov 2026, 14:03" in the messages' language. */
export const formatDateTime = (at: number): string => F.formatDateTime(formatLocale(), at);
let numbers: Intl.NumberFormat | undefined;
/**
 * "12,345" in the messages' language. Its own formatter, not format.ts's set of five: t() is in the script
 * on every Notion page, which formats numbers and lists but no dates (its budget: ≤ 10 kB gzip).
 */
export const formatNumber = (n: number): string => (numbers ??= new Intl.NumberFormat(formatLocale())).format(n);
let lists: Intl.ListFormat | null | undefined;
/** "A, B and C" as the messages' language writes a list (its own formatter too, as formatNumber). */
export const formatList = (items: readonly string[]): string => {
  if (lists === undefined) {
    try {
      lists = new Intl.ListFormat(formatLocale(), { style: 'long', type: 'conjunction' });
    } catch {
      lists = null; // an engine without Intl.ListFormat
    }
  }
  return lists?.format(items) ?? items.join(', ');
};
/** "today", "yesterday", "45 days ago" in the messages' language. */
export const relativeDays = (days: number): string => F.relativeDays(formatLocale(), days);
