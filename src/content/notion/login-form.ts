// Notion's login and signup forms (docs/notion-ui.md#login-and-signup): `/login` and `/signup` on app.notion.com
// and www.notion.so. First an email step, then ONE field that takes either the password or an emailed
// login code (seen: `#notion-password-input-N`, and only its placeholder tells which).
//
// Anchors, in order: input types and autocomplete tokens → name/id/placeholder through
// shared/password/login-field.ts (which tells a password from a login code) → `.notion-login` (seen,
// one source) only to find the container. The ids `notion-email-input-N` / `notion-password-input-N`
// are NOT relied on: they only count as one more "email"/"password" hint (their N varies, and the
// 2026 host move was not re-verified).
// Adapters return plain data and never write to Notion's nodes. Fixtures: login-{a,b}.html, signup-{a,b}.html.

import { classifySecretField, type SecretFieldInfo, type SecretFieldKind } from '@shared/password/login-field';
import * as SEL from './selectors';
import { addressShownIn, looksLikeAddress } from './address';
import { closest, isInactive, queryAll } from './dom';
import { textOf } from './texts';


export type LoginKind = 'login' | 'signup';

export interface LoginForm {
  kind: LoginKind;
  /** The form, else the nearest container holding the fields. */
  root: Element;
  email?: HTMLInputElement;
  /** The address as typed in the email field, or as shown as text on the password step. */
  emailText?: string;
  secret?: HTMLInputElement;
  secretKind?: SecretFieldKind;
  /** The secret is a new password being chosen (autocomplete=new-password, or a password on signup). */
  secretIsNew: boolean;
}

/** Path only (pure): the host is already limited by the manifest matches. */
export function loginKindOf(pathname: string): LoginKind | undefined {
  const m = /^\/(login|signup)(?:\/|$)/.exec(pathname);
  return m ? (m[1] as LoginKind) : undefined;
}

export function fieldInfo(input: HTMLInputElement): SecretFieldInfo {
  return {
    type: input.getAttribute('type') ?? 'text',
    placeholder: input.getAttribute('placeholder') ?? input.getAttribute('aria-label') ?? '',
    autocomplete: input.getAttribute('autocomplete') ?? '',
    name: input.getAttribute('name') ?? '',
    id: input.id,
    inputMode: input.getAttribute('inputmode') ?? '',
    maxLength: input.maxLength,
  };
}

/** Email fields: type=email, autocomplete email/username (inferred, docs/notion-ui.md#login-and-signup), or an email name/id/placeholder. */
const EMAIL_FIELD = [...SEL.emailInput, ...SEL.usernameInput];
const EMAIL_HINT = /e-?mail/i;
/** Candidate secret fields: every visible text-like input; login-field.ts decides which are secrets. */
const TEXTISH = [...SEL.textInput, ...SEL.passwordInput, ...SEL.codeInput];

/** Not disabled and not inside a hidden step (attribute checks only: no layout in the flush path). */
function isUsable(input: HTMLInputElement): boolean {
  return !input.disabled && input.type !== 'hidden' && input.isConnected && !isInactive(input);
}

function findEmail(root: ParentNode): HTMLInputElement | undefined {
  const typed = queryAll<HTMLInputElement>(root, EMAIL_FIELD).find(isUsable);
  if (typed) return typed;
  return queryAll<HTMLInputElement>(root, SEL.textInput).find(
    (i) => isUsable(i) && EMAIL_HINT.test(`${i.name} ${i.id} ${i.getAttribute('placeholder') ?? ''} ${i.getAttribute('aria-label') ?? ''}`),
  );
}

function findSecret(root: ParentNode, email: HTMLInputElement | undefined): { input: HTMLInputElement; kind: SecretFieldKind } | undefined {
  let fallback: { input: HTMLInputElement; kind: SecretFieldKind } | undefined;
  for (const input of queryAll<HTMLInputElement>(root, TEXTISH)) {
    if (input === email || !isUsable(input)) continue;
    const kind = classifySecretField(fieldInfo(input));
    if (kind === 'password' || kind === 'login-code') return { input, kind };
    // type=password that login-field.ts calls 'unknown' (placeholder names both): keep, do nothing with it.
    if (kind === 'unknown' && input.type === 'password') fallback ??= { input, kind };
  }
  return fallback;
}

function containerOf(el: Element): Element {
  return (
    (el as HTMLInputElement).form ??
    closest(el, SEL.loginContainer) ??
    closest(el, SEL.formContainer) ??
    el.ownerDocument.body
  );
}

/**
 * The login/signup form on `/login` or `/signup`, or undefined elsewhere or before any field exists.
 * Required: an email field or a secret field. Optional (absent on the email step): the secret field.
 */
export function readLoginForm(doc: Document, pathname: string): LoginForm | undefined {
  const kind = loginKindOf(pathname);
  if (!kind) return undefined;
  const email = findEmail(doc);
  const secret = findSecret(doc, email);
  if (!email && !secret) return undefined;
  const root = containerOf((secret?.input ?? email)!);
  const typed = email?.value.trim();
  // On the password step Notion may show the address as text instead of the field (inferred).
  const emailText = looksLikeAddress(typed) ? typed : secret ? addressShownIn(root) : undefined;
  const form: LoginForm = { kind, root, secretIsNew: false };
  if (email) form.email = email;
  if (emailText) form.emailText = emailText;
  if (secret) {
    form.secret = secret.input;
    form.secretKind = secret.kind;
    const ac = secret.input.getAttribute('autocomplete') ?? '';
    form.secretIsNew = secret.kind === 'password' && (/\bnew-password\b/.test(ac) || (kind === 'signup' && !/\bcurrent-password\b/.test(ac)));
  }
  return form;
}

/**
 * Third-party and side buttons of the login page (seen, docs/notion-ui.md#login-and-signup: "Continue with Google/Apple", SSO,
 * passkey, ChatGPT, Microsoft, "Forgot password?"): clicking them does not submit the typed secret.
 */
const NOT_SUBMIT = /google|apple|microsoft|chatgpt|passkey|\bsso\b|single sign-on|saml|forgot|reset|cancel|back\b|resend|send (a )?(new )?code|email me|\bshow\b|\bhide\b/i;

/** The control a click on `target` presses when it submits the form's secret: a button inside the form that is not a side action. */
export function loginSubmitControl(form: LoginForm, target: Element): Element | undefined {
  const control = closest(target, SEL.submitControl);
  if (!control || !form.root.contains(control)) return undefined;
  const label = control.getAttribute('aria-label') ?? (control as HTMLInputElement).value ?? '';
  return NOT_SUBMIT.test(`${label} ${textOf(control, 80)}`) ? undefined : control;
}

/** Whether a click on `target` submits the form's secret. */
export function isSubmitControl(form: LoginForm, target: Element): boolean {
  return loginSubmitControl(form, target) !== undefined;
}
