// Dates, times, numbers and lists for display, in a given locale, by Intl; and bidi isolation of page or
// user text inside our own sentences. PURE: the locale is a parameter (src/platform/i18n.ts binds it to
// the messages' language).
//
// Formatters are made once per locale: a cold locale negotiation plus formatter costs ~0.5 ms, and the popup
// writes ~20 dates and lists in its first render. Bad input (an unknown tag, NaN, an invalid date) gives a
// calm result, never an exception.

import { cleanText } from './text';

/** First Strong Isolate and Pop Directional Isolate (Unicode's plain-text equivalent of <bdi>). */
export const FSI = '\u2068';
export const PDI = '\u2069';

interface Formatters {
  date: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
  number: Intl.NumberFormat;
  list?: Intl.ListFormat;
  relative: Intl.RelativeTimeFormat;
}

const cache = /* @__PURE__ */ new Map<string, Formatters>(); // pure: dropped from bundles that format nothing here

/** `tag` if Intl knows it ("pt-BR", "de"), else `fallback`; a malformed tag never throws. */
export function supportedLocale(tag: string | undefined, fallback = 'en'): string {
  if (!tag) return fallback;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag.replace(/_/g, '-')])[0] ?? fallback;
  } catch {
    return fallback;
  }
}

function formatters(locale: string): Formatters {
  const l = supportedLocale(locale);
  let f = cache.get(l);
  if (f) return f;
  let list: Intl.ListFormat | undefined;
  try {
    list = new Intl.ListFormat(l, { style: 'long', type: 'conjunction' });
  } catch {
    list = undefined; // an engine without Intl.ListFormat
  }
  f = {
    date: new Intl.DateTimeFormat(l, { dateStyle: 'medium' }),
    dateTime: new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' }),
    number: new Intl.NumberFormat(l),
    list,
    relative: new Intl.RelativeTimeFormat(l, { numeric: 'auto' }),
  };
  cache.set(l, f);
  return f;
}

/** "25 Nov 2026" (en-GB), "25 nov. 2026" (fr); '' for a time that is not a date. */
export function formatDate(locale: string, at: number): string {
  return Number.isFinite(at) && Math.abs(at) <= 8.64e15 ? formatters(locale).date.format(at) : '';
}

/** "25 Nov 2026, 14:03" (en-GB), "25 nov. 2026, 14:03" (fr); '' for a time that is not a date. */
export function formatDateTime(locale: string, at: number): string {
  return Number.isFinite(at) && Math.abs(at) <= 8.64e15 ? formatters(locale).dateTime.format(at) : '';
}

/** "12,345" (en), "12 345" (fr), "12.345" (de, pt-BR). */
export function formatNumber(locale: string, n: number): string {
  return formatters(locale).number.format(n);
}

/** "A, B and C" (en-GB), "A, B et C" (fr), "A, B y C" (es): the locale's own way of joining a list. */
export function formatList(locale: string, items: readonly string[]): string {
  return formatters(locale).list?.format(items) ?? items.join(', ');
}

/** "today", "yesterday", "45 days ago" (en); "aujourd’hui", "hier", "il y a 45 jours" (fr). */
export function relativeDays(locale: string, days: number): string {
  return formatters(locale).relative.format(-Math.max(0, Math.floor(Number.isFinite(days) ? days : 0)), 'day');
}

/**
 * Page or user text (a page title, a name, a host) marked to be shown isolated inside our own sentence, so an
 * Arabic or Hebrew title cannot reorder the words and punctuation around it. Its own bidi and invisible
 * characters are removed first, so the marks always pair up and nothing inside can escape them.
 */
export function isolate(s: string): string {
  return FSI + cleanText(s) + PDI;
}

/** One piece of a text: our own words, or an isolated piece of page/user text. */
export interface TextPart {
  text: string;
  isolated: boolean;
}

const ISOLATED = /\u2068([^\u2066-\u2069]*)\u2069/g;

/**
 * `s` split into our words and its isolate()d pieces, each cleaned of bidi and invisible characters (a stray
 * or unpaired mark is dropped with them). A renderer shows the isolated pieces in <bdi>.
 */
export function textParts(s: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  const push = (text: string, isolated: boolean) => {
    const t = cleanText(text);
    if (t || isolated) parts.push({ text: t, isolated });
  };
  for (const m of s.matchAll(ISOLATED)) {
    push(s.slice(at, m.index), false);
    push(m[1] ?? '', true);
    at = m.index + m[0].length;
  }
  push(s.slice(at), false);
  return parts;
}

/** cleanText that keeps isolate()'s marks where they pair up, so a renderer can still find the pieces. */
export function cleanKeepingIsolates(s: string): string {
  return textParts(s)
    .map((p) => (p.isolated ? FSI + p.text + PDI : p.text))
    .join('');
}
