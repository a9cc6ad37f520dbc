// The FeatureContext a feature gets from the runtime (src/content/runtime/start.ts), faked for the feature
// tests: settings are DEFAULTS plus `values`; cards go to the test's own list (one card per key, as the UI
// keeps them); listeners are guarded and end with the feature's signal, as in the runtime; the feature's
// flush listener is handed to the test (`setFlush`), which runs it as a rescan. With `pokeFlushes`, a poke
// runs that flush on the next microtask while the feature lives, as the runtime's observer would.
import type { FeatureContext } from '../../../src/content/runtime/feature';
import { guard } from '../../../src/content/runtime/log';
import { createPressGate, type PressGate } from '../../../src/content/runtime/press-gate';
import type { CardSpec } from '../../../src/content/ui/coach-ui';
import { DEFAULTS, type Settings } from '../../../src/shared/settings/schema';

export interface FakeContextOptions {
  id: string;
  signal: AbortSignal;
  /** The user's settings over DEFAULTS; a function is read at every settings() call (a test may change them). */
  values?: Partial<Settings> | (() => Partial<Settings>);
  cards: { get(): CardSpec[]; set(next: CardSpec[]): void };
  setFlush?: (flush: () => void) => void;
  pokeFlushes?: boolean;
  /** Called for a poke after the feature ended (nothing else happens then). */
  onPokeAfterEnd?: () => void;
  record?: FeatureContext['record'];
}

export function fakeContext(o: FakeContextOptions): FeatureContext {
  const { signal, cards } = o;
  let flush: (() => void) | undefined;
  let gate: PressGate | undefined;
  return {
    id: o.id,
    signal,
    settings: () => ({ values: { ...DEFAULTS, ...(typeof o.values === 'function' ? o.values() : o.values) }, locked: [], notices: [] }),
    onSettings: () => undefined,
    onFlush: (cb) => {
      flush = () => cb([], true);
      o.setFlush?.(flush);
    },
    poke: () => {
      if (signal.aborted) return o.onPokeAfterEnd?.();
      if (o.pokeFlushes) queueMicrotask(() => (signal.aborted ? undefined : flush?.()));
    },
    listen(target, type, handler, options) {
      target.addEventListener(type, guard(o.id, type, handler) as EventListener, { ...options, signal });
    },
    ui: {
      show: (spec) => cards.set([...cards.get().filter((s) => s.key !== spec.key), spec]),
      hide: (key) => cards.set(cards.get().filter((s) => s.key !== key)),
      hideAll: () => cards.set([]),
      isShown: (key) => cards.get().some((s) => s.key === key),
    },
    // Through this context's own `listen` (a test may wrap it to see the gate's listeners), as the runtime's gate on the window.
    holdPresses() {
      gate ??= createPressGate((type, h) => this.listen(window, type, h, { capture: true }));
      return gate.close(signal);
    },
    onDialogPress(wake) {
      gate ??= createPressGate((type, h) => this.listen(window, type, h, { capture: true }));
      gate.onPress(wake, signal);
    },
    record: o.record ?? (() => 'event-1'),
  };
}

/**
 * `base` whose listeners on the window are also handed to the test (the every-page ones: the press gate's),
 * until `stop()` (a part arrives: its own listeners are real), so a test can give them a trusted press,
 * which it cannot dispatch.
 */
export function withWindowListeners(base: FeatureContext): { ctx: FeatureContext; on: Map<string, (e: Event) => void>; stop(): void } {
  const on = new Map<string, (e: Event) => void>();
  let stopped = false;
  const ctx: FeatureContext = {
    ...base,
    listen(target, type, handler, options) {
      if (!stopped && target === window) on.set(type, handler as (e: Event) => void);
      base.listen(target, type, handler, options);
    },
  };
  return { ctx, on, stop: () => void (stopped = true) };
}

/** A user's press (trusted, which a test cannot dispatch) as the window listeners `on` see it: the types they stopped. */
export function trustedPress(on: Map<string, (e: Event) => void>, el: Element, o: { button?: number; ctrlKey?: boolean } = {}): string[] {
  const stopped: string[] = [];
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    const e = { type, isTrusted: true, target: el, button: o.button ?? 0, ctrlKey: !!o.ctrlKey, preventDefault: () => stopped.push(type), stopImmediatePropagation: () => undefined } as unknown as Event;
    on.get(type)?.(e);
  }
  return stopped;
}
