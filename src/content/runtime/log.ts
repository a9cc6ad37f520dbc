// Silent by default: errors are counted per feature, never thrown into Notion's page, and never carry
// payloads (page text, addresses, passwords). Set localStorage 'srm-coach-debug' in DevTools to see them.

const counts = new Map<string, number>();
/** "feature:where" → count, read by the coverage report (runtime/coverage.ts) for diagnostics. */
const byPlace = new Map<string, number>();

export function reportError(featureId: string, where: string, error: unknown): void {
  counts.set(featureId, (counts.get(featureId) ?? 0) + 1);
  // `where` is a code name ('flush', 'init', an event type); anything else is counted as 'other'.
  const place = `${featureId}:${/^[a-z-]{1,24}$/.test(where) ? where : 'other'}`;
  byPlace.set(place, (byPlace.get(place) ?? 0) + 1);
  try {
    if (globalThis.localStorage?.getItem('srm-coach-debug') === '1') {
      const name = error instanceof Error ? error.name : typeof error;
      const message = error instanceof Error ? error.message.slice(0, 200) : '';
      console.warn(`[SRM Coach] ${featureId} failed in ${where}: ${name} ${message}`);
    }
  } catch {
    /* storage blocked */
  }
}

export function errorCount(featureId: string): number {
  return counts.get(featureId) ?? 0;
}

/** Every error counted so far in this page, "feature:where" → count. */
export function errorCounts(): ReadonlyMap<string, number> {
  return byPlace;
}

/** Runs fn and swallows (but counts) anything it throws: the error boundary of every feature callback. */
export function guard<A extends unknown[]>(featureId: string, where: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      const r = fn(...args) as unknown;
      if (r instanceof Promise) r.catch((e: unknown) => reportError(featureId, where, e));
    } catch (e) {
      reportError(featureId, where, e);
    }
  };
}
