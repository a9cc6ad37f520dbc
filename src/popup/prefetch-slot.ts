// Where the popup's prefetch (prefetch.ts) leaves its reads for data.ts. No imports on purpose: the
// prefetch is built as a file of its own and must stay tiny.

/** The raw storage areas the popup reads first: storage.local (log, onboarding, policy mirror) and storage.sync. */
export type PrefetchedAreas = [local: Record<string, unknown>, sync: Record<string, unknown>];

const SLOT = 'srmPopupPrefetch';
type Slot = { [SLOT]?: Promise<PrefetchedAreas> };

export function putPrefetch(p: Promise<PrefetchedAreas>): void {
  (globalThis as Slot)[SLOT] = p;
}

/** The prefetched reads, once (later loads read storage again); undefined when there were none. */
export function takePrefetch(): Promise<PrefetchedAreas> | undefined {
  const g = globalThis as Slot;
  const p = g[SLOT];
  delete g[SLOT];
  return p;
}
