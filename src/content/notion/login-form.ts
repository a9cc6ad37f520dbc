// Notion's login and signup forms (shared/notion-ui.md §5): `/login` and `/signup` on app.notion.com
// and www.notion.so. First an email step, then ONE field that takes either the password or an emailed
// login code (§5.2 SAW: `#notion-password-input-N`, "the placeholder tells which").
//
// Anchors, in order (design §10.5): input types and autocomplete tokens → name/id/placeholder through
// shared/password/login-field.ts (which tells a password from a login code) → `.notion-login` (§5.2,
// one source) only to find the container. The ids `notion-email-input-N` / `notion-password-input-N`
// are NOT relied on: they only count as one more "email"/"password" hint (their N varies, and the
// 2026 host move was not re-verified).
// Adapters return plain data and never write to Notion's nodes. Fixtures: login-{a,b}.html, signup-{a,b}.html.

import { classifySecretField, type SecretFieldInfo, type SecretFieldKind } from '../../shared/password/login-field';
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

// Starts where a run of local-part characters starts (the lookbehind): a run without "@" is read once.
const ADDRESS_RE = /(?<![^\s@<>()"',;:])[^\s@<>()"',;:]{1,64}@[^\s@<>()"',;:]+\.[^\s@<>()"',;:.]{2,}/u;
const COMPLETE_ADDRESS = /^[^\s@]{1,64}@[^\s@]+\.[^\s@.]{2,}$/u;

export function looksLikeAddress(s: string | undefined): s is string {
  return !!s && s.length <= 320 && COMPLETE_ADDRESS.test(s.trim());
}

/** The first address in a text (used where Notion shows the signed-in email as text). */
export function addressIn(text: string): string | undefined {
  return ADDRESS_RE.exec(text.slice(0, 5000))?.[0];
}

/**
 * The first address shown as text inside `root`, text node by text node: React markup has no spaces
 * between elements, so the joined textContent would glue "jane@acme.com" to the next button's label.
 */
export function addressShownIn(root: Element, maxNodes = 400): string | undefined {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(), seen = 0; n && seen < maxNodes; n = walker.nextNode(), seen += 1) {
    const hit = addressIn((n as Text).data);
    if (hit) return hit;
  }
  return undefined;
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

/** Email fields: type=email, autocomplete email/username (§5.2 INFERRED recipe), or an email name/id/placeholder. */
const EMAIL_INPUT = 'input[type="email"], input[autocomplete~="email"], input[autocomplete~="username"]';
const EMAIL_HINT = /e-?mail/i;
/** Candidate secret fields: every visible text-like input; login-field.ts decides which are secrets. */
const TEXTISH = 'input:not([type]), input[type="password"], input[type="text"], input[type="tel"], input[type="number"]';

/** Not disabled and not inside a hidden step (attribute checks only: no layout in the flush path). */
function isUsable(input: HTMLInputElement): boolean {
  return !input.disabled && input.type !== 'hidden' && input.isConnected && !input.closest('[hidden], [inert], [aria-hidden="true"]');
}

function findEmail(root: ParentNode): HTMLInputElement | undefined {
  const typed = [...root.querySelectorAll<HTMLInputElement>(EMAIL_INPUT)].find(isUsable);
  if (typed) return typed;
  return [...root.querySelectorAll<HTMLInputElement>('input:not([type]), input[type="text"]')].find(
    (i) => isUsable(i) && EMAIL_HINT.test(`${i.name} ${i.id} ${i.getAttribute('placeholder') ?? ''} ${i.getAttribute('aria-label') ?? ''}`),
  );
}

function findSecret(root: ParentNode, email: HTMLInputElement | undefined): { input: HTMLInputElement; kind: SecretFieldKind } | undefined {
  let fallback: { input: HTMLInputElement; kind: SecretFieldKind } | undefined;
  for (const input of root.querySelectorAll<HTMLInputElement>(TEXTISH)) {
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
    el.closest('.notion-login') ?? // §5.2 (one source): the login container
    el.closest('[role="main"], main, [role="dialog"]') ??
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
  // On the password step Notion may show the address as text instead of the field (§5.2 INFERRED).
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
 * Third-party and side buttons of the login page (§5.1/5.2 SAW: "Continue with Google/Apple", SSO,
 * passkey, ChatGPT, Microsoft, "Forgot password?"): clicking them does not submit the typed secret.
 */
const NOT_SUBMIT = /google|apple|microsoft|chatgpt|passkey|\bsso\b|single sign-on|saml|forgot|reset|cancel|back\b|resend|send (a )?(new )?code|email me|\bshow\b|\bhide\b/i;

/** The control a click on `target` presses when it submits the form's secret: a button inside the form that is not a side action. */
export function loginSubmitControl(form: LoginForm, target: Element): Element | undefined {
  const control = target.closest('button, [role="button"], input[type="submit"]');
  if (!control || !form.root.contains(control)) return undefined;
  const label = control.getAttribute('aria-label') ?? (control as HTMLInputElement).value ?? '';
  return NOT_SUBMIT.test(`${label} ${textOf(control, 80)}`) ? undefined : control;
}

/** Whether a click on `target` submits the form's secret. */
export function isSubmitControl(form: LoginForm, target: Element): boolean {
  return loginSubmitControl(form, target) !== undefined;
}
