// ONE MutationObserver for every feature. The callback only collects added elements (no DOM reads, no
// layout); the work runs once, in the task after the mutations (setTimeout 0), however many observer
// callbacks came before it. Not requestAnimationFrame: waiting for the next frame was most of a warning's
// delay (bench: warning_latency_p95_ms 22.5 → 13.2 ms here), and Notion's renders come one per task, so a
// frame rarely holds more than one batch anyway (typing_added_ms_per_key did not move). A flush must stay
// short either way (attacks.e2e "a 20 KB invite field": no long task or long animation frame). Features
// subscribe with a signal and get the batch.

import { inFlushScope } from './flush-scope';

/**
 * `added`: elements added (or whose watched attributes changed) since the last frame.
 * `rescan`: true when the batch overflowed or someone poked: look at the whole page, not just `added`.
 */
export type FlushListener = (added: readonly Element[], rescan: boolean) => void;

/** Where to observe: `subtree` roots see every change inside; `shallow` roots only their own children. */
export interface ObservationRoots {
  subtree: Node[];
  shallow: Node[];
}

export interface Observer {
  onFlush(listener: FlushListener, signal: AbortSignal): void;
  /** Ask for a flush soon (the next task) even without mutations (e.g. after settings change or an input event). */
  poke(): void;
  /** Re-reads the roots (e.g. Notion replaced its overlay container); cheap when nothing changed. */
  retarget(): void;
  /** True when only part of the page is observed (then callers rescan the whole page now and then). */
  readonly narrowed: boolean;
  /** True while every observed root is still in the page (when not, retarget: Notion replaced a container). */
  readonly attached: boolean;
  disconnect(): void;
}

const MAX_BATCH = 5000;

const WATCH: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  // Attributes Notion flips on switches and menus; childList for chips, dialogs, menus.
  attributeFilter: ['aria-checked', 'aria-selected', 'aria-pressed', 'checked'],
};

export function createObserver(roots: () => ObservationRoots, schedule: (cb: () => void) => void = (cb) => void setTimeout(cb, 0)): Observer {
  const listeners = new Set<FlushListener>();
  let pending: Element[] = [];
  let rescan = true;
  let scheduled = false;
  let current: ObservationRoots = { subtree: [], shallow: [] };
  let shallowSet = new Set<Node>();
  let moved = false; // a child left a shallow root: maybe an observed root with it

  const flush = () => {
    scheduled = false;
    // Notion replaced (or removed) its overlay layer or a container above it: the shallow roots are the
    // layer's ancestors, so the removal comes as a record, and the layer is looked for again in this flush
    // (not at the runtime's next tick, which on a quiet page is up to 5 s away).
    if (moved) {
      moved = false;
      if (!attached() && reobserve()) rescan = true;
    }
    const batch = rescan ? [] : pending;
    const whole = rescan;
    pending = [];
    rescan = false;
    inFlushScope(() => {
      for (const l of [...listeners]) l(batch, whole);
    });
  };
  const request = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(flush);
  };

  const mo = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.target.nodeType === 1 && pending.length < MAX_BATCH) pending.push(r.target as Element);
        continue;
      }
      if (shallowSet.has(r.target) && r.removedNodes.length) moved = true; // the Set first: no NodeList read for the page's own records
      const nodes = r.addedNodes;
      for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i]!;
        if (n.nodeType !== 1) continue;
        if (pending.length < MAX_BATCH) pending.push(n as Element);
        else rescan = true; // listeners then rescan their surfaces instead of walking a huge batch
      }
    }
    request();
  });
  const same = (a: Node[], b: Node[]) => a.length === b.length && a.every((n, i) => n === b[i]);
  const attached = () => current.subtree.every((n) => n.isConnected) && current.shallow.every((n) => n.isConnected);
  /** Observes the roots anew when they changed; true then (the caller asks for a rescan). */
  const reobserve = () => {
    const next = roots();
    if (same(next.subtree, current.subtree) && same(next.shallow, current.shallow)) return false;
    mo.disconnect();
    current = next;
    shallowSet = new Set(next.shallow);
    for (const n of next.subtree) mo.observe(n, WATCH);
    for (const n of next.shallow) mo.observe(n, { childList: true });
    return true;
  };
  const retarget = () => {
    if (!reobserve()) return;
    rescan = true;
    request();
  };
  retarget();

  return {
    retarget,
    get narrowed() {
      return current.shallow.length > 0;
    },
    get attached() {
      return attached();
    },
    onFlush(listener, signal) {
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener));
    },
    poke() {
      rescan = true;
      request();
    },
    disconnect() {
      mo.disconnect();
      listeners.clear();
    },
  };
}
