// Share-menu classification per flush, cheap: while a share menu is open, every DOM flush re-reads the
// invite field. Pieces are de-duplicated before classifying, and verdicts are remembered per piece for
// as long as the trust context (own, trusted domains, people with access) stays the same, so a flush
// classifies only what is new. PURE.
import type { InviteeVerdict, TrustContext } from './types';

interface Lib {
  splitInvitees(text: string): string[];
  classifyInvitees(text: string, ctx: TrustContext): InviteeVerdict[];
}

/** Pieces remembered at most; the memo starts again beyond this (a pathological field, not a user). */
const MAX_REMEMBERED = 5_000;
/** Verdicts returned per call at most (the classifier's own cap). */
const MAX_VERDICTS = 500;

export function createInviteeClassifier(lib: Lib): (texts: readonly string[], ctx: TrustContext) => InviteeVerdict[] {
  let key = '';
  // piece → its verdict; null: the piece names an address another piece already names.
  let memo = new Map<string, InviteeVerdict | null>();
  return (texts, ctx) => {
    const k = JSON.stringify([ctx.ownDomains, ctx.trustedDomains, ctx.existingAccess]);
    if (k !== key || memo.size > MAX_REMEMBERED) {
      key = k;
      memo = new Map();
    }
    const pieces = new Set<string>();
    for (const text of texts) for (const p of lib.splitInvitees(text)) if (pieces.size < MAX_VERDICTS * 2) pieces.add(p.trim());
    const missing = [...pieces].filter((p) => p && !memo.has(p));
    if (missing.length) {
      const fresh = new Map<string, InviteeVerdict>();
      for (const v of lib.classifyInvitees(missing.join('\n'), ctx)) fresh.set(v.input, v);
      for (const p of missing) memo.set(p, fresh.get(p.slice(0, 200)) ?? null);
    }
    const out: InviteeVerdict[] = [];
    const seen = new Set<string>();
    for (const p of pieces) {
      const v = memo.get(p);
      if (!v) continue;
      const id = v.email ?? `\u0000${v.input}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(v);
      if (out.length >= MAX_VERDICTS) break;
    }
    return out;
  };
}
