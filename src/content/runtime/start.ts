// Content runtime: double-load guard → lifecycle → settings → observer → features.
//
// Lifecycle: everything hangs off one AbortController. It aborts when the extension context is gone
// (update, reload, disable: runtime.id disappears), or when a newer copy of this script starts in the same
// isolated world (the old, orphaned copy then removes its UI), so no "Extension context invalidated" errors.
// The hand-over uses only this isolated world's global object, which the page's own scripts cannot reach:
// no event or attribute a page could send, fake or observe (SECURITY.md, "A script in a Notion page").

import { isContextValid } from '../../platform/runtime';
import { getSettings, watchSettings } from './settings';
import { send } from '../../platform/messaging';
import type { EffectiveSettings } from '@shared/settings/merge';
import { boundEvent, newEventId } from '@shared/events';
import { createObserver } from './observe';
import { nextTickIn, shouldLook } from './look';
import { onNavigation } from './navigation';
import { mayHoldSurfaces, observationRoots } from '../notion/roots';
import { guard, reportError } from './log';
import { shouldRun, type Feature, type FeatureContext } from './feature';
import { createCoachUI } from '../ui/lazy-ui';
import { recordWithRetry } from './record';
import { applyOverrides, startCoverage } from './coverage';
import { loadPart } from '../parts/registry';
import { setLanguageLoader } from '../notion/text-table';
import { createPressGate } from './press-gate';

const RUNNING = Symbol.for('srm-coach.running');
interface Running {
  stop(): void;
}

/**
 * Makes this copy the one that runs in this isolated world: a copy already running here (an older
 * version after an update, or the same script injected twice) is stopped. Returns the lifetime signal.
 */
export function takeOver(world: object = globalThis): AbortController {
  const g = world as Record<symbol, Running | undefined>;
  try {
    g[RUNNING]?.stop();
  } catch {
    /* the older copy's context is gone; its own timer ends it */
  }
  const life = new AbortController();
  const me: Running = { stop: () => life.abort() };
  g[RUNNING] = me;
  life.signal.addEventListener('abort', () => {
    if (g[RUNNING] === me) g[RUNNING] = undefined;
  });
  return life;
}

