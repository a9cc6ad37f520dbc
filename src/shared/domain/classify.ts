// Classifies the people invited to a Notion page (public API of src/shared/domain). PURE.
//
// Notion's Shared Responsibilities Model asks users to keep access to "known & trusted
// collaborators"; this tells the share dialog which invitees deserve a second look.
//
// Order of the checks:
//   invalid   – not an address (never throws; huge input is capped);
//   trusted   – the domain equals or is under an own/trusted domain;
//   lookalike – imitates an own/trusted domain (lookalike.ts), even if the address already has access;
//   trusted   – the address (compared without its +tag) already has access to the page;
//   personal  – a consumer mail provider (webmail.ts);
//   unknown   – any other valid address.

import { normaliseDomain } from '../settings/domains';
import { findClose, findLookalike, prepareTargets, type Candidate, type TargetIndex } from './lookalike';
import { hostParts, parseAddress, splitInvitees, toUnicodeHost } from './parse';
import type { InviteeVerdict, TrustContext } from './types';
import { isPersonalHost, isPersonalMailDomain } from './webmail';

export type { InviteeVerdict, LookalikeReason, TrustContext, VerdictKind } from './types';
export { splitInvitees, isPersonalMailDomain };

/** classifyInvitees returns at most this many verdicts. */
export const MAX_INVITEES = 500;
/** Context lists beyond this length are ignored (settings cap trusted domains at 500). */
const MAX_CONTEXT = 5_000;
const MAX_INPUT_KEPT = 200;

interface Prepared {
  /** Own + trusted hosts that are not bare public suffixes. */
  hosts: ReadonlySet<string>;
  targets: TargetIndex;
  /** existingAccess keys (address without +tag). */
  access: Set<string>;
}

/** The string entries of a context list (settings arrive from storage and policy: be defensive). */
function strings(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const items: readonly unknown[] = list;
  return items.slice(0, MAX_CONTEXT).filter((x): x is string => typeof x === 'string');
}

/** The same entries in the same order (the first MAX_CONTEXT count), without copying. */
function sameList(list: unknown, copy: readonly unknown[]): boolean {
  if (!Array.isArray(list)) return copy.length === 0;
  const items: readonly unknown[] = list;
  const n = Math.min(items.length, MAX_CONTEXT);
  if (n !== copy.length) return false;
  for (let i = 0; i < n; i++) if (items[i] !== copy[i]) return false;
  return true;
}

const snapshot = (list: unknown): readonly unknown[] => (Array.isArray(list) ? (list as readonly unknown[]).slice(0, MAX_CONTEXT) : []);

/**
 * Memo of the last context prepared, keyed by its content (callers may mutate arrays in place): the
 * lists are compared entry by entry with a copy, which for 500 trusted domains costs about a microsecond.
 */
let cache: { copies: readonly (readonly unknown[])[]; prepared: Prepared } | undefined;

function prepare(ctx: TrustContext | undefined): Prepared {
  const lists: unknown[] = [ctx?.ownDomains, ctx?.trustedDomains, ctx?.existingAccess];
  const last = cache;
  if (last && lists.every((l, i) => sameList(l, last.copies[i]))) return last.prepared;
  const copies = lists.map(snapshot);
  cache = { copies, prepared: build(strings(copies[0]), strings(copies[1]), strings(copies[2])) };
  return cache.prepared;
}

function build(own: string[], trusted: string[], existing: string[]): Prepared {
  const seen = new Set<string>();
  for (const d of [...own, ...trusted]) {
    const host = normaliseDomain(d);
    if (host) seen.add(host);
  }
  const targets = prepareTargets([...seen]);
  // A trusted entry that is itself a public suffix (co.uk, notion.site) would trust strangers: ignored.
  const hosts = new Set([...seen].filter((h) => hostParts(h).registrable !== undefined));
  const access = new Set<string>();
  for (const a of existing) {
    const parsed = parseAddress(a);
    if (parsed) access.add(parsed.key);
  }
  return { hosts, targets, access };
}

/** The domain or one of its parent domains is listed. */
function isUnder(domain: string, hosts: ReadonlySet<string>): boolean {
  for (let d = domain; ; ) {
    if (hosts.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot < 0) return false;
    d = d.slice(dot + 1);
  }
}

/** Belt and braces: the checks below do not throw on any input tested, but a share dialog must stay calm. */
function classifyPrepared(raw: string, p: Prepared): InviteeVerdict {
  const input = typeof raw === 'string' ? raw.trim().slice(0, MAX_INPUT_KEPT) : '';
  try {
    return classifyParsed(input, raw, p);
  } catch {
    return { input, kind: 'invalid' };
  }
}

function classifyParsed(input: string, raw: string, p: Prepared): InviteeVerdict {
  const a = typeof raw === 'string' ? parseAddress(raw) : undefined;
  if (!a) return { input, kind: 'invalid' };
  const v: InviteeVerdict = { input, email: a.email, domain: a.domain, kind: 'unknown' };
  if (a.registrable) v.registrable = a.registrable;
  if (a.unicodeDomain !== a.domain) v.unicodeDomain = a.unicodeDomain;
  // v is this call's own object: its kind is set in place (spreading it cost more than the checks).
  if (isUnder(a.domain, p.hosts)) v.kind = 'trusted';
  else {
    const look = findLookalike(a, p.targets);
    if (look) {
      v.kind = 'lookalike';
      v.lookalikeReason = look.reason;
      if (look.of) v.lookalikeOf = look.of;
    } else if (p.access.has(a.key)) v.kind = 'trusted';
    else if (isPersonalHost(a.domain)) v.kind = 'personal';
  }
  return v;
}

