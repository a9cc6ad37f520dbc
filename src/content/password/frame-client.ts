// Content-script side of the secret frame (src/password-frame/): creates it, shakes hands over a
// private MessagePort, and sends it the password for scoring, the breach check and the reuse
// fingerprint. The password never enters a runtime message, storage or a log.
//
// ── Where the scorer runs: the decision and the numbers (Chromium 156, this project's 2-core machine) ──
// Measured with the real build (scorer.ts settings: maxLength 64, l33tMaxSubstitutions 5):
//  - ON NOTION'S MAIN THREAD (lazy import() in the content script + debounce/requestIdleCallback):
//    evaluating the zxcvbn-ts chunk (common + en dictionaries, decompressed at load) blocks 330–510 ms,
//    building the ZxcvbnFactory 330–370 ms the first time (85–100 ms afterwards), and one score of a
//    random 64-char password 33–114 ms (41 ms at 32 chars). Tighter caps help only the per-score part
//    (maxLength 24 + l33t 0: ≤ 7 ms, but it stops seeing p@$$w0rd-style disguises), never the load:
//    no debounce or idle callback can split a 300 ms module evaluation. ⇒ fails "≤ 16 ms" by 20×.
//  - IN THE BACKGROUND (service worker): would need the password in a runtime message — forbidden.
//  - IN A WORKER STARTED BY THE CONTENT SCRIPT: a content script can only start workers of the page's
//    origin (a blob: worker would inherit Notion's CSP and run in Notion's origin) — rejected.
//  - IN AN EXTENSION-ORIGIN IFRAME (chosen): the frame is cross-origin, so Chromium runs it out of
//    process (Firefox too, with Fission); the dictionaries load and scores run on the frame's own main
//    thread. The page keeps: our input listener, one postMessage per keystroke, and the card render.
//    bench/password.mjs (CDP trace, 2026-11-25, load average 3–4 on 2 cores): longest Notion-page task
//    caused by the coaching while typing 64 chars and pasting 10,000: 7.5–17.5 ms wall clock, 2.5–2.7 ms
//    of CPU (the rest is the OS running other processes); longest task of any kind 14–19 ms with the
//    coaching off. The trace shows the page and the frame in different processes.
//    Keystroke → verdict p95 66–83 ms; original zxcvbn is 220–440× slower on dropbox/zxcvbn#316's
//    84-char input. Field appears → first verdict (loading included) was 357–434 ms median, most of it
//    the frame's own start (~80–100 ms) and building the dictionaries (~250–300 ms). 2026-11-25 it is
//    215–290 ms (strict cold, no prewarm: ~285), after: Map shards built on first use (scorer.ts),
//    plain build-time word lists (no decompression), the frame as one file, and the login/signup
//    prewarm at document_start (below).
//    Scheduling is "latest wins" (one request in flight, the newest value queued), so keystrokes never
//    queue up scores and the verdict always describes what is in the field now.
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
} from '../../shared/password/frame-protocol';
import type { BreachResult } from '../../shared/password/hibp';
import type { PasswordPolicy, StrengthVerdict } from '../../shared/password/policy';

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
