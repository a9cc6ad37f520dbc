import { describe, expect, it } from 'vitest';
import { base64UrlToBinary, countPrivateKeys, countServiceAccounts, isJwtHeader } from '../../../src/shared/secrets/structured';
import { B64, cat, pem, rnd, serviceAccount } from './fixtures';

const b64url = (s: string): string => Buffer.from(s, 'latin1').toString('base64url');

describe('base64UrlToBinary', () => {
  it.each([
    ['{"alg":"HS256"}', true],
    ['', true],
    ['a', true],
    ['ab', true],
    ['\u00ff\u00fe binary', true],
  ])('round-trips %j', (s, ok) => expect(base64UrlToBinary(b64url(s)) === s).toBe(ok));

  it.each([
    ['abcde', null], // length ≡ 1 (mod 4) is never valid
    ['ab+c', null], // "+" is base64, not base64url
    ['ab/c', null],
    ['ab=c', null],
  ])('rejects %j', (s, want) => expect(base64UrlToBinary(s)).toBe(want));
});

describe('isJwtHeader', () => {
  it.each([
    [b64url('{"alg":"HS256","typ":"JWT"}'), true],
    [b64url('{ "alg": "none" }'), true],
    [b64url('{"typ":"JWT","alg":"ES256","kid":"2024"}'), true],
    [b64url('{"typ":"JWT"}'), false],
    [b64url('{"alg":256}'), false],
    [b64url('["alg"]'), false],
    [b64url('{"alg":"HS256"'), false],
    [b64url('not json'), false],
    ['eyJ!!!', false],
  ])('%s → %s', (seg, want) => expect(isJwtHeader(seg)).toBe(want));
});

describe('countPrivateKeys', () => {
  const header = cat('-----', 'BEGIN RSA PRIVATE KEY-----');
  it.each([
    ['a full block', pem(), false, 1],
    ['legacy encrypted PEM with Proc-Type headers', `${header}\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${rnd('0123456789ABCDEF', 32)}\n\n${rnd(B64, 64)}`, false, 1],
    ['body on the same line (newlines lost in a paste)', `${header} ${rnd(B64, 200)} -----END RSA PRIVATE KEY-----`, false, 1],
    ['JSON private_key outside a service account', `{"private_key": "${pem().replace(/\n/g, '\\n')}"}`, false, 1],
    ['JSON private_key inside a service account', `{"private_key": "${pem().replace(/\n/g, '\\n')}"}`, true, 0],
    ['header only', header, false, 0],
    ['header and END line only', `${header}\n-----END RSA PRIVATE KEY-----`, false, 0],
    ['short body', `${header}\n${rnd(B64, 30)}\n-----END RSA PRIVATE KEY-----`, false, 0],
    ['body too far from the header', `${header}\n${'word '.repeat(100)}${rnd(B64, 64)}`, false, 0],
    ['public key', pem().replace(/PRIVATE/g, 'PUBLIC'), false, 0],
  ])('%s', (_label, text, inSa, want) => expect(countPrivateKeys(text, inSa)).toBe(want));
});

describe('countServiceAccounts', () => {
  const sa = JSON.parse(serviceAccount()) as Record<string, string>;
  const sorted = JSON.stringify(Object.fromEntries(Object.entries(sa).sort(([a], [b]) => a.localeCompare(b))));
  it.each([
    ['a downloaded key file', serviceAccount(), 1],
    ['fields sorted (type after private_key)', sorted, 1],
    ['minified', JSON.stringify(sa), 1],
    ['two key files', `${serviceAccount(1)}\n${serviceAccount(2)}`, 2],
    ['type without private_key', JSON.stringify({ ...sa, private_key: undefined }), 0],
    ['private_key_id only is not private_key', JSON.stringify({ type: 'service_account', private_key_id: 'abc' }), 0],
    ['type and private_key far apart', `{"type": "service_account"}${' '.repeat(20_000)}{"private_key": "x"}`, 0],
    ['another account type', JSON.stringify({ ...sa, type: 'authorized_user' }), 0],
  ])('%s', (_label, text, want) => expect(countServiceAccounts(text)).toBe(want));
});
