// Payment card numbers (PANs) in pasted text. PURE: no DOM, no storage, nothing leaves the function.
//
// A card is counted when ALL hold:
//  - shape: 13–19 contiguous digits, or digits in a standard print grouping (4-4-4-4, 4-4-4-4-3,
//    4-6-5 Amex, 4-6-4 Diners) joined by dashes, or by single spaces (a no-break space counts as one);
//  - it stands alone: not glued to letters, digits or "_" (so never inside hex, SHAs, UUIDs, a longer digit
//    run or an "INV-…" id), not after "+" (phone numbers), not continued by "." "," "/" ":" "-" plus a digit
//    (decimals, dates, lists). A space-grouped number must be the WHOLE chain of bare digit tokens: "4111
//    1111 1111 1111 1234" (4-4-4-4-4, e.g. an IBAN tail) is not a card, while "4111 1111 1111 1111 12/25"
//    is, because "12/25" is not a bare digit token;
//  - a known issuer prefix (IIN) for that length (see knownIssuer), and the Luhn checksum.
// Cost: ONE regex pass (bounded quantifiers; the only unbounded ones sit in lookarounds, each a single
// digit run) plus a Luhn check per candidate. No JS loop per character: a 1 MB paste of digits, "1 1 1 …"
// or "4111 4111 …" is scanned in native regex code even before the JIT warms up.
// Scanned a slice at a time (region.ts), a lookaround reads at most SCAN_CONTEXT characters past its slice: a card
// near a slice's edge, next to a run of over 16,384 digits, may be judged on part of that run.
import { eachMatch, regionOf, type Cursor, type Region } from './region';

// Cannot follow: a word char or "+"; a word char then "-"; a digit then . , / :
const HARD_LEFT = String.raw`[A-Za-z0-9_+]|[A-Za-z0-9_]-|[0-9][.,/:]`;
// Cannot come next: a word char; "-" then a word char; . , / : then a digit.
const HARD_RIGHT = String.raw`[A-Za-z0-9_]|-[A-Za-z0-9_]|[.,/:][0-9]`;
const SP = String.raw`[ \u00a0]`;
const grouped = (sep: string): string =>
  String.raw`[0-9]{4}${sep}(?:[0-9]{4}${sep}[0-9]{4}${sep}[0-9]{4}(?:${sep}[0-9]{3})?|[0-9]{6}${sep}[0-9]{4,5})`;
// A bare digit token (standing alone on its left) then a space, just before; a space then a bare token, just after.
const BARE_BEFORE = String.raw`(?<!(?<!${HARD_LEFT})[0-9]+${SP})`;
const BARE_AFTER = String.raw`(?!${SP}[0-9]+(?!${HARD_RIGHT}))`;
const CARD_RE = new RegExp(
  String.raw`(?<!${HARD_LEFT})(?:[0-9]{13,19}|${grouped('-')}|${BARE_BEFORE}${grouped(SP)}${BARE_AFTER})(?!${HARD_RIGHT})`,
  'g',
);
const MAESTRO = new Set([5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763]);

/** Luhn (mod 10) over an all-digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Known issuer prefix for this length (Visa, Mastercard, Amex, Discover, JCB, UnionPay, Diners, Mir, Maestro). */
export function knownIssuer(digits: string): boolean {
  const len = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  if (digits[0] === '4') return len === 16 || len === 19; // Visa (no 13-digit PANs issued for decades;
  // dropping them keeps 13-digit phone numbers such as 49 151 … out)
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return len === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return len === 15; // American Express
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) return len >= 16; // Discover
  if (p4 >= 3528 && p4 <= 3589) return len >= 16; // JCB
  if (p2 === 62) return len >= 16; // UnionPay
  if (p2 === 36 || p2 === 38 || p2 === 39 || (p3 >= 300 && p3 <= 305)) return len >= 14; // Diners Club
  if (p4 >= 2200 && p4 <= 2204) return len >= 16; // Mir
  if (MAESTRO.has(p4)) return len >= 13; // Maestro
  return false;
}

/** A 13–19 digit string with a known issuer prefix and a valid Luhn checksum. */
export function isCardNumber(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && /^[0-9]+$/.test(digits) && knownIssuer(digits) && luhnValid(digits);
}

/** Payment card numbers starting in the region (see the rules at the top of this file). */
export function paymentCardsIn(r: Region, cursor: Cursor): number {
  let count = 0;
  eachMatch(CARD_RE, r, cursor, (m) => {
    if (isCardNumber(m[0].replace(/[^0-9]/g, ''))) count++;
  });
  return count;
}

/** Number of payment card numbers in `text` (see the rules at the top of this file). */
export function countPaymentCards(text: string): number {
  return paymentCardsIn(regionOf(text, 0, text.length), new Map());
}
