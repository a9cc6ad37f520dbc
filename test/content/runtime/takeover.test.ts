// The double-load guard: a newer copy of the content script in the same isolated world stops the older
// one through that world's global object alone; nothing a page could send plays a part.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/ext', () => ({ ext: { runtime: { id: 'test' } } }));

import { takeOver } from '../../../src/content/runtime/start';

describe('takeOver', () => {
  it('a newer copy stops the older one; the newer keeps running', () => {
    const world = {};
    const older = takeOver(world);
    const newer = takeOver(world);
    expect(older.signal.aborted).toBe(true);
    expect(newer.signal.aborted).toBe(false);
  });

  it('a copy that stopped by itself leaves the slot free, and does not stop a later copy', () => {
    const world = {};
    const first = takeOver(world);
    first.abort();
    const second = takeOver(world);
    expect(second.signal.aborted).toBe(false);
    first.abort();
    expect(second.signal.aborted).toBe(false);
  });

  it('the page cannot stop it: no DOM event is listened to', () => {
    const add = vi.spyOn(EventTarget.prototype, 'addEventListener');
    const life = takeOver({});
    const domTargets = add.mock.contexts.filter((t) => t !== life.signal && !(t instanceof AbortSignal));
    expect(domTargets).toEqual([]);
    add.mockRestore();
  });
});
