// Password coaching on Notion, loaded lazily by features/password-coach.ts once a password
// surface shows up. It:
//  - on /login and /signup: notes role addresses (team@, info@…: role=status), learns the user's own
//    work domain, and when the password in use is weak, alerts why and what to do (on blur/submit);
//  - on Set/Change password (Settings → account → Account security) and a signup password: a live
//    meter (role=status) with the reason in plain words;
//  - opt-in: the HIBP breach check (once per blur/submit, never per keystroke) and the reuse watch
//    (fingerprint of the Notion password once the login or change went through);
//  - confirm mode (passwordMode 'confirm'): saving a weak or breached NEW password (Set/Change dialog,
//    signup) is held until the user chooses "Choose a stronger one" or "Use it anyway". A sign-in is
//    never held: holding it would not change the password in use, so login keeps the coach-mode alert.
// All password work happens in the secret frame (frame-client.ts); this file holds the password only
// in the field and, between a submit and its success, in memory.

import { send } from '../../platform/messaging';
import type { FeatureContext } from '../runtime/feature';
import { holdActions } from '../runtime/intercept';
import { isLoginPath } from '../notion/page';
import { isSubmitControl, loginSubmitControl, looksLikeAddress, readLoginForm, type LoginForm } from '../notion/login-form';
import {
  findPasswordDialog,
  isPasswordDialogSubmit,
  passwordDialogSubmitControl,
  readAccountInfo,
  readWorkspaceName,
  type AccountInfo,
  type PasswordDialog,
} from '../notion/password-settings';
import { isRoleAccount } from '../../shared/password/role-account';
import type { PasswordPolicy, StrengthVerdict } from '../../shared/password/policy';
import type { PersonalContext } from '../../shared/password/frame-protocol';
import { openSecretFrame, takeSecretFrame, type SecretFrame } from './frame-client';
import { breachUnavailableCard, breachedCard, confirmWeakCard, loginWeakCard, meterCard, reusedCard, sharedAccountCard } from './cards';

/** The frame (and its ~50 MB of dictionaries) goes away after this long without a password surface. */
const IDLE_MS = 60_000;
/** A submitted password counts as "in use" once its form is gone within this time (login/change succeeded). */
const COMMIT_MS = 60_000;

type Surface = 'login' | 'new';
interface Field {
  version: number;
  recorded?: number;
  breach?: number;
  /** The version the opt-in breach check found in a breach corpus. */
  breached?: number;
  /** The version the user chose to keep ("Use it anyway"): never held again. */
  accepted?: number;
  loginChecked?: number;
}

