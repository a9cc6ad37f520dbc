// @vitest-environment jsdom
// The every-page script's cards API (ui/lazy-ui.ts): cards shown before the `ui` part is injected wait
// in order and appear once it is; afterwards every call goes straight to the real UI; a feature that
// stops before the part arrives leaves nothing behind. A card's fix runs from the same part (runFix), with
// this page's selector overrides, and ends as 'missing' when the part cannot be had.
import { describe, expect, it, vi, beforeEach } from 'vitest';
import type { CardSpec, CoachUI } from '../../../src/content/ui/coach-ui';

const part = vi.hoisted(() => ({
  resolve: undefined as undefined | (() => void),
  fail: false,
  asked: 0,
  log: [] as string[],
  overrides: undefined as unknown,
}));
vi.mock('../../../src/content/parts/registry', () => ({
  loadPart: (name: string) => {
    part.asked++;
    if (name !== 'ui') return Promise.reject(new Error(name));
    if (part.fail) return Promise.reject(new Error('not injected'));
    const real = {
      useSelectors: (overrides: unknown) => void (part.overrides = overrides),
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
    return new Promise((r) => (part.resolve = () => r(real)));
  },
}));
import { createCoachUI, runFix } from '../../../src/content/ui/lazy-ui';
import { selectorOverrides, setSelectorOverrides } from '../../../src/content/notion/dom';

const card = (key: string): CardSpec => ({ key, role: 'alert', title: `Card ${key}` });
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  part.resolve = undefined;
  part.fail = false;
  part.asked = 0;
  part.log = [];
  part.overrides = undefined;
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
  it("runs the fix from the ui part, which finds controls with this page's selector overrides", async () => {
    setSelectorOverrides({ button: ['.org-button'] });
    try {
      const done = runFix((f) => f.startTwoStep(document.createElement('div')));
      part.resolve!();
      expect(await done).toBe('done');
      expect(part.overrides).toEqual({ button: ['.org-button'] });
      expect(part.overrides).toBe(selectorOverrides());
    } finally {
      setSelectorOverrides({});
    }
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
