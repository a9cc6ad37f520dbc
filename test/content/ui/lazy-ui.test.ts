// @vitest-environment jsdom
// The every-page script's cards API (ui/lazy-ui.ts): cards shown before the `ui` part is injected wait
// in order and appear once it is; afterwards every call goes straight to the real UI; a feature that
// stops before the part arrives leaves nothing behind. A card's fix runs from the same part (runFix) and
// ends as 'missing' when the part cannot be had. A feature's cards built
// by the part (lazyCards) are made once; before they are here a flush draws nothing and their arrival pokes
// the feature, and a deferred draw happens only while the feature runs and what it is about is still there.
import { describe, expect, it, vi, beforeEach } from 'vitest';
import type { CardSpec, CoachUI } from '../../../src/content/ui/coach-ui';

const part = vi.hoisted(() => ({
  resolve: undefined as undefined | (() => void),
  fail: false,
  asked: 0,
  log: [] as string[],
}));
vi.mock('../../../src/content/parts/registry', () => ({
  loadPart: (name: string) => {
    part.asked++;
    if (name !== 'ui') return Promise.reject(new Error(name));
    if (part.fail) return Promise.reject(new Error('not injected'));
    const real = {
      fixes: {
        startTwoStep: () => 'done',
        unpublish: () => Promise.reject(new Error('a fix that fails')),
      },
      createCoachUI: () => ({
        scoped: (owner: string, s: AbortSignal): CoachUI => {
          const shown = new Set<string>();
          s.addEventListener('abort', () => shown.clear());
          return {
            show: (spec) => (shown.add(spec.key), part.log.push(`${owner} show ${spec.key}`)),
            hide: (key) => (shown.delete(key), part.log.push(`${owner} hide ${key}`)),
            hideAll: () => (shown.clear(), part.log.push(`${owner} hideAll`)),
            isShown: (key) => shown.has(key),
          };
        },
      }),
    };
    // The registry answers every call waiting for the part when it arrives.
    const before = part.resolve;
    return new Promise((r) => (part.resolve = () => (before?.(), r(real))));
  },
}));
import { createCoachUI, lazyCards, runFix } from '../../../src/content/ui/lazy-ui';

const card = (key: string): CardSpec => ({ key, role: 'alert', title: `Card ${key}` });
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  part.resolve = undefined;
  part.fail = false;
  part.asked = 0;
  part.log = [];
});

