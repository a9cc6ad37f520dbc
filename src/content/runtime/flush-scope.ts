// One look at the page per flush: while the observer's listeners run for one batch (observe.ts), the
// detection code may reuse what another feature just read (notion/share-menu.ts findShareSurfaces: three
// features and the coverage recorder ask for the open share surfaces in every flush). Outside a flush
// (a click's handler, a test) nothing is reused. On the isolated world's global object, so the copies of
// the detection code in the lazy parts see the same flush. The page cannot reach it.
const SLOT = Symbol.for('srm-coach.flush-scope');
type Slot = { current: number; next: number };
const slot = (): Slot => {
  const g = globalThis as unknown as Record<symbol, Slot | undefined>;
  return (g[SLOT] ??= { current: 0, next: 1 });
};

/** Runs `fn` as one flush: flushScope() answers the same non-zero id inside it. */
export function inFlushScope(fn: () => void): void {
  const s = slot();
  const outer = s.current;
  s.current = s.next++;
  try {
    fn();
  } finally {
    s.current = outer;
  }
}

/** The running flush's id, or 0 outside a flush. */
export const flushScope = (): number => slot().current;