export async function start(features: readonly Feature[]): Promise<void> {
  const life = takeOver();
  const { signal } = life;
  const stop = () => life.abort();
  const timer = setInterval(() => !isContextValid() && stop(), 1000);
  signal.addEventListener('abort', () => clearInterval(timer));
  // Presses in a dialog or menu wait until the features listen (the first flush after they started).
  const gate = createPressGate((type, h) => window.addEventListener(type, h, { capture: true, signal }));
  const started = gate.close();

  let settings: EffectiveSettings = await getSettings(); // should this fail, the gate lets go by itself (MAX_HOLD_MS)
  if (signal.aborted) return;
  applyOverrides(settings, () => observer.poke());
  const settingsListeners = new Set<(s: EffectiveSettings) => void>();
  const ui = createCoachUI(signal);
  const observer = createObserver(() => observationRoots(document));
  signal.addEventListener('abort', () => observer.disconnect());
  startCoverage({ observer, signal, settings: () => settings, send: async (report) => isContextValid() && send('coverage:report', { report }) });
  // Another UI language's words (notion/text-table.ts rowOf): the `texts` part, asked for at most every few
  // seconds; once here, the whole page is looked at again with them.
  let askedAt = -Infinity;
  setLanguageLoader(() => {
    if (signal.aborted || performance.now() - askedAt < 3000) return;
    askedAt = performance.now();
    void loadPart('texts').then(() => observer.poke(), () => undefined);
  });
  signal.addEventListener('abort', () => setLanguageLoader(undefined));

  const running = new Map<string, AbortController>();

  const startFeature = (f: Feature) => {
    const fc = new AbortController();
    signal.addEventListener('abort', () => fc.abort(), { signal: fc.signal });
    running.set(f.id, fc);
    const ctx: FeatureContext = {
      id: f.id,
      signal: fc.signal,
      settings: () => settings,
      onSettings(cb) {
        const wrapped = guard(f.id, 'settings', cb);
        settingsListeners.add(wrapped);
        fc.signal.addEventListener('abort', () => settingsListeners.delete(wrapped));
      },
      onFlush: (cb) => observer.onFlush(guard(f.id, 'flush', cb), fc.signal),
      poke: () => observer.poke(),
      listen(target, type, handler, options) {
        target.addEventListener(type, guard(f.id, type, handler) as EventListener, { ...options, signal: fc.signal });
      },
      ui: ui.scoped(f.id, fc.signal),
      holdPresses: () => gate.close(fc.signal),
      onDialogPress: (wake) => gate.onPress(guard(f.id, 'press', wake), fc.signal),
      record: (event) => {
        if (!isContextValid()) return undefined;
        const id = newEventId(Date.now());
        recordWithRetry(
          (e) => send('event:record', { event: e }),
          boundEvent({ ...event, id, at: Date.now(), host: location.hostname }),
          signal, // the page's lifetime, not the feature's: a navigation must not drop an event
        );
        return id;
      },
    };
    try {
      const r = f.init(ctx);
      if (r instanceof Promise) r.catch((e: unknown) => reportError(f.id, 'init', e));
    } catch (e) {
      reportError(f.id, 'init', e);
    }
  };

  let lastHref = '';
  let lastTouch = 0; // the last press, key or in-app navigation (look.ts)
  const reconcile = () => {
    if (lastHref) lastTouch = Date.now(); // a new page may open a dialog of its own
    lastHref = location.href;
    let url: URL;
    try {
      url = new URL(location.href);
    } catch {
      return;
    }
    for (const f of features) {
      const want = shouldRun(f, url, settings.values);
      const fc = running.get(f.id);
      if (want && !fc) startFeature(f);
      if (!want && fc) {
        fc.abort();
        running.delete(f.id);
      }
    }
  };

  watchSettings((s) => {
    settings = s;
    applyOverrides(s, () => observer.poke());
    reconcile();
    for (const l of [...settingsListeners]) l(s);
    observer.poke();
  }, signal);

  // The runtime's tick (one timer: the lifecycle check moves into it). Every second while a second matters,
  // else every 5 s (quiet: look.ts nextTickIn); a press or an in-app navigation wakes it at once.
  let lastKey = 0;
  let held = false; // the page held something a feature looks for at the last look
  let quiet = false;
  let tickTimer: ReturnType<typeof setTimeout> | undefined;
  const startedAt = Date.now();
  const plan = (now: number, tick: number) => {
    const wait = nextTickIn(now, tick, lastTouch, !observer.narrowed || held || ui.engaged || !told);
    quiet = wait > 1000;
    tickTimer = setTimeout(step, wait);
  };
  const wake = () => {
    if (!quiet) return;
    clearTimeout(tickTimer);
    quiet = false;
    tickTimer = setTimeout(step, 1000);
  };
  // In-app navigation: Notion changes the URL without reloading (history.pushState in the page's world).
  // Told by the browser where it can (runtime/navigation.ts), else read at each tick; and checked on
  // every flush and on popstate. A new page may open a dialog of its own: it wakes the tick.
  const changed = () => {
    if (location.href === lastHref) return;
    reconcile();
    wake();
  };
  const told = onNavigation(changed, signal);
  observer.onFlush(changed, signal);
  window.addEventListener('popstate', changed, { signal });
  // The last key pressed and the last press of any kind (a number written each, and a quiet tick woken:
  // nothing else runs here while someone types or clicks).
  const touched = () => {
    lastTouch = Date.now();
    wake();
    return lastTouch;
  };
  window.addEventListener('keydown', () => void (lastKey = touched()), { signal, capture: true, passive: true });
  window.addEventListener('pointerdown', touched, { signal, capture: true, passive: true });
  const step = () => {
    if (!isContextValid()) return stop();
    if (location.href !== lastHref) reconcile(); // told or not (plan() below counts it as a touch)
    const now = Date.now();
    const tick = Math.round((now - startedAt) / 1000); // seconds since the start
    const look = quiet || shouldLook(now, tick, lastKey, lastTouch, held); // a tick planned quiet is the 5-s look
    // Where to observe: read again each tick while the whole page is observed (to narrow once Notion's
    // overlay layer appears) or when an observed root left the page; otherwise at the whole-page look's
    // pace below, which is when a layer added elsewhere is found (a query of the whole page: bench
    // overhead_own_script_ms). A replaced layer comes as a record (observe.ts). What is left of SRM
    // Coach's cost on a heavy page: docs/decisions/0003-page-script-overhead-measure.md.
    if (!observer.narrowed || !observer.attached || look) observer.retarget();
    // Safety net while only Notion's overlay layer is observed: a whole-page look, so a dialog Notion
    // someday renders elsewhere is still found (late rather than never); when, see look.ts. And only when
    // the page holds a dialog, Settings or a form field, or held one at the last look (to see it go): one
    // query first, not every feature's (bench: overhead_own_script_ms).
    if (observer.narrowed && look) {
      const holds = mayHoldSurfaces(document);
      if (holds || held) observer.poke();
      held = holds;
    }
    plan(now, tick);
  };
  clearInterval(timer);
  plan(startedAt, 0);
  signal.addEventListener('abort', () => clearTimeout(tickTimer));

  reconcile();
  observer.poke();
  // After the features' own first flush (they may hold on: a part on its way), so a held press meets them.
  observer.onFlush(() => started(true), signal);
}
