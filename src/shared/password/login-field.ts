// Tells a password field from a field for an emailed login code, from the field's attributes only
// (never its value). Notion's login form uses ONE input (#notion-password-input-N, often
// type=password) for both; only its placeholder says which: "Enter your password" vs
// "Paste login code" (docs/notion-ui.md#login-and-signup). We must not score, breach-check or fingerprint a one-time
// code. PURE.
//
// Precedence (first rule that decides wins):
//  1. autocomplete contains "one-time-code" → 'login-code'.
//  2. Placeholder: mentions only a code (login/verification/one-time code, OTP…; the bare word
//     "code" only on a password-ish field) → 'login-code';
//     mentions only a password → 'password'; mentions both → 'unknown' (we cannot tell which will be
//     typed, so the caller should do nothing).
//  3. autocomplete current-password / new-password → 'password'.
//  4. type=password → 'password'.
//  5. name/id: a code word (otp, one-time, verification, login-code, 2fa, mfa, totp) → 'login-code';
//     "password"/"passwd"/"pwd" → 'password'. (Checked after type/placeholder because Notion's id
//     says "password" even when the field takes a code.)
//  6. inputMode numeric with maxLength 4–8 → 'login-code'.
//  7. Otherwise 'unknown'.

export interface SecretFieldInfo {
  type: string;
  placeholder: string;
  autocomplete: string;
  name: string;
  id: string;
  inputMode: string;
  maxLength: number;
}

export type SecretFieldKind = 'password' | 'login-code' | 'unknown';

// "Code" in the languages Notion ships (en, fr, de, es, pt, it, nl, ja, ko, zh, sv, da, nb, fi, …).
// SPECIFIC phrases name a one-time code on any field. The GENERIC word (also inside compounds such
// as German "Anmeldecode") only counts on a field that is already a password field (type=password
// or a password-ish name/id, like Notion's #notion-password-input-N), so that "Postal code" or
// "Promo code" on an ordinary text field is not taken for a login code.
const CODE_TEXT_SPECIFIC =
  /\b(login|log-in|sign[- ]?in|verification|verify|security|one[- ]?time|temporary|access|confirmation|emailed|email|\d[- ]?digit)\s+code\b|\b(otp|passcode|totp)\b|ログインコード|認証コード|확인\s*코드|인증\s*코드|로그인\s*코드|验证码|驗證碼|登录码|登入碼/iu;
const CODE_TEXT_GENERIC = /code\b|código|codice|\bkod(e|en)?\b|koodi|コード|코드|代码|代碼/iu;
const PASSWORD_TEXT =
  /password|passwort|mot de passe|contraseña|contrasena|senha|palavra-passe|wachtwoord|lösenord|losenord|adgangskode|passord|salasana|hasło|haslo|parola|пароль|パスワード|비밀번호|密码|密碼/iu;
const CODE_ID = /(^|[^a-z])(otp|totp|one[-_]?time|onetime|verification|verify|login[-_]?code|auth[-_]?code|2fa|mfa|passcode)([^a-z]|$)/i;
const PASSWORD_ID = /pass(word|wd)|(^|[^a-z])pwd([^a-z]|$)/i;

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export function classifySecretField(f: SecretFieldInfo): SecretFieldKind {
  const type = str(f?.type).trim().toLowerCase();
  const placeholder = str(f?.placeholder).normalize('NFKC').slice(0, 200);
  const autocomplete = str(f?.autocomplete).trim().toLowerCase();
  const nameId = `${str(f?.name)} ${str(f?.id)}`.slice(0, 400);
  const inputMode = str(f?.inputMode).trim().toLowerCase();
  const maxLength = typeof f?.maxLength === 'number' ? f.maxLength : -1;

  // 1.
  if (/\bone-time-code\b/.test(autocomplete)) return 'login-code';

  // 2.
  const passwordish = type === 'password' || PASSWORD_ID.test(nameId);
  const saysCode = CODE_TEXT_SPECIFIC.test(placeholder) || (passwordish && CODE_TEXT_GENERIC.test(placeholder));
  const saysPassword = PASSWORD_TEXT.test(placeholder);
  if (saysCode && saysPassword) return 'unknown';
  if (saysCode) return 'login-code';
  if (saysPassword) return 'password';

  // 3.
  if (/\b(current|new)-password\b/.test(autocomplete)) return 'password';

  // 4.
  if (type === 'password') return 'password';

  // 5.
  if (CODE_ID.test(nameId)) return 'login-code';
  if (PASSWORD_ID.test(nameId)) return 'password';

  // 6.
  if (inputMode === 'numeric' && maxLength >= 4 && maxLength <= 8) return 'login-code';

  return 'unknown';
}
