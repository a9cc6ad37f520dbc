// Content runtime: double-load guard → lifecycle → settings → observer → features.
//
// Lifecycle: everything hangs off one AbortController. It aborts when the extension context is gone
// (update, reload, disable: runtime.id disappears), or when a newer copy of this script announces itself
// in the page (the old, orphaned copy then removes its UI), so no "Extension context invalidated" errors.

import { browser, isContextValid } from '../../platform/browser';
import { getSettings, watchSettings } from '../../platform/settings';
import { send } from '../../platform/messaging';
import type { EffectiveSettings } from '../../shared/settings/merge';
import { newEventId } from '../../shared/events';
import { createObserver } from './observe';
import { observationRoots } from '../notion/roots';
import { guard, reportError } from './log';
import { shouldRun, type Feature, type FeatureContext } from './feature';
import { createCoachUI } from '../ui/coach-ui';
import { recordWithRetry } from './record';

const LOADED = Symbol.for('srm-coach.loaded');
const TAKEOVER = 'srm-coach:takeover';

export async function start(features: readonly Feature[]): Promise<void> {
  const g = globalThis as unknown as Record<symbol, boolean>;
  if (g[LOADED]) return; // injected twice into the same world
  g[LOADED] = true;

  const instance = newEventId(Date.now());
  document.dispatchEvent(new CustomEvent(TAKEOVER, { detail: instance }));
  const life = new AbortController();
  const { signal } = life;
  const stop = () => life.abort();
  document.addEventListener(TAKEOVER, (e) => (e as CustomEvent).detail !== instance && stop(), { signal });
  const timer = setInterval(() => !isContextValid() && stop(), 1000);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    g[LOADED] = false;
  });

  let settings: EffectiveSettings = await getSettings();
  if (signal.aborted) return;
  const settingsListeners = new Set<(s: EffectiveSettings) => void>();
  const ui = createCoachUI(signal);
  const observer = createObserver(() => observationRoots(document));
  signal.addEventListener('abort', () => observer.disconnect());

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
      record: (event) => {
        if (!isContextValid()) return;
        recordWithRetry(
          (e) => send('event:record', { event: e }),
          { ...event, id: newEventId(Date.now()), at: Date.now(), host: location.hostname },
          signal, // the page's lifetime, not the feature's: a navigation must not drop an event
        );
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
  const reconcile = () => {
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
    reconcile();
    for (const l of [...settingsListeners]) l(s);
    observer.poke();
  }, signal);

  // In-app navigation: Notion changes the URL without reloading. Checked on every flush and once a
  // second (history.pushState from the page's world is not observable from this isolated world).
  observer.onFlush(() => location.href !== lastHref && reconcile(), signal);
  const nav = setInterval(() => {
    if (location.href !== lastHref) reconcile();
    observer.retarget();
    // Safety net while only Notion's overlay layer is observed: a whole-page look once a second, so a
    // dialog Notion someday renders elsewhere is still found (late rather than never).
    if (observer.narrowed) observer.poke();
  }, 1000);
  signal.addEventListener('abort', () => clearInterval(nav));
  window.addEventListener('popstate', () => reconcile(), { signal });

  reconcile();
  observer.poke();
  void browser; // keep the polyfill initialised in this world
}
