// @vitest-environment jsdom
// Login/signup adapter on every fixture variant: with Notion's ids/classes (a) and without (b).
import { beforeEach, describe, expect, test } from 'vitest';
import { $, loadFixture } from './fixtures';
import { isSubmitControl, loginKindOf, readLoginForm } from '../../../src/content/notion/login-form';
import { addressIn, looksLikeAddress } from '../../../src/content/notion/address';
import { mayHavePasswordSurface } from '../../../src/content/notion/password-surface';

/** What fake-login.js does on "Continue" after the email: reveal or insert the secret step. */
function toSecretStep(email: string): void {
  $<HTMLInputElement>('[data-fx=email]').value = email;
  const step = document.querySelector<HTMLElement>('[data-fx=secret-step]');
  if (step) step.hidden = false;
  else {
    const t = document.getElementById('fx-secret') as HTMLTemplateElement;
    $('[data-fx=secret-slot]').append(t.content.firstElementChild!.cloneNode(true));
  }
  const shown = document.querySelector('[data-fx=email-shown]');
  if (shown) {
    shown.textContent = `Continuing as ${email}`;
    $('[data-fx=email-row]').remove();
  }
}

describe('loginKindOf', () => {
  test.each([
    ['/login', 'login'],
    ['/login/', 'login'],
    ['/signup', 'signup'],
    ['/signup/team', 'signup'],
    ['/loginx', undefined],
    ['/p/login-0123', undefined],
    ['/', undefined],
  ])('%s → %s', (path, kind) => expect(loginKindOf(path)).toBe(kind));
});

describe('address helpers', () => {
  test.each([
    ['jane@acme.com', true],
    [' jane@acme.com ', true],
    ['jane@acme', false],
    ['jane', false],
    ['a b@acme.com', false],
  ])('looksLikeAddress(%j) = %s', (s, want) => expect(looksLikeAddress(s)).toBe(want));
  test('addressIn finds the address in page text', () => {
    expect(addressIn('Continuing as jane.doe@acme.com. Not you?')).toBe('jane.doe@acme.com');
    expect(addressIn('no address here')).toBeUndefined();
  });
});

describe.each(['login-a.html', 'login-b.html'])('%s', (fixture) => {
  beforeEach(() => loadFixture(fixture));

  test('email step: the email field, no secret yet', () => {
    const form = readLoginForm(document, '/login')!;
    expect(form.kind).toBe('login');
    expect(form.email).toBe($('[data-fx=email]'));
    expect(form.secret).toBeUndefined();
    expect(form.emailText).toBeUndefined();
  });

  test('password step: the password field (a current password, not a new one) and the address', () => {
    toSecretStep('jane.doe@acme.com');
    const form = readLoginForm(document, '/login')!;
    expect(form.secret).toBe($('[data-fx=secret]'));
    expect(form.secretKind).toBe('password');
    expect(form.secretIsNew).toBe(false);
    expect(form.emailText).toBe('jane.doe@acme.com');
    expect(form.root.contains(form.secret!)).toBe(true);
  });

  test('"Continue" submits; Google/passkey/Forgot password do not', () => {
    toSecretStep('jane.doe@acme.com');
    const form = readLoginForm(document, '/login')!;
    expect(isSubmitControl(form, $('[data-fx=continue]'))).toBe(true);
    for (const b of document.querySelectorAll('[role=button]')) {
      if (/google|passkey|apple|forgot/i.test(b.textContent ?? '')) expect(isSubmitControl(form, b)).toBe(false);
    }
  });

  test('not a login page: nothing', () => {
    expect(readLoginForm(document, '/p/Roadmap-0123456789abcdef0123456789abcdef')).toBeUndefined();
  });

  test('the every-page check fires on the path alone', () => {
    expect(mayHavePasswordSurface(document, '/login')).toBe(true);
  });

  test('a mangled page (no inputs) gives undefined, not an exception', () => {
    for (const i of document.querySelectorAll('input')) i.remove();
    expect(readLoginForm(document, '/login')).toBeUndefined();
  });
});

describe('the ids are not relied on', () => {
  test('login-a with every notion-* id removed still works', () => {
    loadFixture('login-a.html');
    for (const el of document.querySelectorAll('[id^="notion-"]')) el.removeAttribute('id');
    toSecretStep('jane.doe@acme.com');
    const form = readLoginForm(document, '/login')!;
    expect(form.email).toBe($('[data-fx=email]'));
    expect(form.secret).toBe($('[data-fx=secret]'));
    expect(form.secretKind).toBe('password');
  });
});

describe('login code vs password on the same field', () => {
  test('login-a: "Use a login code instead" turns the same field into a login code', () => {
    loadFixture('login-a.html');
    toSecretStep('jane.doe@acme.com');
    $('[data-fx=secret]').setAttribute('placeholder', 'Paste login code');
    expect(readLoginForm(document, '/login')!.secretKind).toBe('login-code');
  });
  test('signup-a: type=password field whose placeholder asks for a login code', () => {
    loadFixture('signup-a.html');
    toSecretStep('team@acme.com');
    const form = readLoginForm(document, '/signup')!;
    expect(form.kind).toBe('signup');
    expect(form.secretKind).toBe('login-code');
    expect(form.secretIsNew).toBe(false);
  });
  test('signup-b: a new password (autocomplete=new-password)', () => {
    loadFixture('signup-b.html');
    toSecretStep('sam@globex.io');
    const form = readLoginForm(document, '/signup')!;
    expect(form.secretKind).toBe('password');
    expect(form.secretIsNew).toBe(true);
    expect(form.emailText).toBe('sam@globex.io');
  });
});
