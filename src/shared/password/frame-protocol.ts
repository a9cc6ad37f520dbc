// The private channel between a content script and the "secret frame" (src/password-frame/), the
// extension-origin iframe that does every password-dependent computation: scoring, the HIBP range
// check and the reuse fingerprint. PURE (types, guards, limits).
//
// Why a frame and a MessagePort (not runtime messages): the password must never be in a runtime
// message, storage, log or request. window.postMessage with a transferred MessagePort stays
// inside the renderer processes of this tab; the frame is cross-origin (chrome-extension://…), so the
// page can neither read its memory nor its replies.
//
// Handshake: the content script puts a 128-bit random token in the frame URL's fragment (the frame
// lives in a CLOSED shadow root, so the page cannot read its src), then posts {type: HELLO, token}
// with one MessagePort, targetOrigin = the extension origin. The frame accepts exactly one port, and
// only with that token: the page cannot talk to it and use it as an oracle (for the reuse fingerprints).
//
// Replies carry a verdict, a breach status/count or a host name — never the password or a hash.

import type { BreachResult } from './hibp';
import type { PasswordPolicy, StrengthVerdict } from './policy';

export const FRAME_HELLO = 'srm-coach:secret-frame:hello';
export const FRAME_READY = 'srm-coach:secret-frame:ready';

/** The content script sends at most this many UTF-16 units: enough to count the policy length (capped at 1000 too). */
export const MAX_FRAME_PASSWORD = 1000;

export interface PersonalContext {
  email?: string;
  name?: string;
  workspace?: string;
}

export type FrameRequest =
  | { id: number; op: 'score'; password: string; context: PersonalContext; policy: PasswordPolicy; has2fa?: boolean }
  | { id: number; op: 'breach'; password: string }
  | { id: number; op: 'reuse-notion'; password: string };

export type FrameReply =
  | { id: number; op: 'score'; verdict: StrengthVerdict }
  | { id: number; op: 'breach'; result: BreachResult }
  | { id: number; op: 'reuse-notion'; reusedOn?: string }
  | { id: number; op: 'error' };

const TOKEN_RE = /^[0-9a-f]{32}$/;
const obj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const optStr = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && v.length <= max);
const int = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v);

export function isFrameToken(v: unknown): v is string {
  return typeof v === 'string' && TOKEN_RE.test(v);
}

/** 128 random bits as 32 lower-case hex chars. */
export function newFrameToken(): string {
  const b = new Uint8Array(16);
  globalThis.crypto.getRandomValues(b);
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}

export function isHello(v: unknown, token: string): boolean {
  return obj(v) && v.type === FRAME_HELLO && isFrameToken(token) && v.token === token;
}

function isPolicy(v: unknown): v is PasswordPolicy {
  return obj(v) && int(v.minScore) && int(v.minLength) && int(v.minLength2fa);
}

function isContext(v: unknown): v is PersonalContext {
  return obj(v) && optStr(v.email, 320) && optStr(v.name, 320) && optStr(v.workspace, 320);
}

export function isFrameRequest(v: unknown): v is FrameRequest {
  if (!obj(v) || !int(v.id)) return false;
  if (typeof v.password !== 'string' || v.password.length > MAX_FRAME_PASSWORD) return false;
  switch (v.op) {
    case 'score':
      return isContext(v.context) && isPolicy(v.policy) && (v.has2fa === undefined || typeof v.has2fa === 'boolean');
    case 'breach':
    case 'reuse-notion':
      return true;
    default:
      return false;
  }
}

export function isFrameReply(v: unknown): v is FrameReply {
  if (!obj(v) || !int(v.id)) return false;
  switch (v.op) {
    case 'score':
      return obj(v.verdict) && typeof v.verdict.ok === 'boolean' && Array.isArray(v.verdict.reasons);
    case 'breach':
      return obj(v.result) && ['breached', 'clean', 'unavailable'].includes(v.result.status as string);
    case 'reuse-notion':
      return optStr(v.reusedOn, 253);
    case 'error':
      return true;
    default:
      return false;
  }
}

/** The part of a password the content script posts: at most MAX_FRAME_PASSWORD units, no half surrogate pair. */
export function clipForFrame(password: string): string {
  if (password.length <= MAX_FRAME_PASSWORD) return password;
  let end = MAX_FRAME_PASSWORD;
  const c = password.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end -= 1;
  return password.slice(0, end);
}
