// Splits pasted invitee lists and normalises one address. PURE (URL is the only global used).

import punycode from 'punycode/punycode.js';
import { parse as parseHost } from 'tldts';
import { normaliseDomain } from '../settings/domains';

/** Text beyond this is not scanned (cut back to the last separator so no address is truncated). */
export const MAX_TEXT = 1_000_000;
/** splitInvitees stops after this many pieces. */
export const MAX_PIECES = 2_000;
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: "not ASCII"
const NON_ASCII = /[^\u0000-\u007f]/;
/** A piece longer than this cannot be `Name <address>` worth reading: invalid without parsing. */
const MAX_PIECE = 1_000;
/** How far a quote or `<` may look for its closing partner. */
const MAX_SPAN = 320;

/** HTML "valid e-mail address" local part (what Chromium accepts in type=email), lower-cased. */
const LOCAL_PART = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/;
/** Pairs that may wrap an address: "…", '…', (…), […]. */
const WRAPPERS: ReadonlySet<string> = new Set(['""', "''", '()', '[]']);
/** ASCII characters other than [a-z0-9.-] cannot appear in a host; non-ASCII goes to IDNA. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const BAD_HOST_ASCII = /[\u0000-\u002c\u002f\u003a-\u0060\u007b-\u007f]/;

export interface ParsedAddress {
  /** local@domain, lower-case, ascii domain, full local part. */
  email: string;
  /** Same address with a +tag removed from the local part: the key for "already has access". */
  key: string;
  domain: string;
  registrable?: string;
  /** The registrable label left of the public suffix ("acme" in acme.co.uk). */
  name?: string;
  suffix?: string;
  /** The suffix is a private one (notion.site, github.io), not an ICANN one. */
  privateSuffix?: true;
  /** Unicode form of the domain (equal to `domain` for plain ASCII). */
  unicodeDomain: string;
}

/**
 * A host normaliseDomain would return unchanged, without its URL parse: lower-case ASCII letters, digits
 * and inner hyphens, labels of 1–63 characters, at most 253 in all, the last starting with a letter (so
 * the URL parser would not read it as an IPv4 address). Punycode labels (xn--) still go through the URL
 * parser, which validates them. A test compares the two on many hosts.
 */
export const PLAIN_HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Punycode → Unicode for a host already validated by the URL parser; undefined if malformed. */
export function toUnicodeHost(host: string): string | undefined {
  if (!host.includes('xn--')) return host;
  try {
    return punycode.toUnicode(host);
  } catch {
    return undefined;
  }
}

/** Registrable domain, its name label and public suffix; private suffixes (notion.site) count. */
export function hostParts(host: string): { registrable?: string; name?: string; suffix?: string; privateSuffix?: true } {
  const r = parseHost(host, { allowPrivateDomains: true, extractHostname: false, validateHostname: false });
  if (!r.domain) return { suffix: r.publicSuffix ?? undefined };
  const parts = { registrable: r.domain, name: r.domainWithoutSuffix ?? undefined, suffix: r.publicSuffix ?? undefined };
  return r.isPrivate === true ? { ...parts, privateSuffix: true } : parts;
}

/**
 * One piece (`john@acme.com`, `John <JOHN@ACME.COM.>`, `mailto:…`, full-width, IDN) → parsed
 * address, or undefined when it is not an address. Never throws.
 */
export function parseAddress(raw: string): ParsedAddress | undefined {
  if (typeof raw !== 'string') return undefined;
  let s = raw.trim();
  if (!s || s.length > MAX_PIECE) return undefined;
  // NFKC turns full-width ＠．ｊ into @.j; IDNA would also accept the ideographic full stops.
  if (NON_ASCII.test(s)) s = s.normalize('NFKC').replace(/[\u3002\uff61]/g, '.').trim(); // ASCII is its own NFKC
  if (s.length > MAX_PIECE) return undefined; // NFKC can expand (ﷺ → 18 characters)
  const lt = s.lastIndexOf('<');
  if (lt >= 0) {
    const gt = s.indexOf('>', lt);
    s = s.slice(lt + 1, gt < 0 ? undefined : gt).trim();
  }
  while (s && ',;:!'.includes(s[s.length - 1])) s = s.slice(0, -1);
  while (s.length >= 2 && WRAPPERS.has(s[0] + s[s.length - 1])) s = s.slice(1, -1).trim();
  if (/^mailto:/i.test(s)) s = s.slice(7).split('?', 1)[0] ?? '';
  const at = s.lastIndexOf('@');
  if (at <= 0 || s.length > 320) return undefined;
  const local = s.slice(0, at).toLowerCase();
  const domainPart = s.slice(at + 1).toLowerCase();
  if (!LOCAL_PART.test(local) || !domainPart || BAD_HOST_ASCII.test(domainPart)) return undefined;
  const domain = PLAIN_HOST.test(domainPart) && !domainPart.includes('xn--') ? domainPart : normaliseDomain(domainPart);
  if (!domain) return undefined;
  const unicodeDomain = toUnicodeHost(domain);
  if (unicodeDomain === undefined) return undefined;
  const email = `${local}@${domain}`;
  if (email.length > 254) return undefined;
  const plus = local.indexOf('+');
  const key = plus > 0 ? `${local.slice(0, plus)}@${domain}` : email;
  return { email, key, domain, unicodeDomain, ...hostParts(domain) };
}

