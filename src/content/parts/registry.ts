// Lazy parts of the content script, loaded only when a page needs them: the domain classifier (Public
// Suffix List), the secrets scanner (with the secret-paste cards), the password coaching, the cards' UI
// (Preact, ui/coach-ui.tsx, the fixes its buttons run, notion/fix-controls.ts, and the share, exposure,
// access, account and published-page cards, share/*-cards.ts, account/hygiene-cards.ts and
// published/phish-card.ts), the settings code (a fallback) and the detection words of Notion's UI
// languages other than English (notion/text-table-langs.ts), and the public-exposure and account-hygiene
// coaching, which read Notion's menus and Settings (parts/menus.iife.ts). Why not import(): a content script's
// import() loads a module from a web-accessible URL, so every Notion page could fetch it and know SRM
// Coach is installed. Instead each part is a classic
// script (parts/*.iife.ts) that the background injects into this tab's isolated world with
// scripting.executeScript, which needs no web-accessible file; the part then registers itself on the
// isolated world's global object, which the page cannot see.
import { send } from '../../platform/messaging';

export interface Parts {
  classify: typeof import('./classify.iife').part;
  secrets: typeof import('./secrets.iife').part;
  password: typeof import('./password.iife').part;
  ui: typeof import('./ui.iife').part;
  settings: typeof import('./settings.iife').part;
  texts: typeof import('./texts.iife').part;
  menus: typeof import('./menus.iife').part;
}
export type PartName = keyof Parts;
export const PART_NAMES: readonly PartName[] = ['classify', 'secrets', 'password', 'ui', 'settings', 'texts', 'menus'];

/**
 * Parts whose surface usually ends in a card: the share menu / publish panel / Settings (classify) and
 * the password surfaces (password). The cards' UI is fetched beside them, before a card is needed, so
 * the first warning is not a round trip to the background later (warning latency).
 */
const prefetchesUI = (name: PartName) => name === 'classify' || name === 'password';

const SLOT = Symbol.for('srm-coach.parts');
type Registry = { [K in PartName]?: Parts[K] };
const registry = (): Registry => {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[SLOT] ??= {});
};

/** Called by a part's own script as it is injected. */
export function definePart<K extends PartName>(name: K, value: Parts[K]): void {
  registry()[name] = value;
}

const loading = new Map<PartName, Promise<unknown>>();

/** The part, injected by the background on first use. Rejects when it cannot be had (then coaching waits). */
export function loadPart<K extends PartName>(name: K): Promise<Parts[K]> {
  if (prefetchesUI(name)) void loadPart('ui').catch(() => undefined); // lazy-ui.ts asks again when it shows a card
  const have = registry()[name];
  if (have) return Promise.resolve(have);
  let p = loading.get(name) as Promise<Parts[K]> | undefined;
  if (!p) {
    p = send('part:load', { part: name }).then(() => {
      const got = registry()[name];
      if (!got) throw new Error(name); // the part did not register itself
      return got;
    });
    p.catch(() => loading.delete(name));
    loading.set(name, p);
  }
  return p;
}
