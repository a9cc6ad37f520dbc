// The popup's first storage reads, started by this tiny script of its own (built as popup/prefetch.js,
// listed first in index.html) while the main script is still loading, instead of after it has run: the
// reads took 15–40 ms here and now overlap the ~40 ms the main script takes to arrive. Reads only.
// No polyfill: Chromium's chrome.* and Firefox's browser.* both return promises in Manifest V3.
import { LOG_KEY, MANAGED_MIRROR, ONBOARDING_KEY } from '../shared/storage-keys';
import { putPrefetch, type PrefetchedAreas } from './prefetch-slot';

interface Area {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
}
// The extension API namespace as far as this script uses it.
const ns = globalThis as unknown as { browser?: { storage?: { local: Area; sync: Area } }; chrome?: { storage?: { local: Area; sync: Area } } };
const storage = ns.browser?.storage ?? ns.chrome?.storage;
if (storage) {
  performance.mark('srm-popup-prefetch'); // bench breakdown (bench/popup.mjs)
  const reads: Promise<PrefetchedAreas> = Promise.all([storage.local.get([LOG_KEY, ONBOARDING_KEY, MANAGED_MIRROR]), storage.sync.get(null)]);
  reads.then(() => performance.mark('srm-popup-prefetched'), () => undefined); // data.ts reads again if this failed
  putPrefetch(reads);
}
