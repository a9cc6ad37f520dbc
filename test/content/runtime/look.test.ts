// shouldLook: when the runtime's once-a-second tick walks the whole page (the safety net outside Notion's
// overlay layer). Simulated: a page nobody touches, a press, typing, a held dialog.
import { describe, expect, it } from 'vitest';
import { shouldLook } from '../../../src/content/runtime/look';

/** The seconds (ticks 1..n) at which the tick looks, given the events at the times listed (in s). */
function looks(n: number, { keys = [] as number[], touches = [] as number[], heldUntil = -1 } = {}): number[] {
  const out: number[] = [];
  for (let tick = 1; tick <= n; tick++) {
    const now = tick * 1000;
    const last = (xs: number[]) => Math.max(-1e9, ...xs.filter((t) => t * 1000 <= now).map((t) => t * 1000));
    const lastKey = last(keys);
    const lastTouch = Math.max(lastKey, last(touches));
    if (shouldLook(now, tick, lastKey, lastTouch, tick <= heldUntil)) out.push(tick);
  }
  return out;
}

describe('shouldLook', () => {
  it('a page nobody touches is looked at every 5 s, not every second', () => {
    expect(looks(20)).toEqual([5, 10, 15, 20]);
  });
  it('a press brings the look back to every second for 4 s (a menu it opened is found within a second)', () => {
    expect(looks(14, { touches: [6.5] })).toEqual([5, 7, 8, 9, 10]);
  });
  it('never while someone types; from 1.5 s after the last key, every second for a while', () => {
    expect(looks(14, { keys: [2, 2.5, 3, 3.2, 3.4] })).toEqual([5, 6, 7, 10]);
  });
  it('every second while the page holds a surface, and once more to see it go', () => {
    expect(looks(12, { heldUntil: 8 })).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10]);
  });
  it('a held surface is still not looked at while someone types', () => {
    expect(looks(6, { keys: [2.6], heldUntil: 6 })).toEqual([1, 2, 5, 6]);
  });
});