// ---- splitting -------------------------------------------------------------------------------

const isHardSep = (c: number): boolean =>
  c === 0x2c || c === 0x3b || c === 0x0a || c === 0x0d || c === 0x3001 || c === 0xff0c || c === 0xff1b;
/** What `\s` matches, less the line breaks (hard separators): a comparison per character, no regex call. */
const isSpace = (c: number): boolean =>
  c === 0x20 ||
  c === 0x09 ||
  c === 0x0b ||
  c === 0x0c ||
  (c > 0x7f &&
    (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
const ADDRESS_LIKE = /[^@\uff20][@\uff20][^@\uff20]/;
/** Opening quote or angle → its closing partner (ASCII, full-width, curly quotes). */
const CLOSERS = new Map<number, string>([
  [0x22, '"'],
  [0xff02, '\uff02'],
  [0x201c, '\u201d'],
  [0x3c, '>'],
  [0xff1c, '\uff1e'],
]);
const isAngle = (c: number): boolean => c === 0x3c || c === 0xff1c;

/** Cuts an over-long text at its last separator before `max`, so no address is cut in half. */
function cutText(text: string, max: number): string {
  for (let i = max; i > max - MAX_SPAN && i > 0; i--) {
    const c = text.charCodeAt(i);
    if (isHardSep(c) || isSpace(c)) return text.slice(0, i);
  }
  return text.slice(0, max - MAX_SPAN);
}

/**
 * Splits a pasted list on commas, semicolons, whitespace and newlines (ASCII and full-width) while
 * keeping `Name <email>`, `"Doe, Jane" <jane@x.com>` and `“Doe, Jane” <jane@x.com>` together. Words
 * that are not addresses are grouped into one piece per run (they classify as invalid); a run longer than
 * MAX_PIECE keeps only its first words, past MAX_PIECE characters (invalid all the same). Linear time.
 */
export function splitInvitees(text: string): string[] {
  if (typeof text !== 'string' || !text) return [];
  const src = text.length > MAX_TEXT ? cutText(text, MAX_TEXT) : text;
  const n = src.length;
  const out: string[] = [];
  let names: string[] = [];
  let namesChars = 0;
  const flushNames = (): void => {
    if (names.length) out.push(names.join(' '));
    names = [];
    namesChars = 0;
  };
  // Next occurrence of a character at or after `from`, cached so repeated look-ups stay linear.
  const nextCache = new Map<string, number>();
  const nextIndex = (ch: string, from: number): number => {
    const cached = nextCache.get(ch);
    if (cached !== undefined && (cached >= from || cached === -1)) return cached;
    const found = src.indexOf(ch, from);
    nextCache.set(ch, found);
    return found;
  };
  /** Index of the partner closing the quote/angle at i, on the same line and near; else -1. */
  const closing = (i: number, closer: string): number => {
    const close = nextIndex(closer, i + 1);
    if (close < 0 || close - i > MAX_SPAN) return -1;
    const nl = nextIndex('\n', i + 1);
    return nl >= 0 && nl < close ? -1 : close;
  };
  let i = 0;
  while (i < n && out.length < MAX_PIECES) {
    const c = src.charCodeAt(i);
    if (isHardSep(c)) {
      flushNames();
      i++;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    let angle = false;
    let quoted = false;
    while (i < n) {
      const d = src.charCodeAt(i);
      const closer = d === 0x22 || d === 0x3c || d > 0x7f ? CLOSERS.get(d) : undefined;
      if (closer !== undefined) {
        const close = closing(i, closer);
        if (close > i) {
          if (isAngle(d)) angle = true;
          else if (i === start) quoted = true;
          i = close + 1;
          continue;
        }
      }
      if (isHardSep(d) || isSpace(d)) break;
      i++;
    }
    // An @ with something on both sides (outside quotes) makes a bare address; a lone "@" is a name word.
    // (The word is cut out only when it is kept: a megabyte of name words is walked, not copied.)
    const at = nextIndex('@', start);
    const wideAt = nextIndex('\uff20', start);
    const mayBeAddress = !quoted && ((at >= 0 && at < i) || (wideAt >= 0 && wideAt < i));
    if (angle) {
      names.push(src.slice(start, i));
      flushNames();
    } else if (mayBeAddress && ADDRESS_LIKE.test(src.slice(start, i))) {
      flushNames();
      out.push(src.slice(start, i));
    } else if (namesChars <= MAX_PIECE + 1) {
      names.push(src.slice(start, i));
      namesChars += i - start + 1;
    }
  }
  flushNames();
  return out.length > MAX_PIECES ? out.slice(0, MAX_PIECES) : out;
}