export function run(ctx: FeatureContext): void {
  let frame: SecretFrame | undefined;
  let lastSeen = Date.now();
  let login: LoginForm | undefined;
  let dialog: PasswordDialog | undefined;
  let account: AccountInfo = {};
  let meterInput: HTMLInputElement | undefined;
  const fields = new WeakMap<HTMLInputElement, Field>();
  const sharedShown = new Set<string>();
  const learned = new Set<string>();
  let pending: { password: string; isNew: boolean; at: number; input: HTMLInputElement } | undefined;

  let claimed = false; // the login/signup prewarm's frame is claimed once, then frames are opened here
  const getFrame = () => (frame ??= claimed ? openSecretFrame(ctx.signal) : ((claimed = true), takeSecretFrame(ctx.signal)));
  // Prewarm in a task of its own, so creating the frame never lengthens a DOM-batch task.
  let warming = false;
  const warmSoon = () => {
    if (frame || warming) return;
    warming = true;
    setTimeout(() => {
      warming = false;
      if (!ctx.signal.aborted) getFrame();
    }, 0);
  };
  // The account page is re-read at most once a second (it is text-heavy and rarely changes).
  let accountReadAt = 0;
  const readAccount = (): AccountInfo | undefined => {
    const now = Date.now();
    if (now - accountReadAt < 1000) return undefined;
    const info = readAccountInfo(document);
    if (info) accountReadAt = now;
    return info;
  };
  const field = (input: HTMLInputElement): Field => {
    let f = fields.get(input);
    if (!f) fields.set(input, (f = { version: 0 }));
    return f;
  };
  const policy = (): PasswordPolicy => {
    const s = ctx.settings().values;
    return { minScore: s.minPasswordScore, minLength: s.minPasswordLength, minLength2fa: s.minPasswordLength2fa };
  };
  const personal = (): PersonalContext => {
    const c: PersonalContext = {};
    const email = login?.emailText ?? account.email;
    if (email) c.email = email;
    if (account.name) c.name = account.name;
    const ws = readWorkspaceName(document);
    if (ws) c.workspace = ws;
    return c;
  };
  const score = (value: string) => getFrame().score(value, personal(), policy(), account.has2fa);
  const anchorOf = (kind: Surface) => (kind === 'login' ? (login?.root ?? null) : (dialog?.root ?? meterInput ?? null));

  const idle = setInterval(() => {
    if (frame && Date.now() - lastSeen > IDLE_MS && !pending) {
      frame.close();
      frame = undefined;
    }
  }, 10_000);
  ctx.signal.addEventListener('abort', () => clearInterval(idle));

  // ── Own domain: learned from the signed-in address, never a personal mail domain. Not a secret, so
  // not the secret frame's work: the background (the settings' one writer, with the Public Suffix List)
  // learns it, and only while the user has no own domain yet (SECURITY.md).
  const learn = (email: string | undefined) => {
    if (!looksLikeAddress(email) || learned.has(email) || ctx.settings().locked.includes('ownDomains') || ctx.settings().values.ownDomains.length) return;
    learned.add(email);
    void send('settings:learn-own-domain', { email: email.slice(0, 320) }).catch(() => undefined);
  };

  // ── Shared (role) accounts on login/signup ───────────────────────────────────────────────────────
  const updateShared = () => {
    const email = login?.emailText ?? login?.email?.value.trim();
    if (!login || !looksLikeAddress(email) || !isRoleAccount(email)) return ctx.ui.hide('shared');
    const key = email.toLowerCase();
    if (sharedShown.has(`x:${key}`)) return; // dismissed
    ctx.ui.show(sharedAccountCard(email, login.email ?? login.root, () => (sharedShown.add(`x:${key}`), ctx.ui.hide('shared'))));
  };
  /** Recorded once the address is committed (email step done, or its field left), not while it is typed. */
  const recordShared = () => {
    const email = login?.emailText ?? login?.email?.value.trim();
    if (!login || !looksLikeAddress(email) || !isRoleAccount(email)) return;
    const key = email.toLowerCase();
    if (sharedShown.has(key)) return;
    sharedShown.add(key);
    ctx.record({ kind: 'shared-account', decision: 'shown', domains: [key.slice(key.lastIndexOf('@') + 1)], detail: login.kind });
  };

  // ── Live meter: latest wins (one score in flight, the newest value next) ─────────────────────────
  let inflight = false;
  let queued = false;
  let lastVerdict: { input: HTMLInputElement; version: number; verdict: StrengthVerdict } | undefined;
  const meter = async (input: HTMLInputElement) => {
    if (inflight) return void (queued = true);
    inflight = true;
    try {
      do {
        queued = false;
        const { version } = field(input);
        const value = input.value;
        if (!value) {
          ctx.ui.hide('meter');
          continue;
        }
        const verdict = await score(value);
        if (!verdict || input !== meterInput || ctx.signal.aborted) continue;
        lastVerdict = { input, version, verdict };
        ctx.ui.show(meterCard(verdict, anchorOf('new')));
      } while (queued && !ctx.signal.aborted);
    } finally {
      inflight = false;
    }
  };

  // ── Checks on blur / submit ──────────────────────────────────────────────────────────────────────
  const recordVerdict = (input: HTMLInputElement, f: Field, verdict: StrengthVerdict) => {
    if (f.recorded === f.version) return;
    f.recorded = f.version;
    ctx.record({ kind: 'password-verdict', decision: 'recorded', detail: verdict.bucket });
  };

  const checkBreach = async (input: HTMLInputElement, kind: Surface) => {
    const f = field(input);
    if (!ctx.settings().values.breachCheck || f.breach === f.version || !input.value) return;
    f.breach = f.version;
    const version = f.version;
    const result = await getFrame().breach(input.value);
    if (ctx.signal.aborted || field(input).version !== version) return;
    const close = () => ctx.ui.hide('breach');
    if (result.status === 'breached') {
      field(input).breached = version;
      ctx.ui.show(breachedCard(result.count, kind === 'new', anchorOf(kind), close));
      ctx.record({ kind: 'password-breached', decision: 'shown', detail: kind === 'new' ? 'new-password' : 'login' });
    } else if (result.status === 'unavailable') ctx.ui.show(breachUnavailableCard(anchorOf(kind)));
    else close();
  };

  const checkLogin = async (input: HTMLInputElement) => {
    const f = field(input);
    if (f.loginChecked === f.version || !input.value) return;
    f.loginChecked = f.version;
    const verdict = await score(input.value);
    if (!verdict || ctx.signal.aborted) return;
    recordVerdict(input, f, verdict);
    if (verdict.ok) ctx.ui.hide('login-weak');
    else ctx.ui.show(loginWeakCard(verdict, anchorOf('login'), () => ctx.ui.hide('login-weak')));
  };

  const onLeave = (input: HTMLInputElement, submitted: boolean) => {
    scan(); // fresh: the same field may have turned from password into login code since the last batch
    if (meterInput === input) {
      // A new password (Set/Change dialog, signup): the meter already shows the verdict.
      void checkBreach(input, 'new');
      if (!submitted) return;
      const f = field(input);
      if (lastVerdict?.input === input && lastVerdict.version === f.version) recordVerdict(input, f, lastVerdict.verdict);
      else void score(input.value).then((v) => v && recordVerdict(input, f, v));
      commitLater(input, true);
    } else if (login?.secret === input && login.secretKind === 'password') {
      // The password in use, on login.
      void checkLogin(input);
      void checkBreach(input, 'login');
      if (submitted) commitLater(input, false);
    }
  };

  // Reuse watch: the Notion password's fingerprint is taken only once the login / change went through
  // (its form is gone), so a mistyped password is never remembered as "the Notion password".
  const commitLater = (input: HTMLInputElement, isNew: boolean) => {
    if (!ctx.settings().values.reuseWatch || !input.value) return;
    pending = { password: input.value, isNew, at: Date.now(), input };
  };
  const commitIfDone = () => {
    if (!pending) return;
    if (Date.now() - pending.at > COMMIT_MS) return void (pending = undefined);
    if (pending.input.isConnected && (login?.secret === pending.input || dialog?.next === pending.input)) return;
    const { password, isNew } = pending;
    pending = undefined;
    void getFrame()
      .reuseNotion(password)
      .then((host) => {
        if (!host || ctx.signal.aborted) return;
        ctx.ui.show(reusedCard(host, isNew, null, () => ctx.ui.hide('reuse')));
        ctx.record({ kind: 'password-reused', decision: 'shown', domains: [host], detail: 'notion' });
      });
  };

  // ── Surfaces, re-read on every DOM batch ─────────────────────────────────────────────────────────
  const scan = () => {
    const onLogin = isLoginPath(location.pathname);
    login = onLogin ? readLoginForm(document, location.pathname) : undefined;
    dialog = onLogin ? undefined : findPasswordDialog(document);
    const info = onLogin ? undefined : readAccount();
    if (info) {
      account = { ...account, ...info };
      learn(info.email);
    }
    if (login?.secret && login.emailText) learn(login.emailText);
    if (onLogin || dialog || info || Date.now() - accountReadAt < 1500) {
      lastSeen = Date.now();
      warmSoon(); // start loading the dictionaries before the first keystroke
    }
    updateShared();
    if (login?.secret) recordShared();
    const target = dialog?.next ?? (login?.secretIsNew ? login.secret : undefined);
    if (target !== meterInput) {
      meterInput = target;
      ctx.ui.hide('meter');
      if (target?.value) void meter(target);
    }
    commitIfDone();
  };

  // ── Confirm mode: a weak or breached new password is held before it is saved ─────────────────────
  /** What is wrong with the new password as it is now, from the verdict already shown (never waits). */
  type Concern = { verdict?: StrengthVerdict; breached: boolean };
  const concernNow = (input: HTMLInputElement): Concern | undefined => {
    const f = field(input);
    if (f.accepted === f.version) return undefined;
    const verdict = lastVerdict?.input === input && lastVerdict.version === f.version ? lastVerdict.verdict : undefined;
    const breached = f.breached === f.version;
    return (verdict && !verdict.ok) || breached ? { verdict, breached } : undefined;
  };
  let held: { input: HTMLInputElement; concern: Concern } | undefined;
  holdActions(
    ctx,
    (target, e) => {
      if (ctx.settings().values.passwordMode !== 'confirm') return undefined;
      const input = meterInput; // the new password being chosen (dialog or signup), if any
      if (!input?.value || !input.isConnected) return undefined;
      let control: Element | undefined;
      if (e.type === 'keydown') {
        if ((e as KeyboardEvent).key !== 'Enter' || !(target instanceof HTMLInputElement)) return undefined;
        if (target === input || target === dialog?.confirm || target === dialog?.current) control = target;
      } else if (dialog?.next === input) {
        control = passwordDialogSubmitControl(dialog, target);
      } else if (login?.secret === input) {
        control = loginSubmitControl(login, target);
      }
      const concern = control && concernNow(input);
      if (!control || !concern) return undefined;
      held = { input, concern };
      return control;
    },
    (action) => {
      const h = held;
      if (!h) return;
      const { input, concern } = h;
      const choose = (proceed: boolean) => {
        ctx.ui.hide('confirm');
        held = undefined;
        const f = field(input);
        const decision = proceed ? 'proceeded' : 'went-back';
        // What was held is what is recorded: a weak verdict, and/or a breached password (never a
        // "strong" verdict for a breached one, nor a verdict that was not given).
        const weak = concern.verdict && !concern.verdict.ok ? concern.verdict : undefined;
        if (weak) ctx.record({ kind: 'password-verdict', decision, detail: weak.bucket });
        if (concern.breached) ctx.record({ kind: 'password-breached', decision, detail: 'new-password' });
        if (!proceed) return input.focus();
        f.accepted = f.version;
        if (weak || !concern.verdict) f.recorded = f.version; // its verdict was recorded just now (or none was given)
        onLeave(input, true); // what a submit does (breach check, reuse watch); the replay is not trusted
        action.replay();
      };
      ctx.ui.show(confirmWeakCard(concern.verdict, concern.breached, anchorOf('new'), choose));
    },
  );

  ctx.onFlush(scan);
  ctx.listen(
    document,
    'input',
    (e: Event) => {
      const input = e.target;
      if (!(input instanceof HTMLInputElement)) return;
      if (input === login?.email) return ctx.poke();
      field(input).version += 1;
      if (input === meterInput) void meter(input);
    },
    { capture: true },
  );
  ctx.listen(
    document,
    'focusout',
    (e: FocusEvent) => {
      if (!e.isTrusted || !(e.target instanceof HTMLInputElement)) return;
      if (e.target === login?.email) recordShared();
      else onLeave(e.target, false);
    },
    { capture: true },
  );
  ctx.listen(
    document,
    'keydown',
    (e: KeyboardEvent) => {
      if (e.isTrusted && e.key === 'Enter' && e.target instanceof HTMLInputElement) onLeave(e.target, true);
    },
    { capture: true },
  );
  ctx.listen(
    document,
    'click',
    (e: MouseEvent) => {
      if (!e.isTrusted || !(e.target instanceof Element)) return;
      if (login?.secret && isSubmitControl(login, e.target)) onLeave(login.secret, true);
      else if (dialog && isPasswordDialogSubmit(dialog, e.target)) onLeave(dialog.next, true);
    },
    { capture: true },
  );
  scan();
}
