// Content-script side of the secret frame (src/password-frame/): creates it, shakes hands over a
// private MessagePort, and sends it the password for scoring, the breach check and the reuse
// fingerprint. The password never enters a runtime message, storage or a log.
//
// Why a frame: on Notion's main thread, loading the dictionaries alone blocked the page for hundreds of
// milliseconds, the background would need the password in a runtime message, and a worker the content
// script may start runs in Notion's origin. The options and their measurements are in
// docs/decisions/0001-password-scorer-in-secret-frame.md; today's figures in bench/results.json.
// The frame is created only where a password is about to be typed — on /login and /signup as the
// document starts (prewarm.iife.ts, a separate login-only content script, hands it over below), and when
// Settings shows the account page — so the dictionaries are usually ready before the field appears; it
// is removed again when no password surface has been seen for a minute (run.ts).

import { extensionUrl } from '../../platform/runtime';
import { send } from '../../platform/messaging';
import {
  FRAME_HELLO,
  FRAME_READY,
  clipForFrame,
  isFrameReply,
  type FrameReply,
  type FrameRequest,
  type PersonalContext,
} from '@shared/password/frame-protocol';
import type { BreachResult } from '@shared/password/hibp';
import type { PasswordPolicy, StrengthVerdict } from '@shared/password/policy';

export const FRAME_PATH = 'src/password-frame/index.html';
const HOST_TAG = 'srm-coach-frame';
const TIMEOUT_MS = { score: 10_000, breach: 12_000, 'reuse-notion': 6_000 } as const;

type Op = FrameRequest['op'];
type Body<O extends Op> = Omit<Extract<FrameRequest, { op: O }>, 'id' | 'op'>;
type ReplyOf<O extends Op> = Extract<FrameReply, { op: O }>;

export interface SecretFrame {
  score(password: string, context: PersonalContext, policy: PasswordPolicy, has2fa?: boolean): Promise<StrengthVerdict | undefined>;
  breach(password: string): Promise<BreachResult>;
  /** Remembers this as the Notion password's fingerprint; the other site it is also used on, if any. */
  reuseNotion(password: string): Promise<string | undefined>;
  close(): void;
}

export function openSecretFrame(signal: AbortSignal): SecretFrame {
  const life = new AbortController();
  const stop = () => life.abort();
  signal.addEventListener('abort', stop, { once: true });

  const host = document.createElement(HOST_TAG);
  host.setAttribute('style', 'all: initial !important; position: fixed !important; width: 0 !important; height: 0 !important; overflow: hidden !important;');
  host.setAttribute('aria-hidden', 'true');
  // Closed: the page cannot read the frame's src (and so the token).
  const root = host.attachShadow({ mode: 'closed' });
  const url = extensionUrl(FRAME_PATH);

  const channel = new MessageChannel();
  const pending = new Map<number, (r: FrameReply | undefined) => void>();
  let nextId = 1;
  let ready: () => void = () => undefined;
  const isReady = new Promise<void>((r) => (ready = r));

  channel.port1.onmessage = (e: MessageEvent) => {
    const data: unknown = e.data;
    if ((data as { type?: unknown })?.type === FRAME_READY) return ready();
    if (!isFrameReply(data)) return;
    pending.get(data.id)?.(data);
    pending.delete(data.id);
  };
  life.signal.addEventListener('abort', () => {
    for (const done of pending.values()) done(undefined);
    pending.clear();
    channel.port1.close();
    host.remove();
  });

  // The one-time token comes from the background (secret-frame.ts): runtime messaging is closed to web
  // pages, and the frame redeems the token there before it accepts our port.
  void send('frame:token', {})
    .then(({ token } = {}) => {
      if (life.signal.aborted || !token) return;
      const iframe = document.createElement('iframe');
      iframe.setAttribute('style', 'position: fixed; left: -20px; top: -20px; width: 1px; height: 1px; border: 0; opacity: 0; pointer-events: none;');
      iframe.setAttribute('tabindex', '-1');
      iframe.setAttribute('title', 'SRM Coach');
      iframe.src = `${url}#${token}`;
      iframe.addEventListener(
        'load',
        () => iframe.contentWindow?.postMessage({ type: FRAME_HELLO, token }, new URL(url).origin, [channel.port2]),
        { once: true, signal: life.signal },
      );
      root.append(iframe);
    })
    .catch(() => undefined);
  document.documentElement.append(host);

  function request<O extends Op>(op: O, body: Body<O>): Promise<ReplyOf<O> | undefined> {
    if (life.signal.aborted) return Promise.resolve(undefined);
    const id = nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve(undefined);
      }, TIMEOUT_MS[op]);
      pending.set(id, (r) => {
        clearTimeout(timer);
        resolve(r && r.op === op ? (r as ReplyOf<O>) : undefined);
      });
      void isReady.then(() => channel.port1.postMessage({ id, op, ...body }));
    });
  }

  return {
    async score(password, context, policy, has2fa) {
      const body: Body<'score'> = { password: clipForFrame(password), context, policy };
      if (has2fa !== undefined) body.has2fa = has2fa;
      return (await request('score', body))?.verdict;
    },
    async breach(password) {
      return (await request('breach', { password: clipForFrame(password) }))?.result ?? { status: 'unavailable' };
    },
    async reuseNotion(password) {
      return (await request('reuse-notion', { password: clipForFrame(password) }))?.reusedOn;
    },
    close: stop,
  };
}

// ── Hand-over from the login/signup prewarm (src/content/prewarm.iife.ts) ─────────────────────────────
// The prewarm is a classic script with its own copy of this module (see its header), so the frame is
// handed over through the isolated world's global object, which every content script of SRM Coach in
// this document shares (the page's own scripts cannot see it). If that ever failed, run.ts would simply
// open its own frame and the prewarmed one would close itself after PREWARM_TTL_MS.

/** An unclaimed prewarmed frame closes itself after this long (the user did not sign in here). */
export const PREWARM_TTL_MS = 60_000;
const SLOT = Symbol.for('srm-coach.prewarmed-secret-frame');
interface Prewarmed {
  frame?: SecretFrame;
  timer?: ReturnType<typeof setTimeout>;
  /** The coaching has already looked for a prewarmed frame: a late prewarm would only be a second frame. */
  claimed?: boolean;
}
// The global object as a symbol-keyed record: only SLOT is read or written.
const slots = globalThis as unknown as Record<typeof SLOT, Prewarmed | undefined>;

/** Starts the secret frame now, for the password coaching to claim with takeSecretFrame(). */
export function prewarmSecretFrame(): void {
  if (slots[SLOT]) return; // one is waiting, or the coaching already runs (claimed)
  const frame = openSecretFrame(new AbortController().signal);
  const timer = setTimeout(() => {
    if (slots[SLOT]?.frame === frame) slots[SLOT] = undefined;
    frame.close();
  }, PREWARM_TTL_MS);
  slots[SLOT] = { frame, timer };
}

/** The prewarmed frame if there is one (its life now follows `signal`), else a new one. */
export function takeSecretFrame(signal: AbortSignal): SecretFrame {
  const warm = slots[SLOT];
  slots[SLOT] = { claimed: true };
  const frame = warm?.frame;
  if (!frame) return openSecretFrame(signal);
  clearTimeout(warm.timer);
  if (signal.aborted) frame.close();
  else signal.addEventListener('abort', () => frame.close(), { once: true });
  return frame;
}
