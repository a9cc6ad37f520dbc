// Small named checks the look-alike reasons are told apart by (lookalike.ts). PURE.

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

export const stripHyphens = (s: string): string => s.replace(/-/g, '');

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

