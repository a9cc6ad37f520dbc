// Pure state transitions for the reuse watch's fingerprint list (stored in storage.local by the
// caller; never synced). Each function returns a NEW state and never mutates its input.
//
// Rules (decided here):
//  - `others` holds at most MAX_OTHERS (10) entries, newest first, one per host (a new fingerprint
//    for a host replaces the old one: the user changed that password).
//  - An entry expires MAX_AGE_MS (90 days) after it was recorded; expired entries never match and
//    are dropped by every transition. An entry dated more than 1 day in the future (clock change,
//    tampering) or with a non-finite date counts as expired, so it cannot live forever.
//  - The Notion fingerprint does not expire here: it is refreshed on every Notion login and
//    replaced when the password changes (rememberNotion).
//  - Malformed input (non-fingerprint `fp`, empty host) records nothing (expired entries are still
//    dropped); a non-finite `now` changes nothing at all.

import { isFingerprint } from './fingerprint';

export interface ReuseState {
  salt: string /* base64 */;
  notion?: { fp: string; at: number };
  others: { fp: string; host: string; at: number }[];
}

export const MAX_OTHERS = 10;
export const MAX_AGE_MS = 90 * 24 * 60 * 60 * 1000;
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

type Other = ReuseState['others'][number];

function fresh(at: number, now: number): boolean {
  return Number.isFinite(at) && now - at <= MAX_AGE_MS && at - now <= MAX_FUTURE_MS;
}

function normHost(host: string): string {
  return typeof host === 'string' ? host.trim().toLowerCase().replace(/\.+$/, '') : '';
}

function copy(state: ReuseState, others: Other[]): ReuseState {
  const next: ReuseState = { salt: state.salt, others };
  if (state.notion) next.notion = { ...state.notion };
  return next;
}

/** A state with no fingerprints, for a new install (salt: saltToBase64(newSalt())). */
export function emptyReuseState(saltBase64: string): ReuseState {
  return { salt: saltBase64, others: [] };
}

/** Drops expired and malformed `others`, keeps the newest MAX_OTHERS. */
export function pruneExpired(state: ReuseState, now: number): ReuseState {
  const list = Array.isArray(state.others) ? state.others : [];
  if (!Number.isFinite(now)) return copy(state, [...list]); // no clock, no expiry decision
  const kept = list
    .filter((o) => o && isFingerprint(o.fp) && normHost(o.host) !== '' && fresh(o.at, now))
    .map((o) => ({ fp: o.fp, host: normHost(o.host), at: o.at }))
    .sort((a, b) => b.at - a.at)
    .slice(0, MAX_OTHERS);
  return copy(state, kept);
}

/** Records (or replaces) the fingerprint used on `host` at `now`. */
export function rememberOther(state: ReuseState, fp: string, host: string, now: number): ReuseState {
  const h = normHost(host);
  if (!isFingerprint(fp) || !h) return pruneExpired(state, now);
  if (!Number.isFinite(now)) return copy(state, [...(state.others ?? [])]);
  const pruned = pruneExpired(state, now);
  const others = [{ fp, host: h, at: now }, ...pruned.others.filter((o) => o.host !== h)].slice(0, MAX_OTHERS);
  return copy(pruned, others);
}

/** Records the Notion password's fingerprint (replacing the previous one). */
export function rememberNotion(state: ReuseState, fp: string, now: number): ReuseState {
  if (!isFingerprint(fp) || !Number.isFinite(now)) return copy(state, [...(state.others ?? [])]);
  const next = copy(state, [...(state.others ?? [])]);
  next.notion = { fp, at: now };
  return next;
}

/** The most recent unexpired other-site entry with this fingerprint, if any (host only). */
export function matchOther(state: ReuseState, fp: string, now: number): { host: string } | undefined {
  if (!isFingerprint(fp) || !Number.isFinite(now)) return undefined;
  const hit = pruneExpired(state, now).others.find((o) => o.fp === fp);
  return hit ? { host: hit.host } : undefined;
}

/** Whether `fp` equals the stored Notion fingerprint (used when another site's password is submitted). */
export function matchNotion(state: ReuseState, fp: string): boolean {
  return isFingerprint(fp) && state.notion?.fp === fp;
}
