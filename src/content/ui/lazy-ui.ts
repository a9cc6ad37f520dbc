// The cards' UI as the script on every Notion page holds it: the same API as ui/coach-ui.tsx's
// createCoachUI, but Preact and the cards live in the lazily injected `ui` part (parts/ui.iife.ts), so a
// page view that never shows a card never parses them. Until the part is here, shown cards wait in order
// (isShown already answers for them); once it is, every call goes straight to the real UI. The part is
// usually here before the first card: it is prefetched with the share and password parts (registry.ts).
// Only the background injects the part, into this isolated world: the page cannot load it or reach it.

import type { CardSpec, CoachUI } from './coach-ui';
import { loadPart } from '../parts/registry';

type Scoper = { scoped(owner: string, s: AbortSignal): CoachUI };

const RETRIES = 3;

export function createCoachUI(signal: AbortSignal): Scoper {
  let real: Scoper | undefined;
  let loading = false;
  let failures = 0;
  const waiting = new Set<() => void>();

  const load = () => {
    if (real || loading || signal.aborted) return;
    loading = true;
    loadPart('ui').then(
      (m) => {
        loading = false;
        if (signal.aborted) return;
        real = m.createCoachUI(signal);
        for (const w of [...waiting]) w();
        waiting.clear();
      },
      () => {
        loading = false;
        // Not injected this time (the worker was restarting): try again soon while cards wait.
        if (++failures <= RETRIES && waiting.size) setTimeout(load, 250 * failures);
      },
    );
  };

  return {
    scoped(owner, s) {
      let ui: CoachUI | undefined;
      const pending = new Map<string, CardSpec>();
      const get = () => (ui ??= real && !s.aborted ? real.scoped(owner, s) : undefined);
      const flush = () => {
        const u = get();
        if (!u) return;
        for (const spec of pending.values()) u.show(spec);
        pending.clear();
      };
      s.addEventListener('abort', () => {
        pending.clear();
        waiting.delete(flush);
      });
      return {
        show(spec) {
          if (s.aborted) return;
          const u = get();
          if (u) return u.show(spec);
          pending.delete(spec.key); // keeps the order of the latest show()
          pending.set(spec.key, spec);
          waiting.add(flush);
          load();
        },
        hide(key) {
          const u = get();
          if (u) u.hide(key);
          else pending.delete(key);
        },
        hideAll() {
          const u = get();
          if (u) u.hideAll();
          else pending.clear();
        },
        isShown: (key) => get()?.isShown(key) ?? pending.has(key),
      };
    },
  };
}