describe('lazy cards UI', () => {
  it('asks for the part only when a card is shown, then shows what waited, in order', async () => {
    const life = new AbortController();
    const ui = createCoachUI(life.signal).scoped('share-invite', new AbortController().signal);
    expect(part.asked).toBe(0); // no card, no part
    ui.show(card('a'));
    ui.show(card('b'));
    ui.show(card('a')); // shown again: now after b
    ui.hide('b');
    expect(ui.isShown('a')).toBe(true);
    expect(ui.isShown('b')).toBe(false);
    expect(part.asked).toBe(1);
    part.resolve!();
    await tick();
    expect(part.log).toEqual(['share-invite show a']);
    ui.show(card('c'));
    ui.hide('a');
    expect(part.log).toEqual(['share-invite show a', 'share-invite show c', 'share-invite hide a']);
    expect(ui.isShown('c')).toBe(true);
  });

  it('a feature that stopped before the part came shows nothing', async () => {
    const fc = new AbortController();
    const ui = createCoachUI(new AbortController().signal).scoped('public-exposure', fc.signal);
    ui.show(card('x'));
    fc.abort();
    part.resolve!();
    await tick();
    expect(part.log).toEqual([]);
    ui.show(card('y'));
    expect(part.log).toEqual([]);
  });

  it('when the part cannot be had, the waiting cards stay pending and a later show asks again', async () => {
    vi.useFakeTimers();
    try {
      part.fail = true;
      const ui = createCoachUI(new AbortController().signal).scoped('secret-paste', new AbortController().signal);
      ui.show(card('s'));
      await vi.advanceTimersByTimeAsync(0);
      expect(part.asked).toBe(1);
      part.fail = false;
      await vi.advanceTimersByTimeAsync(600); // one retry while a card waits
      expect(part.asked).toBe(2);
      part.resolve!();
      await vi.advanceTimersByTimeAsync(0);
      expect(part.log).toEqual(['secret-paste show s']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('runFix', () => {
  it('runs the fix from the ui part', async () => {
    const done = runFix((f) => f.startTwoStep(document.createElement('div')));
    part.resolve!();
    expect(await done).toBe('done');
  });

  it("ends calmly as 'missing' when the part cannot be had, or the fix fails", async () => {
    part.fail = true;
    expect(await runFix((f) => f.startTwoStep(document.createElement('div')))).toBe('missing');
    part.fail = false;
    const failing = runFix((f) => f.unpublish(document.createElement('div')));
    part.resolve!();
    expect(await failing).toBe('missing');
  });
});

describe('lazyCards', () => {
  const feature = (signal = new AbortController().signal) => {
    const f = { id: 'share-invite', signal, pokes: 0, poke: () => void f.pokes++ };
    return f;
  };

  it('now(): nothing until the part is here, then the cards, made once; the arrival pokes the feature', async () => {
    const f = feature();
    let made = 0;
    const cards = lazyCards(f, (ui) => (made++, { fixes: ui.fixes }));
    expect(cards.now()).toBeUndefined();
    expect(part.asked).toBe(1);
    part.resolve!();
    await tick();
    expect(f.pokes).toBe(1);
    const c = cards.now();
    expect(c?.fixes).toBeDefined();
    expect(cards.now()).toBe(c);
    expect(made).toBe(1);
    expect(part.asked).toBe(1); // here: not asked again
  });

  it('when(): draws at once when the cards are here, else on arrival unless the feature stopped or the moment passed', async () => {
    const life = new AbortController();
    const f = feature(life.signal);
    const drawn: string[] = [];
    const cards = lazyCards(f, () => ({ draw: (what: string) => void drawn.push(what) }));
    let open = true;
    cards.when((c) => c.draw('held while loading'), () => open);
    cards.when((c) => c.draw('closed meanwhile'), () => !open);
    part.resolve!();
    await tick();
    expect(drawn).toEqual(['held while loading']);
    cards.when((c) => c.draw('at once'));
    expect(drawn).toEqual(['held while loading', 'at once']);
    open = false;
    expect(f.pokes).toBe(0); // then() draws itself; no flush is asked for

    const stopped = new AbortController();
    const late = lazyCards(feature(stopped.signal), () => ({ draw: (what: string) => void drawn.push(what) }));
    late.when((c) => c.draw('after the feature stopped'));
    stopped.abort();
    part.resolve!();
    await tick();
    expect(drawn).toEqual(['held while loading', 'at once']);
  });

  it('a part that cannot be had draws nothing and throws nothing; flushes ask again after a second, not every frame', async () => {
    part.fail = true;
    const f = feature();
    const cards = lazyCards(f, (ui) => ui.fixes);
    const draw = vi.fn();
    expect(cards.now()).toBeUndefined();
    cards.when(draw);
    await tick();
    expect(draw).not.toHaveBeenCalled();
    expect(f.pokes).toBe(0);
    part.fail = false;
    const asked = part.asked;
    for (let i = 0; i < 5; i++) expect(cards.now()).toBeUndefined();
    expect(part.asked).toBe(asked); // within a second of the failure: not asked again
    const later = performance.now() + 1001;
    const clock = vi.spyOn(performance, 'now').mockReturnValue(later);
    expect(cards.now()).toBeUndefined();
    clock.mockRestore();
    expect(part.asked).toBe(asked + 1);
    part.resolve!();
    await tick();
    expect(f.pokes).toBe(1);
    expect(cards.now()).toBeDefined();
  });
});
