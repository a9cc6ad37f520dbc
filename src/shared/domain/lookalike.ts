// Lookalike checks of one address domain against the user's own and trusted domains. PURE.
//
// Reasons are tried in a fixed order, most specific first, and the first hit wins:
//   tld-swap → confusable → mixed-script → embedded → hyphen → plural → digit-swap → edit-distance
//   → punycode
// so that c0ntoso.com reports "digit-swap" rather than the vaguer "edit-distance" it also is.
//
// Internationalised (xn--) domains: a label that mixes scripts (Latin + Cyrillic, Latin + Greek…;
// the Japanese, Chinese and Korean mixes TR39 "highly restrictive" allows are fine) is ALWAYS a
// lookalike. A single-script IDN is a lookalike only when its skeleton equals a trusted name
// ("confusable", e.g. Cyrillic аррӏе vs apple) or is within one edit of it ("punycode"). Any other
// IDN (münchen.de, 例え.jp) stays "unknown": flagging every IDN would warn on ordinary foreign
// domains, train people to click through, and add nothing when the name resembles none of theirs.
// The verdict still carries unicodeDomain so the UI can show both forms.

import { skeleton } from './confusables';
import { hostParts, toUnicodeHost } from './parse';
import type { LookalikeReason } from './types';

/** Trusted names at least this long also match at edit distance 1 (as Chrome's lookalike check). */
const MIN_EDIT_NAME = 5;
/** Shortest trusted name for the hyphen, plural, digit-swap and IDN-skeleton rules. */
const MIN_RULE_NAME = 3;

export interface Target {
  /** The own/trusted entry as normalised (reported as lookalikeOf). */
  domain: string;
  registrable: string;
  /** Label left of the public suffix, ascii. */
  name: string;
  suffix: string;
  /** Under a private suffix (globex.notion.site): such a name says nothing about other suffixes. */
  privateSuffix: boolean;
  /** Skeleton of the Unicode form of `name`. */
  skel: string;
}

export interface Candidate {
  domain: string;
  unicodeDomain: string;
  registrable?: string;
  name?: string;
  suffix?: string;
}

export interface LookalikeHit {
  reason: LookalikeReason;
  of?: string;
}

/** Own + trusted hosts → lookalike targets; public suffixes (co.uk, notion.site) are skipped. */
export function prepareTargets(hosts: readonly string[]): Target[] {
  const out: Target[] = [];
  const seen = new Set<string>();
  for (const domain of hosts) {
    const { registrable, name, suffix, privateSuffix = false } = hostParts(domain);
    if (!registrable || !name || !suffix || seen.has(registrable)) continue;
    seen.add(registrable);
    out.push({ domain, registrable, name, suffix, privateSuffix, skel: skeleton(toUnicodeHost(name) ?? name) });
  }
  return out;
}

const ASTRAL = /[\ud800-\udfff]/;

/** Damerau–Levenshtein (optimal string alignment) distance ≤ 1, on code points, for a ≠ b. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  // Plain strings compare by UTF-16 unit; astral characters are split into code points first.
  const astral = ASTRAL.test(a) || ASTRAL.test(b);
  if (!astral && Math.abs(a.length - b.length) > 1) return false;
  const x: readonly string[] | string = astral ? Array.from(a) : a;
  const y: readonly string[] | string = astral ? Array.from(b) : b;
  if (Math.abs(x.length - y.length) > 1) return false;
  const rest = (p: readonly string[] | string, from: number): string =>
    typeof p === 'string' ? p.slice(from) : p.slice(from).join('');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (rest(x, i + 1) === rest(y, i + 1)) return true; // substitution
    return x[i] === y[i + 1] && x[i + 1] === y[i] && rest(x, i + 2) === rest(y, i + 2); // transposition
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return rest(long, i + 1) === rest(short, i); // insertion / deletion
}

/** Digits and letter pairs that read alike: 0↔o, 1↔l/i, 3↔e, 4↔a, 5↔s, 7↔t, 8↔b (+ rn↔m, vv↔w). */
const DIGIT_LOOKS: ReadonlyMap<string, string> = new Map([
  ['0', 'o'],
  ['1', 'li'],
  ['3', 'e'],
  ['4', 'a'],
  ['5', 's'],
  ['7', 't'],
  ['8', 'b'],
]);
const readsAlike = (p: string, q: string): boolean =>
  (DIGIT_LOOKS.get(p)?.includes(q) ?? false) || (DIGIT_LOOKS.get(q)?.includes(p) ?? false);

const foldPairs = (s: string): string =>
  s.includes('rn') || s.includes('vv') ? s.replace(/rn/g, 'm').replace(/vv/g, 'w') : s;

export function isDigitSwap(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 4) return false;
  const x = foldPairs(a);
  const y = foldPairs(b);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !readsAlike(x[i], y[i])) return false;
  return true;
}

const stripHyphens = (s: string): string => s.replace(/-/g, '');

export function isPlural(a: string, b: string): boolean {
  const d = a.length - b.length;
  if (d === 0 || d > 2 || d < -2) return false;
  return a === `${b}s` || a === `${b}es` || b === `${a}s` || b === `${a}es`;
}

/** acme.com.evil.io, login-acme-com.evil.io, acmecom.net: a registrable domain spelled into labels. */
export function embeds(host: string, registrable: string): boolean {
  const joined = registrable.replace(/\./g, '');
  if (`.${host}.`.includes(`.${registrable}.`)) return true;
  const dashed = `-${registrable.replace(/\./g, '-')}-`;
  return host.split('.').some((l) => `-${l}-`.includes(dashed) || stripHyphens(l) === joined);
}

