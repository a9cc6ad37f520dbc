// Admin text overrides: extra wordings per text anchor, per UI language ('*' = every language), set from the
// enterprise policy `detectionOverrides` (wired by the policy code). texts.ts consults them after the
// built-in table (src/content/notion/text-table.ts), so an admin can teach SRM Coach a label Notion changed
// or translated differently without a new release. Overrides only add wordings; they never remove one.

import { ANCHOR_KEYS } from './text-table';

/** The anchor keys an override may name (the policy validator checks keys against this list). */
export const TEXT_OVERRIDE_KEYS = ANCHOR_KEYS;

type Overrides = Record<string /* anchor key */, Record<string /* lang, or '*' */, string[]>>;

// Shared by every copy of this module in this isolated world (each lazy part bundles its own copy; see
// parts/registry.ts), on the isolated world's global object, which the page cannot see.
const SLOT = Symbol.for('srm-coach.text-overrides');
const shared = (): { current: Overrides; version: number } => {
  const g = globalThis as unknown as Record<symbol, { current: Overrides; version: number } | undefined>;
  return (g[SLOT] ??= { current: {}, version: 0 });
};

const MAX_WORDINGS = 50;
const MAX_CHARS = 200;

/** Replaces the overrides (bad input is dropped quietly: unknown keys, non-strings, long or empty wordings). */
export function setTextOverrides(o: Record<string /* anchor key */, Record<string /* lang, or '*' */, string[]>>): void {
  const next: Overrides = {};
  if (o && typeof o === 'object') {
    for (const key of ANCHOR_KEYS) {
      const byLang: unknown = Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
      if (!byLang || typeof byLang !== 'object') continue;
      for (const [lang, list] of Object.entries(byLang as Record<string, unknown>)) {
        if (!Array.isArray(list)) continue;
        const words = list.filter((w): w is string => typeof w === 'string' && !!w.trim() && w.length <= MAX_CHARS).slice(0, MAX_WORDINGS);
        if (words.length) (next[key] ??= {})[lang.trim().toLowerCase() || '*'] = words;
      }
    }
  }
  const s = shared();
  s.current = next;
  s.version++;
}

/** The override wordings of `key` for a page language (its full tag, its base language and '*'). */
export function overrideWordings(key: string, langs: readonly string[]): string[] {
  const byLang = shared().current[key];
  if (!byLang) return [];
  const out: string[] = [];
  for (const l of new Set([...langs.map((x) => x.toLowerCase()), '*'])) out.push(...(byLang[l] ?? []));
  return out;
}

/** Changes whenever the overrides do (texts.ts drops its cached wordings then). */
export function overridesVersion(): number {
  return shared().version;
}
