// Reuse watch on OTHER sites. Registered at run time by the background (background/reuse.ts) only when
// the user or organisation turned settings.reuseWatch on AND the optional all-sites permission was
// granted; built by crxjs as one self-contained IIFE (not web-accessible: registered scripts need not be).
//
// When a password the user TYPED is submitted, or its field loses focus, we compute stage 1 of the
// fingerprint HERE (SHA-256 with the public salt; the password never leaves this isolated world) and send
// only that salted pre-hash to the background, which takes the site from the sender, makes the keyed
// fingerprint and compares it with the Notion password's (shared/password/fingerprint.ts).
//
// This site learns nothing: nothing is added to its page, the reply is empty whatever the result, and a
// reuse is told outside the page (toolbar badge, popup, a browser notification if allowed). A check needs
// the user's own keystrokes in the field: script-made input (even execCommand's trusted input events) and
// script-made focus changes do not count. Limits per site and overall live in the background, in
// storage.session (SECURITY.md has the arithmetic). E2E: test/e2e/password-reuse.e2e.ts.

import { readReusePublicSalt } from '../platform/storage';
import { send } from '../platform/messaging';
import { preHash, saltFromBase64 } from '@shared/password/fingerprint';

const MIN_LENGTH = 6; // shorter values are PINs or codes, not the Notion password (its minimum is 8)
const MAX_LENGTH = 1000;
const GUARD = Symbol.for('srm-coach.reuse-watch');

(() => {
  const g = globalThis as unknown as Record<symbol, boolean>;
  if (g[GUARD]) return;
  g[GUARD] = true;

  // Keys the user pressed in each field since it was last checked (trusted keydown events only: a page can
  // set a value, fire input events and move focus, but it cannot make a keydown the browser calls trusted).
  const typed = new WeakMap<HTMLInputElement, number>();

  const isPasswordField = (el: EventTarget | null): el is HTMLInputElement =>
    el instanceof HTMLInputElement && el.type === 'password';

  async function salt(): Promise<Uint8Array | undefined> {
    const stored = await readReusePublicSalt();
    const fromStore = stored ? saltFromBase64(stored) : undefined;
    if (fromStore) return fromStore;
    const reply = await send('reuse:salt', {});
    return reply?.salt ? saltFromBase64(reply.salt) : undefined;
  }

  async function check(input: HTMLInputElement): Promise<void> {
    const value = input.value;
    // At least as many real keystrokes as the shortest password we check: a value a script put in the
    // field, with a key or two pressed by the user, does not count.
    if ((typed.get(input) ?? 0) < MIN_LENGTH || value.length < MIN_LENGTH || value.length > MAX_LENGTH) return;
    typed.delete(input);
    const s = await salt();
    if (!s) return;
    await send('reuse:other', { pre: await preHash(value, s) });
  }

  const run = (input: HTMLInputElement) => void check(input).catch(() => undefined);

  document.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted || !isPasswordField(e.target)) return;
      if (e.key === 'Enter') return run(e.target);
      if (e.key.length === 1 || e.key === 'Backspace') typed.set(e.target, (typed.get(e.target) ?? 0) + 1);
    },
    true,
  );
  // A trusted paste is the user's own too (a page cannot paste for the user).
  document.addEventListener(
    'paste',
    (e) => {
      if (e.isTrusted && isPasswordField(e.target)) typed.set(e.target, MIN_LENGTH);
    },
    true,
  );
  document.addEventListener(
    'focusout',
    (e) => {
      if (e.isTrusted && isPasswordField(e.target)) run(e.target);
    },
    true,
  );
  document.addEventListener(
    'submit',
    (e) => {
      if (!e.isTrusted || !(e.target instanceof HTMLFormElement)) return;
      for (const el of e.target.querySelectorAll('input[type="password"]')) run(el as HTMLInputElement);
    },
    true,
  );
})();
