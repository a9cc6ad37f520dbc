// Text from pages (titles, names) made safe to show and export. PURE.
//
// Bidirectional controls (U+061C, U+200E/F, U+202A–202E, U+2066–2069) can reorder what a reader sees
// ("Roadmap‮fdp.exe" reads as "Roadmapexe.pdf"); other invisible characters (zero-width space, word
// joiner, soft hyphen, BOM, C0/C1 controls) hide text or split look-alike words. All are removed from
// everything SRM Coach shows or exports. ZWJ/ZWNJ (U+200C/D) stay: emoji and several scripts need them.
// Arabic or Hebrew titles keep their letters and display by the Unicode bidi algorithm as usual.

// eslint-disable-next-line no-control-regex -- the point of this pattern is to match control characters
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;

/** True when `s` holds a character stripInvisible removes. */
export function hasInvisible(s: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(s);
}

/** `s` without bidi controls and other invisible characters; tabs and line breaks kept. */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** `s` without bidi controls and other invisible characters; tabs and newlines become spaces. */
export function cleanText(s: string): string {
  return stripInvisible(s).replace(/[\t\n\r]/g, ' ');
}

/** cleanText for an optional value. */
export function cleanOpt(s: string | undefined): string | undefined {
  return s === undefined ? undefined : cleanText(s);
}
