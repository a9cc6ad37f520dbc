// A feature whose work lives in a lazy part (registry.ts): the script on every Notion page only waits, on
// flushes that may show a surface, until `ready()` says the surface is there; then it loads the part and
// hands the feature's context to it, once (the part registers its own listeners on that context, which end
// with the feature). A part that cannot be had this time: `failed` is told, and the next such flush asks again.
import type { FeatureContext } from '../runtime/feature';
import { mayAffectSurfaces } from '../notion/share-menu';
import { loadPart, type PartName, type Parts } from './registry';

export function handOver<K extends PartName>(ctx: FeatureContext, part: K, ready: () => boolean, start: (p: Parts[K]) => void, failed?: () => void): void {
  let state: 'waiting' | 'loading' | 'handed-over' = 'waiting';
  ctx.onFlush((added, rescan) => {
    if (state !== 'waiting' || (!rescan && !mayAffectSurfaces(added)) || !ready()) return;
    state = 'loading';
    void loadPart(part).then(
      (p) => {
        if (ctx.signal.aborted) return;
        state = 'handed-over';
        start(p);
        ctx.poke();
      },
      () => {
        state = 'waiting';
        failed?.();
      },
    );
  });
}
