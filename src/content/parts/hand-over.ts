// A feature whose work lives in a lazy part (registry.ts): the script on every Notion page only waits, on
// flushes that may show a surface, until `ready()` says the surface is there; then it loads the part and
// hands the feature's context to it, once (the part registers its own listeners on that context, which end
// with the feature). A part that cannot be had this time: the next such flush asks again.
//
// `confirming` (given by a feature that coaches presses: public exposure, share invites) turns on holding.
// The part takes tens of milliseconds to come, and a press made meanwhile would go to Notion uncoached, so
// while the surface is there and the part is on its way every press in a dialog or menu is held, then
// pressed again, in order, once the part listens (runtime/press-gate.ts): each is then coached or held like
// a press made now. A press in a surface no flush has reported yet (its flush comes in the next task) wakes
// the check itself, so that press is held too. If the part cannot be had: in confirm mode (`confirming()`)
// the held presses are dropped (as a confirm card that cannot load leaves the action held: press again),
// in coach mode they go through, and for 10 s nothing is held, so a broken part never locks Notion's menus.
import type { FeatureContext } from '../runtime/feature';
import type { OpenGate } from '../runtime/press-gate';
import { mayAffectSurfaces } from '../notion/share-menu';
import { loadPart, type PartName, type Parts } from './registry';

export function handOver<K extends PartName>(
  ctx: FeatureContext,
  part: K,
  surface: () => boolean,
  start: (p: Parts[K]) => void,
  confirming?: () => boolean,
): void {
  let state: 'waiting' | 'loading' | 'handed-over' = 'waiting';
  let open: OpenGate | undefined; // the presses held while the part is on its way
  let calmUntil = 0; // after a part that could not be had: hold nothing until then
  const release = (replay: boolean) => {
    open?.(replay);
    open = undefined;
  };
  const ready = () => {
    const there = surface();
    if (confirming && there && !open && Date.now() > calmUntil) open = ctx.holdPresses();
    return there;
  };
  if (confirming) ctx.onDialogPress(() => state !== 'handed-over' && ready() && ctx.poke());
  ctx.onFlush((added, rescan) => {
    if (state !== 'waiting' || (!rescan && !mayAffectSurfaces(added)) || !ready()) return;
    state = 'loading';
    void loadPart(part).then(
      (p) => {
        if (ctx.signal.aborted) return;
        state = 'handed-over';
        start(p);
        release(true);
        ctx.poke();
      },
      () => {
        state = 'waiting';
        calmUntil = Date.now() + 10_000;
        release(!confirming?.());
      },
    );
  });
}
