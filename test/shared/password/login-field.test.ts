import { describe, expect, it } from 'vitest';
import { classifySecretField, type SecretFieldInfo } from '../../../src/shared/password/login-field';

const field = (f: Partial<SecretFieldInfo>): SecretFieldInfo => ({
  type: 'text',
  placeholder: '',
  autocomplete: '',
  name: '',
  id: '',
  inputMode: '',
  maxLength: -1,
  ...f,
});

describe('classifySecretField', () => {
  it.each<[string, Partial<SecretFieldInfo>, ReturnType<typeof classifySecretField>]>([
    // Notion's shared field (docs/notion-ui.md#login-and-signup)
    ['Notion: password placeholder', { type: 'password', id: 'notion-password-input-2', placeholder: 'Enter your password' }, 'password'],
    ['Notion: login-code placeholder, type=password', { type: 'password', id: 'notion-password-input-2', placeholder: 'Paste login code' }, 'login-code'],
    ['Notion: login-code placeholder, type=text', { type: 'text', id: 'notion-password-input-1', placeholder: 'Paste login code' }, 'login-code'],
    ['Notion: Japanese code placeholder', { type: 'password', id: 'notion-password-input-1', placeholder: 'ログインコードを貼り付け' }, 'login-code'],
    ['Notion: French password placeholder', { type: 'password', placeholder: 'Saisissez votre mot de passe' }, 'password'],
    ['Notion: German code placeholder (compound word)', { type: 'password', id: 'notion-password-input-1', placeholder: 'Anmeldecode einfügen' }, 'login-code'],
    ['Notion: Spanish code placeholder', { type: 'password', placeholder: 'Pega el código de inicio de sesión' }, 'login-code'],
    // autocomplete
    ['one-time-code beats type=password', { type: 'password', autocomplete: 'one-time-code' }, 'login-code'],
    ['one-time-code with a password placeholder', { type: 'password', autocomplete: 'one-time-code', placeholder: 'Password' }, 'login-code'],
    ['current-password on a text field', { type: 'text', autocomplete: 'current-password' }, 'password'],
    ['section-x new-password', { type: 'text', autocomplete: 'section-signup new-password' }, 'password'],
    // type and placeholder
    ['bare type=password', { type: 'password' }, 'password'],
    ['TYPE=PASSWORD', { type: 'PASSWORD' }, 'password'],
    ['verification code', { type: 'text', placeholder: 'Enter verification code' }, 'login-code'],
    ['6-digit code', { type: 'text', placeholder: '6-digit code' }, 'login-code'],
    ['OTP', { type: 'text', placeholder: 'OTP' }, 'login-code'],
    ['both mentioned → unknown', { type: 'password', placeholder: 'Password or login code' }, 'unknown'],
    ['password placeholder on text field', { type: 'text', placeholder: 'Password' }, 'password'],
    // name / id
    ['otp name', { type: 'text', name: 'otp' }, 'login-code'],
    ['totp id', { type: 'tel', id: 'totp-input' }, 'login-code'],
    ['password id on text field', { type: 'text', id: 'user_password' }, 'password'],
    ['pwd name', { type: 'text', name: 'pwd' }, 'password'],
    // inputMode
    ['numeric, maxLength 6', { type: 'text', inputMode: 'numeric', maxLength: 6 }, 'login-code'],
    ['numeric, no maxLength', { type: 'text', inputMode: 'numeric' }, 'unknown'],
    ['numeric, maxLength 20', { type: 'text', inputMode: 'numeric', maxLength: 20 }, 'unknown'],
    // negatives
    ['email field', { type: 'email', id: 'notion-email-input-1', placeholder: 'Enter your email address…' }, 'unknown'],
    ['plain text', { type: 'text', placeholder: 'Search' }, 'unknown'],
    ['"Postal code" on a text field is not a login code', { type: 'text', placeholder: 'Postal code' }, 'unknown'],
    ['"Promo code" on a text field is not a login code', { type: 'text', name: 'promo', placeholder: 'Promo code' }, 'unknown'],
    ['"Decode this" on a text field', { type: 'text', placeholder: 'Decode this' }, 'unknown'],
    ['"Email code" on a text field', { type: 'text', placeholder: 'Email code' }, 'login-code'],
    ['"passcode"-like id but "compass" is not', { type: 'text', id: 'compass' }, 'unknown'],
  ])('%s', (_name, f, want) => {
    expect(classifySecretField(field(f))).toBe(want);
  });

  it('tolerates missing or junk attributes', () => {
    expect(classifySecretField({} as SecretFieldInfo)).toBe('unknown');
    expect(classifySecretField(undefined as unknown as SecretFieldInfo)).toBe('unknown');
    expect(classifySecretField(field({ placeholder: 7 as unknown as string, type: 'password' }))).toBe('password');
  });
});
