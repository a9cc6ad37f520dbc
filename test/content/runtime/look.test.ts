// shouldLook: when the runtime's once-a-second tick walks the whole page (the safety net outside Notion's
// overlay layer). Simulated: a page nobody touches, a press, typing, a held dialog.
import { describe, expect, it } from 'vitest';
import { nextTickIn, shouldLook } from '../../../src/content/runtime/look';

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

/**
 * The seconds at which the runtime ticks over `n` seconds, as start.ts schedules them: each tick plans
 * the next (nextTickIn); a press wakes a quiet runtime for a tick a second later.
 */
function ticks(n: number, { touches = [] as number[], busyFrom = Infinity } = {}): number[] {
  const out: number[] = [];
  let next = nextTickIn(0, 0, -1e9, false);
  let lastTouch = -1e9;
  const pending = [...touches];
  for (let ms = 0; ms <= n * 1000; ms += 100) {
    if (pending.length && ms >= pending[0]! * 1000) {
      lastTouch = pending.shift()! * 1000;
      if (next - ms > 1000) next = ms + 1000; // wake
    }
    if (ms === next) {
      out.push(ms / 1000);
      next = ms + nextTickIn(ms, Math.round(ms / 1000), lastTouch, ms >= busyFrom * 1000);
    }
  }
  return out;
}

describe('nextTickIn', () => {
  it('a quiet page (narrowed, nothing held or shown, navigation told) ticks only for its 5-s looks', () => {
    expect(ticks(20)).toEqual([5, 10, 15, 20]);
  });
  it('a press wakes it: a tick a second later, then every second while the press is under 4 s old, then quiet again', () => {
    expect(ticks(20, { touches: [6.5] })).toEqual([5, 7.5, 8.5, 9.5, 10.5, 11.5, 14.5, 19.5]);
  });
  it('busy (the whole page observed, a surface held, coaching shown, or the URL must be read): every second', () => {
    expect(ticks(8, { busyFrom: 5 })).toEqual([5, 6, 7, 8]);
  });
  it('quiet: the next tick is at the next multiple of 5 s since the start (the 5-s look; start.ts looks at a tick planned quiet)', () => {
    expect(nextTickIn(12_000, 12, -1e9, false)).toBe(3000);
    expect(nextTickIn(15_000, 15, -1e9, false)).toBe(5000);
    expect(nextTickIn(15_000, 15, 12_000, false)).toBe(1000);
  });
});