const SCRIPT_NAMES = [
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Nko', 'Georgian',
  'Cherokee', 'Canadian_Aboriginal', 'Ethiopic', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati',
  'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar',
  'Khmer', 'Mongolian', 'Tifinagh', 'Coptic', 'Runic', 'Ogham', 'Han', 'Hiragana', 'Katakana',
  'Hangul', 'Bopomofo',
] as const;
const SCRIPTS = SCRIPT_NAMES.map((s) => [s, new RegExp(`^\\p{Script=${s}}$`, 'u')] as const);
const LETTER = /^\p{L}$/u;
/** Shared characters (ー, ・, modifier letters) belong to no script of their own. */
const SHARED = /^[\p{Script=Common}\p{Script=Inherited}]$/u;
/** Character → script (memoised: a label is short but the regex scan over 38 scripts is not cheap). */
const scriptMemo = new Map<string, string | null>();

/** Script of a letter ('Other' for unlisted scripts), or null for digits, hyphens, marks. */
function scriptOf(ch: string): string | null {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 'Latin' : null;
  let s = scriptMemo.get(ch);
  if (s === undefined) {
    s = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? (LETTER.test(ch) && !SHARED.test(ch) ? 'Other' : null);
    if (scriptMemo.size < 10_000) scriptMemo.set(ch, s);
  }
  return s;
}

/** Script mixes TR39's "highly restrictive" level allows (Japanese, Chinese, Korean with Latin). */
const ALLOWED_MIXES: readonly ReadonlySet<string>[] = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

/** True when one label uses letters of more than one script (digits, hyphens, marks are neutral). */
export function isMixedScript(label: string): boolean {
  const found = new Set<string>();
  for (const ch of label) {
    const s = scriptOf(ch);
    if (s) found.add(s);
  }
  if (found.size < 2) return false;
  return !ALLOWED_MIXES.some((mix) => [...found].every((s) => mix.has(s)));
}

/** Skeletons of the IDN labels (xn--…) of a domain. */
function idnSkeletons(c: Candidate): string[] {
  const ascii = c.domain.split('.');
  const uni = c.unicodeDomain.split('.');
  if (ascii.length !== uni.length) return [];
  return uni.filter((_, i) => ascii[i].startsWith('xn--')).map(skeleton);
}

/** Edit distance 1 from a trusted name of ≥ 5 letters; an IDN trusted name compares by skeleton. */
function editNear(name: string, nameSkel: string | undefined, t: Target): boolean {
  if (t.name.length >= MIN_EDIT_NAME && withinOneEdit(name, t.name)) return true;
  if (t.skel === t.name || nameSkel === undefined || Array.from(t.skel).length < MIN_EDIT_NAME) return false;
  return withinOneEdit(nameSkel, t.skel);
}

const near = (sk: string, t: Target): boolean =>
  t.skel.length >= MIN_RULE_NAME && (sk === t.skel || withinOneEdit(sk, t.skel));

/**
 * The first lookalike reason (in the fixed order above) of a candidate that is NOT itself equal to
 * or under an own/trusted domain (the caller checks that first), or undefined.
 */
export function findLookalike(c: Candidate, targets: readonly Target[]): LookalikeHit | undefined {
  if (targets.length === 0) return undefined;
  // Another host of a trusted organisation (us.acme.com when only eu.acme.com is listed) is no imitation.
  if (c.registrable && targets.some((t) => t.registrable === c.registrable)) return undefined;
  const isIdn = c.unicodeDomain !== c.domain;
  const name = c.name;
  const nameSkel = name ? skeleton(toUnicodeHost(name) ?? name) : undefined;
  const idnSkels = isIdn ? idnSkeletons(c) : [];
  const hit = (reason: LookalikeReason, t: Target | undefined): LookalikeHit | undefined =>
    t ? { reason, of: t.domain } : undefined;

  if (name) {
    const r =
      // Trusting globex.notion.site does not make the real globex.com a "tld-swap".
      hit('tld-swap', targets.find((t) => t.name === name && t.suffix !== c.suffix && !t.privateSuffix)) ??
      hit('confusable', targets.find((t) => t.skel === nameSkel && t.name !== name));
    if (r) return r;
  }
  if (isIdn && c.unicodeDomain.split('.').some(isMixedScript)) {
    const t = targets.find((tt) => idnSkels.some((sk) => near(sk, tt)));
    return t ? { reason: 'mixed-script', of: t.domain } : { reason: 'mixed-script' };
  }
  const hosts = isIdn ? [c.domain, skeleton(c.unicodeDomain)] : [c.domain];
  const flat = hosts.map((h) => h.replace(/[.-]/g, '')).join('.');
  const embedded = hit(
    'embedded',
    targets.find((t) => flat.includes(t.registrable.replace(/\./g, '')) && hosts.some((h) => embeds(h, t.registrable))),
  );
  if (embedded) return embedded;
  if (name) {
    const long = (t: Target, min: number): boolean => t.name.length >= min;
    const bare = stripHyphens(name);
    const r =
      hit('hyphen', targets.find((t) => long(t, MIN_RULE_NAME) && name !== t.name && bare === stripHyphens(t.name))) ??
      hit('plural', targets.find((t) => long(t, MIN_RULE_NAME) && isPlural(name, t.name))) ??
      hit('digit-swap', targets.find((t) => long(t, MIN_RULE_NAME) && isDigitSwap(name, t.name))) ??
      hit('edit-distance', targets.find((t) => editNear(name, nameSkel, t)));
    if (r) return r;
  }
  return hit('punycode', targets.find((t) => idnSkels.some((sk) => near(sk, t))));
}
