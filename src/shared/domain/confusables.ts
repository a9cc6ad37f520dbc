// Confusable characters → Latin prototype, for lookalike skeletons. PURE.
//
// The data follows Unicode TR39 confusables.txt (https://www.unicode.org/Public/security/latest/
// confusables.txt), cut down to lower-case letters that survive IDNA mapping and whose prototype is
// a single Latin lower-case letter. Upper-case sources are unnecessary (IDNA lower-cases them) and
// full-width/mathematical letters never reach us (NFKC/IDNA map them to ASCII). A few extras follow
// Chrome's IDN spoof checker (components/url_formatter/spoof_checks): stroke letters (ø ł đ ħ ŧ),
// κ/к → k, п → n, and ӏ → l (TR39 maps CYRILLIC SMALL LETTER PALOCHKA to i; it looks like l).
// Accents are not listed: skeleton() strips combining marks after NFD, so é → e, ü → u.

const PAIRS =
  // Latin letters outside ASCII (TR39): ıi ɑa ɡg ɣy ɩi ɪi ɯw ʋu ʏy ȷj ƽs ᴄc ᴏo ᴑo ᴜu ᴠv ᴡw ᴢz ᶃg ỿy
  '\u0131i\u0251a\u0261g\u0263y\u0269i\u026ai\u026fw\u028bu\u028fy\u0237j\u01bds\u1d04c\u1d0fo\u1d11o\u1d1cu\u1d20v\u1d21w\u1d22z\u1d83g\u1effy' +
  // Latin letters with a stroke or bar (Chrome extras): øo łl đd ħh ŧt
  '\u00f8o\u0142l\u0111d\u0127h\u0167t' +
  // Greek (TR39): αa γy ιi νv οo ρp σo υu ϱp ϲc ϳj
  '\u03b1a\u03b3y\u03b9i\u03bdv\u03bfo\u03c1p\u03c3o\u03c5u\u03f1p\u03f2c\u03f3j' +
  // Greek/Cyrillic kappa and Cyrillic pe (Chrome extras): κk кk пn
  '\u03bak\u043ak\u043fn' +
  // Cyrillic (TR39, ӏ → l from Chrome): аa гr еe оo рp сc уy хx ѕs іi јj ѡw ѵv үy һh ҽe ӏl ԁd ԛq ԝw
  '\u0430a\u0433r\u0435e\u043eo\u0440p\u0441c\u0443y\u0445x\u0455s\u0456i\u0458j\u0461w\u0475v\u04afy\u04bbh\u04bde\u04cfl\u0501d\u051bq\u051dw' +
  // Armenian (TR39): աw գq զq հh ոn ռn սu ցg քf օo
  '\u0561w\u0563q\u0566q\u0570h\u0578n\u057cn\u057du\u0581g\u0584f\u0585o' +
  // Hebrew, Arabic, Georgian, Cherokee (TR39): וl טv ןl סo اl هo ყy Ꭵi Ꮒh Ꮟb Ꮷd
  '\u05d5l\u05d8v\u05dfl\u05e1o\u0627l\u0647o\u10e7y\u13a5i\u13c2h\u13cfb\u13e7d';

/** Source character → Latin prototype letter. Every source and target is one UTF-16 code unit. */
export const CONFUSABLES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < PAIRS.length; i += 2) map.set(PAIRS[i], PAIRS[i + 1]);
  return map;
})();

const MARKS = /\p{M}/gu;
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: "not ASCII"
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * TR39-style skeleton of one Unicode name or label: NFD, drop combining marks (accents), map each
 * confusable character to its Latin prototype. ASCII letters, digits and hyphens are left alone
 * (digit-for-letter swaps are a separate rule), so the skeleton of an ASCII name is the name itself.
 */
export function skeleton(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  let out = '';
  for (const ch of s.normalize('NFD').replace(MARKS, '')) out += CONFUSABLES.get(ch) ?? ch;
  return out;
}
