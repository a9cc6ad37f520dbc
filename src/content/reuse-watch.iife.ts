// Reuse watch on OTHER sites (issue 4). Registered at run time by the background (background/reuse.ts)
// only when the user or organisation turned settings.reuseWatch on AND the optional all-sites
// permission was granted; built by crxjs as one self-contained IIFE.
//
// When a password is submitted or its field loses focus (trusted, user-made events only), we compute
// the salted 36-bit fingerprint HERE (WebCrypto; the password never leaves this isolated world) and
// send only the fingerprint and the host name to the background, which compares it with the Notion
// password's fingerprint and remembers it (capped, 90-day expiry: shared/password/reuse-store.ts).
// On a match we warn in the page: "you are using your Notion password on example.com".
//
// Privacy/threat notes: the card sits in a CLOSED shadow root, so the page cannot read what it says;
// the page can still see that an element appeared after it collected the password (accepted: it has
// the password already, and the warning is worth more). Checks are rate-limited (below, and again in
// the background), so neither a page nor a bug can turn the comparison into a guessing oracle.
// E2E: test/e2e/password.e2e.ts ("reuse watch").

import { browser } from '../platform/browser';
import { send } from '../platform/messaging';
import { t } from '../platform/i18n';
import { fingerprint, saltFromBase64 } from '../shared/password/fingerprint';
import { createRateLimiter } from '../shared/password/rate-limit';

const MIN_LENGTH = 6; // shorter values are PINs or codes, not the Notion password (its minimum is 8)
const MAX_LENGTH = 1000;
const HOST_TAG = 'srm-coach-reuse';
const GUARD = Symbol.for('srm-coach.reuse-watch');

(() => {
  const g = globalThis as unknown as Record<symbol, boolean>;
  if (g[GUARD]) return;
  g[GUARD] = true;

  const perMinute = createRateLimiter(6, 60_000);
  const perHour = createRateLimiter(40, 60 * 60_000);
  // A field is checked again only after the user typed in it: blur then submit is one check.
  const dirty = new WeakSet<HTMLInputElement>();
  let warned = false;

  const isPasswordField = (el: EventTarget | null): el is HTMLInputElement =>
    el instanceof HTMLInputElement && el.type === 'password';

  async function salt(): Promise<Uint8Array | undefined> {
    const got = await browser.storage.local.get('reuse');
    const stored = (got.reuse as { salt?: string } | undefined)?.salt;
    const fromStore = typeof stored === 'string' ? saltFromBase64(stored) : undefined;
    if (fromStore) return fromStore;
    const reply = await send('reuse:salt', {});
    return reply?.salt ? saltFromBase64(reply.salt) : undefined;
  }

  async function check(input: HTMLInputElement): Promise<void> {
    if (!dirty.has(input)) return;
    const value = input.value;
    if (value.length < MIN_LENGTH || value.length > MAX_LENGTH) return;
    const now = Date.now();
    if (!perMinute.take(now) || !perHour.take(now)) return;
    dirty.delete(input);
    const s = await salt();
    if (!s) return;
    const fp = await fingerprint(value, s);
    const host = location.hostname.toLowerCase();
    const reply = await send('reuse:other', { fp, host });
    if (reply?.notion) warn(host);
  }

  const run = (input: HTMLInputElement) => void check(input).catch(() => undefined);

  document.addEventListener(
    'input',
    (e) => {
      if (e.isTrusted && isPasswordField(e.target)) dirty.add(e.target);
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
    'keydown',
    (e) => {
      if (e.isTrusted && e.key === 'Enter' && isPasswordField(e.target)) run(e.target);
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

  function warn(host: string): void {
    if (warned) return;
    warned = true;
    const el = document.createElement(HOST_TAG);
    el.setAttribute(
      'style',
      'all: initial !important; position: fixed !important; right: 16px !important; bottom: 16px !important; z-index: 2147483647 !important; display: block !important;',
    );
    const root = el.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent =
      ':host{all:initial}.card{width:340px;max-width:calc(100vw - 32px);font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;' +
      'background:#fff;color:#37352f;border:1px solid rgba(15,15,15,.12);border-left:4px solid #b3261e;border-radius:8px;box-shadow:0 8px 28px rgba(15,15,15,.18);padding:12px 14px}' +
      '.t{font-weight:600;margin:0 0 6px}p{margin:0 0 6px}ul{margin:4px 0 8px;padding-left:18px}button{font:inherit;font-size:13px;border:1px solid rgba(15,15,15,.12);background:#2383e2;color:#fff;border-radius:6px;padding:4px 10px;cursor:pointer}';
    const card = document.createElement('section');
    card.className = 'card';
    card.setAttribute('role', 'alert');
    const title = document.createElement('p');
    title.className = 't';
    title.textContent = t('pwReuseOtherTitle', host);
    const why = document.createElement('p');
    why.textContent = t('pwReuseOtherWhy', host);
    const list = document.createElement('ul');
    for (const key of ['pwStepChange', 'pwStepManager', 'pwStep2fa'] as const) {
      const li = document.createElement('li');
      li.textContent = t(key);
      list.append(li);
    }
    const ok = document.createElement('button');
    ok.type = 'button';
    ok.textContent = t('pwGotIt');
    ok.addEventListener('click', () => el.remove());
    card.append(title, why, list, ok);
    root.append(style, card);
    for (const type of ['keydown', 'keyup', 'keypress', 'input', 'paste'])
      el.addEventListener(type, (e) => e.stopPropagation());
    document.documentElement.append(el);
  }
})();
