// The one typed protocol between content scripts, extension pages and the background. PURE.
//
// Each message has a request guard: an old content script may talk to a new worker after an update,
// and a content script runs in a page we do not control. CONTENT_ALLOWED lists the only messages a
// content script may send; everything else is for extension pages (popup, options, welcome).

import { isCoachEvent, type CoachEvent } from './events';
import { isPreHash } from './password/fingerprint';
import { isFrameToken } from './password/frame-protocol';
import type { CoverageReport } from './coverage/model';

export interface Protocol {
  'event:record': { req: { event: CoachEvent }; res: { ok: true } };
  'options:open': { req: Record<string, never>; res: { ok: true } };
  'log:get': { req: Record<string, never>; res: { events: CoachEvent[] } };
  'log:clear': { req: Record<string, never>; res: { ok: true } };
  // The log page reads the log a page at a time (newest first; `before` is the `next` of the page before).
  'log:page': {
    req: { filter: Record<string, unknown>; before?: [number, number]; limit: number };
    res: { events: CoachEvent[]; next?: [number, number]; matched: number; total: number };
  };
  'log:event': { req: { id: string }; res: { event?: CoachEvent } };
  'duty:mark': { req: { duty: string }; res: { ok: true } };
  'badge:refresh': { req: Record<string, never>; res: { due: string[] } };
  // Settings have one writer, the background: pages send their patch, content scripts two narrow requests.
  'settings:update': { req: { patch: Record<string, unknown> }; res: { ok: true } };
  'settings:trust-domain': { req: { domain: string }; res: { ok: boolean } };
  'settings:learn-own-domain': { req: { email: string }; res: { ok: boolean } };
  // A card's Undo after "Trust this domain": removing trust only ever makes coaching stricter.
  'settings:untrust-domain': { req: { domain: string }; res: { ok: boolean } };
  // A card's Report: the background opens the activity log at that event (background/report.ts).
  'report:open': { req: { eventId: string }; res: { ok: boolean } };
  // A lazy part of the content script, injected into the sender's frame (content/parts/registry.ts).
  'part:load': { req: { part: string }; res: { ok: boolean } };
  // The secret frame's one-time token: the background hands it to the content script (pages cannot use
  // runtime messaging) and the frame redeems it; only a redeemed frame may use the reuse messages.
  'frame:token': { req: Record<string, never>; res: { token?: string } };
  'frame:redeem': { req: { token: string }; res: { ok: boolean } };
  // Reuse watch: only salted pre-hashes cross (password/fingerprint.ts), never a password or fingerprint.
  'reuse:salt': { req: Record<string, never>; res: { salt?: string } };
  'reuse:notion': { req: { pre: string }; res: { reusedOn?: string } };
  // The site comes from the sender, never the payload; the reply says nothing (the page learns nothing).
  'reuse:other': { req: { pre: string }; res: Record<string, never> };
  // Coverage: counts, times and cue names of recognised/missed Notion screens, never content.
  'coverage:report': { req: { report: CoverageReport }; res: { ok: true } };
}

export type MessageType = keyof Protocol;
export type Request<T extends MessageType> = Protocol[T]['req'];
export type Response<T extends MessageType> = Protocol[T]['res'];
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Request<T>;
}

export const CONTENT_ALLOWED: ReadonlySet<MessageType> = new Set<MessageType>([
  'event:record',
  'options:open',
  'settings:trust-domain',
  'settings:learn-own-domain',
  'settings:untrust-domain',
  'report:open',
  'part:load',
  'frame:token',
  'frame:redeem',
  'reuse:salt',
  'reuse:notion',
  'reuse:other',
  'coverage:report',
]);

const obj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const empty = (v: unknown) => obj(v);

export const GUARDS: { [T in MessageType]: (payload: unknown) => payload is Request<T> } = {
  'event:record': (p): p is Request<'event:record'> => obj(p) && isCoachEvent(p.event),
  'options:open': (p): p is Request<'options:open'> => empty(p),
  'log:get': (p): p is Request<'log:get'> => empty(p),
  'log:clear': (p): p is Request<'log:clear'> => empty(p),
  'log:page': (p): p is Request<'log:page'> =>
    obj(p) &&
    obj(p.filter) &&
    (p.before === undefined || (Array.isArray(p.before) && p.before.length === 2 && p.before.every((n) => typeof n === 'number' && Number.isFinite(n)))) &&
    typeof p.limit === 'number' &&
    Number.isInteger(p.limit) &&
    p.limit >= 1 &&
    p.limit <= 1000,
  'log:event': (p): p is Request<'log:event'> => obj(p) && typeof p.id === 'string' && p.id.length <= 64,
  'duty:mark': (p): p is Request<'duty:mark'> => obj(p) && typeof p.duty === 'string' && /^[a-z-]{1,40}$/.test(p.duty),
  'badge:refresh': (p): p is Request<'badge:refresh'> => empty(p),
  'settings:update': (p): p is Request<'settings:update'> => obj(p) && obj(p.patch),
  'settings:trust-domain': (p): p is Request<'settings:trust-domain'> => obj(p) && typeof p.domain === 'string' && p.domain.length <= 253,
  'settings:learn-own-domain': (p): p is Request<'settings:learn-own-domain'> => obj(p) && typeof p.email === 'string' && p.email.length <= 320,
  'settings:untrust-domain': (p): p is Request<'settings:untrust-domain'> => obj(p) && typeof p.domain === 'string' && p.domain.length <= 253,
  'report:open': (p): p is Request<'report:open'> => obj(p) && typeof p.eventId === 'string' && /^[a-z0-9-]{1,64}$/.test(p.eventId),
  'reuse:salt': (p): p is Request<'reuse:salt'> => empty(p),
  'part:load': (p): p is Request<'part:load'> => obj(p) && typeof p.part === 'string' && /^[a-z]{1,20}$/.test(p.part),
  'frame:token': (p): p is Request<'frame:token'> => empty(p),
  'frame:redeem': (p): p is Request<'frame:redeem'> => obj(p) && isFrameToken(p.token),
  'reuse:notion': (p): p is Request<'reuse:notion'> => obj(p) && isPreHash(p.pre),
  'reuse:other': (p): p is Request<'reuse:other'> => obj(p) && isPreHash(p.pre),
  'coverage:report': (p): p is Request<'coverage:report'> => obj(p) && obj(p.report), // checked in full by the background (background/coverage.ts)
};

export function isEnvelope(v: unknown): v is Envelope {
  return obj(v) && typeof v.type === 'string' && Object.prototype.hasOwnProperty.call(GUARDS, v.type);
}
