// The cards' UI as the script on every Notion page holds it: the same API as ui/coach-ui.tsx's
// createCoachUI, but Preact and the cards live in the lazily injected `ui` part (parts/ui.iife.ts), so a
// page view that never shows a card never parses them. Until the part is here, shown cards wait in order
// (isShown already answers for them); once it is, every call goes straight to the real UI. The part is
// usually here before the first card: it is prefetched with the share and password parts (registry.ts).
// Only the background injects the part, into this isolated world: the page cannot load it or reach it.
// The cards' fixes live in the same part (notion/fix-controls.ts): a card's action runs one with runFix.
// So do the share coaching's cards (share/*-cards.ts): a feature builds its cards with lazyCards.

import type { CardSpec, CoachUI } from './coach-ui';
import type { FixOutcome } from '../notion/fix-controls';
import { loadPart, type Parts } from '../parts/registry';
import { reportError } from '../runtime/log';
import type { FeatureContext } from '../runtime/feature';

export type Fixes = Parts['ui']['fixes'];

/**
 * Runs a card's fix (notion/fix-controls.ts) from the `ui` part, which is here whenever a card is on screen
 * (so this is one microtask, not a round trip). The part's copy of notion/dom.ts reads the organisation's
 * selector overrides from the isolated world, as every copy does. A part that cannot be had, or a fix that fails, ends calmly as 'missing': the card then says
 * where to go, and nothing is thrown into the page.
 */
export function runFix(fix: (f: Fixes) => FixOutcome | Promise<FixOutcome>): Promise<FixOutcome> {
  return loadPart('ui')
    .then((ui) => fix(ui.fixes))
    .catch((): FixOutcome => 'missing');
}

export interface LazyCards<T> {
  /**
   * The cards when the `ui` part is here. Else undefined: the part is asked for and its arrival pokes the
   * feature, whose next flush draws from what it reads then (so nothing stale is drawn). A part that
   * cannot be had draws nothing; the next flush asks again.
   */
  now(): T | undefined;
  /**
   * Draws with the cards: at once when the part is here, else once it arrives, if the feature still runs
   * and `still()` holds then. A part that cannot be had draws nothing (the card UI could not show it either).
   */
  when(draw: (cards: T) => void, still?: () => boolean): void;
}

/** A feature's cards built by the `ui` part (`make` picks them from it), once, when first needed. */
export function lazyCards<T>(ctx: Pick<FeatureContext, 'id' | 'signal' | 'poke'>, make: (ui: Parts['ui']) => T): LazyCards<T> {
  let cards: T | undefined;
  let failedAt = -Infinity;
  const get = () => loadPart('ui').then((ui) => (cards ??= make(ui)));
  return {
    now() {
      // After a failed load, flushes (up to one a frame while a surface is open) wait a second to ask again.
      if (!cards && performance.now() - failedAt > 1000) get().then(() => ctx.poke(), () => void (failedAt = performance.now()));
      return cards;
    },
    when(draw, still = () => true) {
      if (cards) return draw(cards);
      get()
        .then((c) => void (!ctx.signal.aborted && still() && draw(c)), () => undefined)
        .catch((e: unknown) => reportError(ctx.id, 'cards', e)); // a card that failed to draw: counted, never thrown
    },
  };
}

type Scoper = { scoped(owner: string, s: AbortSignal): CoachUI };
/** `engaged`: coaching was asked for on this page (the UI part is here or on its way). */
type LazyScoper = Scoper & { readonly engaged: boolean };

export function createCoachUI(signal: AbortSignal): LazyScoper {
  let real: Scoper | undefined;
  let asking: Promise<void> | undefined;
  const waiting = new Set<() => void>();

  const load = (tries = 0) => {
    asking ??= loadPart('ui').then(
      (m) => {
        if (signal.aborted) return;
        real = m.createCoachUI(signal);
        for (const w of waiting) w();
        waiting.clear();
      },
      () => {
        // Not injected this time (the worker was restarting): ask again soon while cards wait.
        asking = undefined;
        if (tries < 3 && waiting.size) setTimeout(load, 500, tries + 1);
      },
    );
  };

  return {
    get engaged() {
      return asking !== undefined || real !== undefined;
    },
    scoped(owner, s) {
      let ui: CoachUI | undefined;
      const pending = new Map<string, CardSpec>();
      const get = () => (ui ??= real && !s.aborted ? real.scoped(owner, s) : undefined);
      const flush = () => {
        for (const spec of pending.values()) get()?.show(spec);
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
          pending.delete(spec.key); // in the order of the latest show()
          pending.set(spec.key, spec);
          waiting.add(flush);
          load();
        },
        // Once the real UI is here, `pending` is empty: clearing it too is harmless.
        hide: (key) => void (get()?.hide(key) ?? pending.delete(key)),
        hideAll: () => void (get()?.hideAll() ?? pending.clear()),
        isShown: (key) => get()?.isShown(key) ?? pending.has(key),
      };
    },
  };
}
