// Places a card next to a Notion element using only its bounding box (read at paint time, never in
// the mutation hot path); nothing is written to Notion's node.

export type Placement = Record<string, string>;

const WIDTH = 340;
const GAP = 12;

export function placeNear(anchor: Element | null, stack: number): Placement {
  const vw = window.innerWidth || 1024;
  const vh = window.innerHeight || 768;
  const offset = stack * 12;
  if (!anchor || !anchor.isConnected) return { right: `${16 + offset}px`, bottom: `${16 + offset}px` };
  const r = anchor.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return { right: `${16 + offset}px`, bottom: `${16 + offset}px` };
  const top = `${Math.max(8, Math.min(r.top + offset, vh - 200))}px`;
  if (r.left >= WIDTH + GAP + 8) return { left: `${r.left - WIDTH - GAP}px`, top };
  if (vw - r.right >= WIDTH + GAP + 8) return { left: `${r.right + GAP}px`, top };
  // No room beside it: below the element if there is space, otherwise at the bottom of the viewport.
  if (vh - r.bottom >= 160) return { left: `${Math.max(8, Math.min(r.left, vw - WIDTH - 8))}px`, top: `${r.bottom + GAP}px` };
  return { left: `${Math.max(8, Math.min(r.left, vw - WIDTH - 8))}px`, bottom: '8px' };
}
