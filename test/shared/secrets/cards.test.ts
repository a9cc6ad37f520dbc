import { describe, expect, it } from 'vitest';
import { countPaymentCards, isCardNumber, knownIssuer, luhnValid } from '../../../src/shared/secrets/cards';
import { scanForSecrets } from '../../../src/shared/secrets';
import { breakLuhn, group, luhnNumber } from './fixtures';

const VISA = luhnNumber('4', 16, 1);
const VISA19 = luhnNumber('4', 19, 2);
const MC = luhnNumber('53', 16, 3);
const MC2 = luhnNumber('2221', 16, 4);
const MC3 = luhnNumber('2720', 16, 5);
const AMEX = luhnNumber('37', 15, 6);
const DISCOVER = luhnNumber('6011', 16, 7);
const DISCOVER65 = luhnNumber('65', 16, 8);
const DISCOVER644 = luhnNumber('644', 16, 9);
const DINERS = luhnNumber('36', 14, 10);
const JCB = luhnNumber('3530', 16, 11);
const UNIONPAY = luhnNumber('62', 19, 12);
const MIR = luhnNumber('2202', 16, 13);
const MAESTRO = luhnNumber('6759', 13, 14);
const NBSP = '\u00a0';

describe('luhnValid / knownIssuer / isCardNumber', () => {
  it.each([
    ['4111111111111111', true],
    ['4242424242424242', true],
    ['79927398713', true],
    ['4111111111111112', false],
    ['1234567812345678', false],
  ])('luhnValid(%s) = %s', (n, want) => expect(luhnValid(n)).toBe(want));

  it.each([
    [VISA, true], [VISA19, true], [MC, true], [MC2, true], [MC3, true], [AMEX, true], [DISCOVER, true],
    [DISCOVER65, true], [DISCOVER644, true], [DINERS, true], [JCB, true], [UNIONPAY, true], [MIR, true], [MAESTRO, true],
    [luhnNumber('4', 13, 15), false], // 13-digit Visa: not issued any more, looks like a phone number
    [luhnNumber('4', 15, 16), false], // Visa is 16 or 19
    [luhnNumber('34', 16, 17), false], // Amex is 15
    [luhnNumber('51', 15, 18), false], // Mastercard is 16
    [luhnNumber('2721', 16, 19), false], // just past the 2-series range
    [luhnNumber('1', 16, 20), false],
    [luhnNumber('9', 16, 21), false],
    [luhnNumber('0', 16, 22), false],
    [luhnNumber('7', 16, 23), false],
  ])('knownIssuer(%s) = %s', (n, want) => expect(knownIssuer(n)).toBe(want));

  it.each([
    [VISA, true],
    [AMEX, true],
    [breakLuhn(VISA), false],
    [VISA.slice(0, 12), false],
    [`${VISA}1234`, false],
    ['4111-1111-1111-1111', false],
  ])('isCardNumber(%s) = %s', (n, want) => expect(isCardNumber(n)).toBe(want));
});

// [label, text, count]
const FOUND: Array<[string, string, number]> = [
  ['Visa, contiguous', `card ${VISA}`, 1],
  ['Visa, 4-4-4-4 spaces', `Card: ${group(VISA, [4, 4, 4, 4], ' ')}, exp 12/27`, 1],
  ['Visa, 4-4-4-4 dashes', `(${group(VISA, [4, 4, 4, 4], '-')})`, 1],
  ['Visa, 4-4-4-4 no-break spaces', group(VISA, [4, 4, 4, 4], NBSP), 1],
  ['Visa 19, 4-4-4-4-3', group(VISA19, [4, 4, 4, 4, 3], ' '), 1],
  ['Mastercard 5x', group(MC, [4, 4, 4, 4], ' '), 1],
  ['Mastercard 2221', MC2, 1],
  ['Mastercard 2720', MC3, 1],
  ['Amex 4-6-5', group(AMEX, [4, 6, 5], ' '), 1],
  ['Amex contiguous', AMEX, 1],
  ['Discover 6011', DISCOVER, 1],
  ['Discover 65', group(DISCOVER65, [4, 4, 4, 4], '-'), 1],
  ['Discover 644', DISCOVER644, 1],
  ['Diners 4-6-4', group(DINERS, [4, 6, 4], ' '), 1],
  ['JCB', JCB, 1],
  ['UnionPay 19', UNIONPAY, 1],
  ['Mir', MIR, 1],
  ['Maestro 13', MAESTRO, 1],
  ['card then expiry and CVC', `${group(VISA, [4, 4, 4, 4], ' ')} 12/27 123`, 1],
  ['date then card', `2024-01-05 ${group(VISA, [4, 4, 4, 4], ' ')}`, 1],
  ['card at the end of a sentence', `Charge it to ${VISA}.`, 1],
  ['card after a label with a colon', `PAN:${VISA}`, 1],
  ['two cards on one line', `${VISA} ${MC}`, 2],
  ['two cards, grouped', `${group(VISA, [4, 4, 4, 4], ' ')}\n${group(AMEX, [4, 6, 5], ' ')}`, 2],
  ['well-known test number', '4111 1111 1111 1111', 1],
];

const NOT_FOUND: Array<[string, string]> = [
  ['Luhn fails', breakLuhn(VISA)],
  ['Luhn fails, grouped', group(breakLuhn(MC), [4, 4, 4, 4], ' ')],
  ['no card IIN', luhnNumber('1', 16, 30)],
  ['long numeric id', '12345678901234567890'],
  ['Luhn-valid 16 digits inside a 20-digit run', `1234${VISA}`],
  ['Luhn-valid 16 digits inside a longer run (after)', `${VISA}0`],
  ['inside a 4-4-4-4-4 chain (IBAN-like tail)', `${group(VISA, [4, 4, 4, 4], ' ')} 1234`],
  ['IBAN', 'DE89 3704 0044 0532 0130 00'],
  ['glued to letters (hex, ids)', `ab${VISA}cd`],
  ['after an id prefix', `INV-${VISA}`],
  ['after an underscore', `id_${VISA}`],
  ['a decimal', `${VISA}.5`],
  ['a comma-separated list of digits', `1,${VISA}`],
  ['phone number with +', `+${luhnNumber('4', 16, 31)}`],
  ['13-digit number shaped like a phone number', luhnNumber('49151', 13, 32)],
  ['non-standard grouping 4-4-8', group(VISA, [4, 4, 8], ' ')],
  ['mixed separators', `${VISA.slice(0, 4)} ${VISA.slice(4, 8)}-${VISA.slice(8, 12)} ${VISA.slice(12)}`],
  ['double spaces', group(VISA, [4, 4, 4, 4], '  ')],
  ['ISBN-13 with dashes', '978-3-16-148410-0'],
  ['UUID', '123e4567-e89b-12d3-a456-426614174000'],
  ['Amazon order number', '112-4567890-1234567'],
  ['dates and prices', '2024-01-05 12:30, total 4111.11 USD'],
];

describe('payment cards (true cases)', () => {
  it.each(FOUND)('%s', (_label, text, count) => {
    expect(countPaymentCards(text)).toBe(count);
    expect(scanForSecrets(text)).toEqual([{ kind: 'payment-card', count }]);
  });
});

describe('payment cards (false cases)', () => {
  it.each(NOT_FOUND)('%s', (_label, text) => {
    expect(countPaymentCards(text)).toBe(0);
    expect(scanForSecrets(text)).toEqual([]);
  });
});
