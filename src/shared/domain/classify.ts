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
import { findLookalike, prepareTargets, type Target } from './lookalike';
import { hostParts, parseAddress, splitInvitees } from './parse';
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
  hosts: string[];
  targets: Target[];
  /** existingAccess keys (address without +tag). */
  access: Set<string>;
}

/** The string entries of a context list (settings arrive from storage and policy: be defensive). */
function strings(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const items: readonly unknown[] = list;
  return items.slice(0, MAX_CONTEXT).filter((x): x is string => typeof x === 'string');
}

/** Memo of the last context prepared, keyed by its content (callers may mutate arrays in place). */
let cache: { key: string; prepared: Prepared } | undefined;

function prepare(ctx: TrustContext | undefined): Prepared {
  const own = strings(ctx?.ownDomains);
  const trusted = strings(ctx?.trustedDomains);
  const existing = strings(ctx?.existingAccess);
  const key = JSON.stringify([own, trusted, existing]);
  if (cache?.key !== key) cache = { key, prepared: build(own, trusted, existing) };
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
  const hosts = [...seen].filter((h) => hostParts(h).registrable !== undefined);
  const access = new Set<string>();
  for (const a of existing) {
    const parsed = parseAddress(a);
    if (parsed) access.add(parsed.key);
  }
  return { hosts, targets, access };
}

function isUnder(domain: string, hosts: readonly string[]): boolean {
  return hosts.some((h) => domain === h || domain.endsWith(`.${h}`));
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
  if (isUnder(a.domain, p.hosts)) return { ...v, kind: 'trusted' };
  const look = findLookalike(a, p.targets);
  if (look) {
    const out: InviteeVerdict = { ...v, kind: 'lookalike', lookalikeReason: look.reason };
    if (look.of) out.lookalikeOf = look.of;
    return out;
  }
  if (p.access.has(a.key)) return { ...v, kind: 'trusted' };
  if (isPersonalHost(a.domain)) return { ...v, kind: 'personal' };
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
