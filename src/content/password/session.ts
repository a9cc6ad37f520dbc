// What the password coaching's small rooms share on one page (run.ts wires them): the secret frame (opened
// on demand, closed after a minute without a password surface), the surfaces read on each DOM batch, a
// version per password field (bumped on every input), the scorer, and two moments the rooms listen to:
// `scan` (after each read of the page) and `leave` (a password field left or submitted).
// The password is held only in the field and, in a room that needs it between a submit and its success,
// in memory (reuse.ts); it goes only to the secret frame (frame-client.ts).

import type { FeatureContext } from '../runtime/feature';
import { isLoginPath } from '../notion/page';
import { readLoginForm, type LoginForm } from '../notion/login-form';
import { findPasswordDialog, readAccountInfo, readWorkspaceName, type AccountInfo, type PasswordDialog } from '../notion/password-settings';
import type { PasswordPolicy, StrengthVerdict } from '@shared/password/policy';
import type { PersonalContext } from '@shared/password/frame-protocol';
import { openSecretFrame, takeSecretFrame, type SecretFrame } from './frame-client';

/** The frame (and its ~50 MB of dictionaries) goes away after this long without a password surface. */
export const IDLE_MS = 60_000;

/** 'login': the password in use (sign-in); 'new': a password being chosen (Set/Change dialog, signup). */
export type Surface = 'login' | 'new';

export interface Field {
  version: number;
  recorded?: number;
  breach?: number;
  /** The version the opt-in breach check found in a breach corpus. */
  breached?: number;
  /** The version the user chose to keep ("Use it anyway"): never held again. */
  accepted?: number;
  loginChecked?: number;
}

export interface Surfaces {
  login?: LoginForm;
  dialog?: PasswordDialog;
  account: AccountInfo;
  /** The field whose new password the meter rates (dialog or signup), if any. */
  meterInput?: HTMLInputElement;
  /** Account security was read just now. */
  accountInfo?: AccountInfo;
}

export interface PasswordSession {
  readonly ctx: FeatureContext;
  readonly now: Surfaces;
  frame(): SecretFrame;
  field(input: HTMLInputElement): Field;
  score(value: string): Promise<StrengthVerdict | undefined>;
  anchorOf(kind: Surface): Element | null;
  /** Records the field's verdict once per version. */
  recordVerdict(input: HTMLInputElement, verdict: StrengthVerdict): void;
  /** Which surface `input` is, if it is one of the password fields on screen. */
  kindOf(input: HTMLInputElement): Surface | undefined;
  /** Something keeps the frame alive (a pending commit). */
  keepFrame(reason: () => boolean): void;
  onScan(cb: () => void): void;
  onLeave(cb: (input: HTMLInputElement, kind: Surface, submitted: boolean) => void): void;
  /** Re-reads the page and tells the rooms. */
  scan(): void;
  /** A password field was left or submitted: re-reads the page, then tells the rooms. */
  leave(input: HTMLInputElement, submitted: boolean): void;
}

export function createSession(ctx: FeatureContext, doc: Document = document): PasswordSession {
  let frame: SecretFrame | undefined;
  let claimed = false; // the login/signup prewarm's frame is claimed once, then frames are opened here
  let lastSeen = Date.now();
  let accountReadAt = 0;
  let warming = false;
  const fields = new WeakMap<HTMLInputElement, Field>();
  const scanners: (() => void)[] = [];
  const leavers: ((input: HTMLInputElement, kind: Surface, submitted: boolean) => void)[] = [];
  const keepers: (() => boolean)[] = [];
  const now: Surfaces = { account: {} };

  const getFrame = () => (frame ??= claimed ? openSecretFrame(ctx.signal) : ((claimed = true), takeSecretFrame(ctx.signal)));
  // Prewarm in a task of its own, so creating the frame never lengthens a DOM-batch task.
  const warmSoon = () => {
    if (frame || warming) return;
    warming = true;
    setTimeout(() => {
      warming = false;
      if (!ctx.signal.aborted) getFrame();
    }, 0);
  };
  const idle = setInterval(() => {
    if (frame && Date.now() - lastSeen > IDLE_MS && !keepers.some((k) => k())) {
      frame.close();
      frame = undefined;
    }
  }, 10_000);
  ctx.signal.addEventListener('abort', () => clearInterval(idle));

  // The account page is re-read at most once a second (it is text-heavy and rarely changes).
  const readAccount = (): AccountInfo | undefined => {
    const t = Date.now();
    if (t - accountReadAt < 1000) return undefined;
    const info = readAccountInfo(doc);
    if (info) accountReadAt = t;
    return info;
  };

  const policy = (): PasswordPolicy => {
    const s = ctx.settings().values;
    return { minScore: s.minPasswordScore, minLength: s.minPasswordLength, minLength2fa: s.minPasswordLength2fa };
  };
  const personal = (): PersonalContext => {
    const c: PersonalContext = {};
    const email = now.login?.emailText ?? now.account.email;
    if (email) c.email = email;
    if (now.account.name) c.name = now.account.name;
    const ws = readWorkspaceName(doc);
    if (ws) c.workspace = ws;
    return c;
  };

  const session: PasswordSession = {
    ctx,
    now,
    frame: getFrame,
    field(input) {
      let f = fields.get(input);
      if (!f) fields.set(input, (f = { version: 0 }));
      return f;
    },
    score: (value) => getFrame().score(value, personal(), policy(), now.account.has2fa),
    anchorOf: (kind) => (kind === 'login' ? (now.login?.root ?? null) : (now.dialog?.root ?? now.meterInput ?? null)),
    recordVerdict(input, verdict) {
      const f = session.field(input);
      if (f.recorded === f.version) return;
      f.recorded = f.version;
      ctx.record({ kind: 'password-verdict', decision: 'recorded', detail: verdict.bucket });
    },
    kindOf(input) {
      if (now.meterInput === input) return 'new';
      if (now.login?.secret === input && now.login.secretKind === 'password') return 'login';
      return undefined;
    },
    keepFrame: (reason) => void keepers.push(reason),
    onScan: (cb) => void scanners.push(cb),
    onLeave: (cb) => void leavers.push(cb),
    scan() {
      const onLogin = isLoginPath(location.pathname);
      now.login = onLogin ? readLoginForm(doc, location.pathname) : undefined;
      now.dialog = onLogin ? undefined : findPasswordDialog(doc);
      now.accountInfo = onLogin ? undefined : readAccount();
      if (now.accountInfo) now.account = { ...now.account, ...now.accountInfo };
      if (onLogin || now.dialog || now.accountInfo || Date.now() - accountReadAt < 1500) {
        lastSeen = Date.now();
        warmSoon(); // start loading the dictionaries before the first keystroke
      }
      now.meterInput = now.dialog?.next ?? (now.login?.secretIsNew ? now.login.secret : undefined);
      for (const cb of scanners) cb();
    },
    leave(input, submitted) {
      session.scan(); // fresh: the same field may have turned from password into login code since the last batch
      const kind = session.kindOf(input);
      if (kind) for (const cb of leavers) cb(input, kind, submitted);
    },
  };
  return session;
}
