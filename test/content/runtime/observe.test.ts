// @vitest-environment jsdom
// The one observer: batches added elements until its flush (by default the next task, not the next frame);
// an overflowing batch becomes a rescan.
import { describe, expect, it } from 'vitest';
import { createObserver } from '../../../src/content/runtime/observe';

const tick = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  const frames: (() => void)[] = [];
  const obs = createObserver(() => ({ subtree: [document.body], shallow: [] }), (cb) => void frames.push(cb));
  const batches: { added: number; rescan: boolean }[] = [];
  obs.onFlush((added, rescan) => batches.push({ added: added.length, rescan }), new AbortController().signal);
  const frame = async () => {
    await tick(); // MutationObserver callbacks are microtasks
    frames.splice(0).forEach((f) => f());
  };
  return { obs, batches, frame };
}

describe('observer', () => {
  it('starts with a whole-page look, then hands each frame its added elements once', async () => {
    document.body.replaceChildren();
    const { batches, frame } = setup();
    await frame();
    expect(batches).toEqual([{ added: 0, rescan: true }]);
    document.body.append(document.createElement('div'), document.createElement('span'));
    await frame();
    expect(batches.at(-1)).toEqual({ added: 2, rescan: false });
    await frame();
    expect(batches).toHaveLength(2); // no mutation, no frame work
  });

  it('a batch over 5,000 elements overflows into a rescan (an empty list and rescan = true)', async () => {
    document.body.replaceChildren();
    const { batches, frame } = setup();
    await frame();
    const many = Array.from({ length: 6000 }, () => document.createElement('i'));
    document.body.append(...many);
    await frame();
    expect(batches.at(-1)).toEqual({ added: 0, rescan: true });
  });

  it('attached: true while every observed root is in the page, false once Notion replaced one', () => {
    document.body.replaceChildren();
    const layer = document.createElement('div');
    document.body.append(layer);
    const obs = createObserver(() => ({ subtree: [layer], shallow: [document.body] }), () => {});
    expect(obs.narrowed).toBe(true);
    expect(obs.attached).toBe(true);
    layer.remove();
    expect(obs.attached).toBe(false);
    obs.disconnect();
  });

  it('a layer replaced under a container it observes shallowly is observed in the next flush, as a rescan, without a retarget call', async () => {
    document.body.replaceChildren();
    const app = document.createElement('main');
    const first = document.createElement('section');
    app.append(first);
    document.body.append(app);
    const layer = () => document.querySelector('section')!;
    const frames: (() => void)[] = [];
    const obs = createObserver(() => ({ subtree: [layer()], shallow: [document.body, app] }), (cb) => void frames.push(cb));
    const batches: { added: number; rescan: boolean }[] = [];
    obs.onFlush((added, rescan) => batches.push({ added: added.length, rescan }), new AbortController().signal);
    const frame = async () => {
      await tick();
      frames.splice(0).forEach((f) => f());
    };
    await frame();
    const second = document.createElement('section');
    first.replaceWith(second);
    await frame();
    expect(obs.attached).toBe(true); // observing the new layer
    expect(batches.at(-1)).toEqual({ added: 0, rescan: true });
    second.append(document.createElement('div')); // a menu opening in the new layer
    await frame();
    expect(batches.at(-1)).toEqual({ added: 1, rescan: false });
    // A child added to a shallow root, nothing removed: no new look for the layer (and no rescan).
    app.append(document.createElement('aside'));
    await frame();
    expect(batches.at(-1)).toEqual({ added: 1, rescan: false });
    obs.disconnect();
  });

  it('poke asks for a rescan next frame; disconnect stops everything', async () => {
    document.body.replaceChildren();
    const { obs, batches, frame } = setup();
    await frame();
    obs.poke();
    await frame();
    expect(batches.at(-1)).toEqual({ added: 0, rescan: true });
    obs.disconnect();
    document.body.append(document.createElement('div'));
    obs.poke();
    await frame();
    expect(batches).toHaveLength(2);
  });

  it('by default flushes in the task after the mutations, one batch for every change made in that task', async () => {
    document.body.replaceChildren();
    const obs = createObserver(() => ({ subtree: [document.body], shallow: [] }));
    const batches: number[] = [];
    obs.onFlush((added, rescan) => void (!rescan && batches.push(added.length)), new AbortController().signal);
    await tick(); // the first flush is a rescan
    document.body.append(document.createElement('div'));
    await Promise.resolve(); // an observer callback in between
    document.body.append(document.createElement('span'));
    expect(batches).toEqual([]);
    await tick();
    expect(batches).toEqual([2]);
    obs.disconnect();
  });
});

describe('one look at the page per flush', () => {
  it('findShareSurfaces is read once per flush, however many features ask; outside a flush, every call reads', async () => {
    const { findShareSurfaces } = await import('../../../src/content/notion/share-menu');
    const { inFlushScope } = await import('../../../src/content/runtime/flush-scope');
    document.body.innerHTML = '<div role="dialog"><input type="email" value="a@b.example"></div>';
    let inside: unknown[] = [];
    inFlushScope(() => {
      inside = [findShareSurfaces(document), findShareSurfaces(document)];
    });
    expect(inside[0]).toHaveLength(1);
    expect(inside[1]).toBe(inside[0]);
    expect(findShareSurfaces(document)).not.toBe(findShareSurfaces(document));
    let next: unknown;
    inFlushScope(() => (next = findShareSurfaces(document)));
    expect(next).not.toBe(inside[0]); // a new flush reads again
  });
});