/** One invitee (an address, `Name <address>`, mailto:…) → verdict. Never throws. */
export function classifyInvitee(raw: string, ctx: TrustContext): InviteeVerdict {
  return classifyPrepared(raw, prepare(ctx));
}

/**
 * A pasted list → one verdict per distinct invitee, in input order: addresses are de-duplicated by
 * normalised email (john+x@ and john@ stay separate: they are separate Notion accounts), non-addresses
 * by their trimmed text. At most MAX_INVITEES verdicts.
 */
export function classifyInvitees(text: string, ctx: TrustContext): InviteeVerdict[] {
  const pieces = splitInvitees(text);
  if (pieces.length === 0) return [];
  const p = prepare(ctx);
  const out: InviteeVerdict[] = [];
  const seen = new Set<string>();
  for (const piece of pieces) {
    const v = classifyPrepared(piece, p);
    const key = v.email ?? `\u0000${v.input}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
    if (out.length >= MAX_INVITEES) break;
  }
  return out;
}

// ---- trusting a domain -------------------------------------------------------------------------------

/** Why a domain must not be added to the trusted list with one click, or null when it may. */
export type NotTrustable =
  /** Not a domain. */
  | { reason: 'invalid' }
  /** A consumer mail provider (gmail.com…): trusting it would trust everyone. */
  | { reason: 'personal' }
  /** A public suffix (co.uk, github.io): trusting it would trust strangers. */
  | { reason: 'public-suffix' }
  /** It looks like an own/trusted domain (`of`), at or even below the look-alike threshold. */
  | { reason: 'lookalike'; of?: string };

/** A domain as typed into the trust action or the options page is cut here before normalising. */
const MAX_DOMAIN_INPUT = 1_000;

let trustCache: { copy: readonly unknown[]; targets: TargetIndex } | undefined;

function trustTargets(list: unknown): TargetIndex {
  if (!trustCache || !sameList(list, trustCache.copy)) {
    const copy = snapshot(list);
    const hosts = new Set<string>();
    for (const d of strings(copy)) {
      const host = normaliseDomain(d);
      if (host) hosts.add(host);
    }
    trustCache = { copy, targets: prepareTargets([...hosts]) };
  }
  return trustCache.targets;
}

function candidateOf(domain: unknown): Candidate | undefined {
  if (typeof domain !== 'string' || domain.length > MAX_DOMAIN_INPUT) return undefined;
  const host = normaliseDomain(domain);
  const unicodeDomain = host ? toUnicodeHost(host) : undefined;
  if (!host || unicodeDomain === undefined) return undefined;
  return { domain: host, unicodeDomain, ...hostParts(host) };
}

/**
 * The own/trusted domain that `domain` looks like, even below the look-alike threshold (one edit more;
 * a trusted name of 3+ letters anywhere inside it), or null. Entries of the domain's own registrable
 * domain are passed over, so each entry of a whole trusted list can be checked against the others.
 * For "never offer Trust this domain" and the options page's warning. Never throws; bounded input.
 */
export function closeToTrusted(domain: string, trustedList: readonly string[]): string | null {
  try {
    const c = candidateOf(domain);
    return c ? (findClose(c, trustTargets(trustedList)) ?? null) : null;
  } catch {
    return null;
  }
}

/**
 * Why `domain` must never be trusted with one click (a look-alike of an own/trusted domain — see
 * closeToTrusted —, a personal mail provider, a public suffix, not a domain), or null when it may.
 */
export function notTrustable(domain: string, trustedList: readonly string[]): NotTrustable | null {
  try {
    const c = candidateOf(domain);
    if (!c) return { reason: 'invalid' };
    if (!c.registrable) return { reason: 'public-suffix' };
    if (isPersonalHost(c.domain)) return { reason: 'personal' };
    const targets = trustTargets(trustedList);
    const of = findClose(c, targets);
    if (of) return { reason: 'lookalike', of };
    // An IDN label mixing scripts is a look-alike even when it imitates nothing listed.
    if (c.registrable && !targets.registrables.has(c.registrable) && findLookalike(c, targets)) return { reason: 'lookalike' };
    return null;
  } catch {
    return { reason: 'invalid' };
  }
}

/** What the options page says about a trusted list before saving it. */
export interface TrustedListReview {
  /** Never saved: personal mail providers and public suffixes (trusting them trusts strangers). */
  refused: { domain: string; reason: 'personal' | 'public-suffix' }[];
  /** Saved only after the user confirms: entries that look like an own or another trusted domain. */
  lookalikes: { domain: string; of?: string }[];
}

/** Reviews each entry of a trusted list against the own domains and the list's other entries. */
export function reviewTrustedList(entries: readonly string[], own: readonly string[]): TrustedListReview {
  const out: TrustedListReview = { refused: [], lookalikes: [] };
  for (const domain of entries.slice(0, 2_000)) {
    const others = [...own, ...entries.filter((e) => e !== domain)];
    const r = notTrustable(domain, others);
    if (!r) continue;
    if (r.reason === 'personal' || r.reason === 'public-suffix') out.refused.push({ domain, reason: r.reason });
    else if (r.reason === 'lookalike') out.lookalikes.push(r.of ? { domain, of: r.of } : { domain });
  }
  return out;
}
