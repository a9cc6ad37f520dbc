// @vitest-environment jsdom
// The public-exposure cards take it back through Notion's own controls: "Make private again" (General
// access → Only people invited) after opening a page to the web, "Unpublish" after Publish, both on the
// "already public" status line too; the confirm step names what the user pressed ("Publish anyway").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/ext', () => import('./ext-mock'));
vi.mock('../../../src/platform/messaging', () => ({ send: async () => ({ ok: true }) }));
const watch = vi.hoisted(() => ({
  mod: {} as Partial<typeof import('../../../src/content/share/exposure-watch')>,
  loads: [] as string[],
  /** When set, the menus part comes (or fails) when this settles. */
  gate: undefined as Promise<void> | undefined,
}));
// The cards and their fixes live in the ui part (parts/ui.iife.ts), injected by the background: here the
// real ones. The coaching itself is in the menus part (share/exposure-watch.ts): the real one, imported in
// beforeAll (it imports this mocked registry, so not while the mock is being made).
vi.mock('../../../src/content/parts/registry', async () => {
  const fixes = await import('../../../src/content/notion/fix-controls');
  const { exposureCards } = await import('../../../src/content/share/exposure-cards');
  return {
    loadPart: async (name: string) => {
      watch.loads.push(name);
      if (name === 'ui') return { fixes, exposureCards };
      if (name !== 'menus') throw new Error(name);
      await watch.gate;
      return watch.mod;
    },
  };
});

import feature from '../../../src/content/features/public-exposure';
import type { CardSpec } from '../../../src/content/ui/coach-ui';
import { $, FIXTURES, loadFixture } from '../notion/fixtures';
import { fakeContext, trustedPress, withWindowListeners } from './fake-context';

declare global {
  interface Window {
    fxLog: string[];
  }
}

let life: AbortController;
let shown: CardSpec[];
let flush: (() => void) | undefined;

beforeAll(async () => {
  watch.mod = await import('../../../src/content/share/exposure-watch');
  new Function(readFileSync(join(FIXTURES, 'fake-notion.js'), 'utf8'))();
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
});
beforeEach(() => {
  shown = [];
  window.fxLog = [];
});
afterEach(() => life.abort());

/** Opens the share menu with the feature running; the first flush sees it and asks for the menus part, whose first flush asks for the cards' part: both arrive. */
async function start(fixture: string, publishMode: 'coach' | 'confirm' = 'coach') {
  loadFixture(fixture);
  $('[data-fx=open-share]').click();
  life = new AbortController();
  const signal = life.signal;
  const ctx = fakeContext({
    id: feature.id,
    signal,
    values: { publishMode },
    cards: { get: () => shown, set: (next) => void (shown = next) },
    setFlush: (f) => void (flush = f),
    pokeFlushes: true, // the menus part's arrival pokes a flush, which asks for the cards' part
  });
  void feature.init(ctx);
  flush?.();
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
}
const card = (key: string) => shown.find((s) => s.key === key);
const press = async (key: string, label: string) => {
  const a = card(key)?.actions?.find((x) => x.label === label);
  if (!a) throw new Error(`no "${label}" on ${key}: ${card(key)?.actions?.map((x) => x.label).join(' | ')}`);
  a.onClick();
  for (let i = 0; i < 20 && !card('fixed') && !card(key)?.note; i++) await new Promise((r) => setTimeout(r, 30));
};

describe('public-exposure on a page where no menu opens', () => {
  it('loads nothing until a dialog or menu opens (not for the caret and selection overlays), then the menus part', async () => {
    loadFixture('page-a.html');
    watch.loads.length = 0;
    life = new AbortController();
    const ctx = fakeContext({ id: feature.id, signal: life.signal, cards: { get: () => shown, set: (next) => void (shown = next) }, setFlush: (f) => void (flush = f), pokeFlushes: true });
    void feature.init(ctx);
    // Notion draws the caret and selection in its overlay container: no control there, so no menu.
    const caret = document.createElement('div');
    caret.className = 'notion-selection-overlay';
    let overlay = document.querySelector('.notion-overlay-container');
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.className = 'notion-overlay-container';
      document.body.append(overlay);
    }
    overlay.append(caret);
    flush?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(watch.loads).toEqual([]);
    // A menu in the overlay (a control inside it): the part is asked for.
    const item = document.createElement('div');
    item.setAttribute('role', 'menuitem');
    item.textContent = 'Turn into';
    caret.after(item);
    flush?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(watch.loads).toContain('menus');
  });
});

describe('public-exposure: a press in the menu before the menus part is here', () => {
  /** Starts the feature on share-b with the menus part held back; returns the every-page listeners. */
  async function startGated(publishMode: 'coach' | 'confirm', flushFirst = true) {
    let open!: () => void;
    let fail!: () => void;
    watch.gate = new Promise<void>((resolve, reject) => ((open = resolve), (fail = () => reject(new Error('menus')))));
    loadFixture('share-b.html');
    $('[data-fx=open-share]').click();
    $('[data-fx=tab][data-fx-tab=publish]').click(); // an untrusted click: not held, Notion switches the tab
    life = new AbortController();
    const base = fakeContext({ id: feature.id, signal: life.signal, values: { publishMode }, cards: { get: () => shown, set: (next) => void (shown = next) }, setFlush: (f) => void (flush = f), pokeFlushes: true });
    const { ctx, on: stub, stop } = withWindowListeners(base);
    void feature.init(ctx);
    if (flushFirst) {
      flush?.(); // the share menu is open: the part is asked for
      await new Promise((r) => setTimeout(r, 0));
      expect(watch.loads).toContain('menus');
    }
    /** A user's press on `el` as the every-page listeners see it: the types they stopped. */
    const press = (el: Element, o: { button?: number; ctrlKey?: boolean } = {}) => trustedPress(stub, el, o);
    /** A user's Enter on `el`, trusted, as the every-page listeners see it: whether it was stopped. */
    const trustedEnter = (el: Element) => {
      let stopped = false;
      // A KeyboardEvent (the stub tells keys from presses by its class) whose fields are its own.
      const fields = { type: 'keydown', key: 'Enter', code: 'Enter', keyCode: 13, which: 13, isTrusted: true, target: el, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
      const e = Object.create(KeyboardEvent.prototype, Object.fromEntries(Object.entries(fields).map(([k, value]) => [k, { value }]))) as KeyboardEvent;
      Object.assign(e, { preventDefault: () => void (stopped = true), stopImmediatePropagation: () => undefined });
      stub.get('keydown')?.(e);
      return stopped;
    };
    const settle = async () => {
      for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    };
    return {
      trustedPress: press,
      trustedEnter,
      arrive: async () => (stop(), open(), settle()),
      failToArrive: async () => (fail(), settle()),
    };
  }
  afterEach(() => void (watch.gate = undefined));
  const ALL = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];

  it('confirm: Publish pressed then is held, and once the part is here it waits for a decision', async () => {
    const g = await startGated('confirm');
    expect(g.trustedPress($('[data-fx=publish]'))).toEqual(ALL);
    expect(card('confirm')).toBeUndefined();
    await g.arrive();
    expect(card('confirm')?.actions?.map((a) => a.label)).toEqual(['Go back', 'Publish anyway']);
    expect(window.fxLog).toEqual([]); // not published
  });

  it('coach: a press in a menu no flush has reported yet is held, the part asked for at once, and the press coached', async () => {
    watch.loads.length = 0;
    const g = await startGated('coach', false);
    expect(watch.loads).toEqual([]);
    expect(g.trustedPress($('[data-fx=publish]'))).toEqual(ALL);
    await new Promise((r) => setTimeout(r, 0));
    expect(watch.loads).toContain('menus'); // the press poked a flush
    expect(window.fxLog).toEqual([]);
    await g.arrive();
    expect(window.fxLog).toEqual(['Published']);
    expect(card('exposure')?.actions?.[0]?.label).toBe('Unpublish');
  });

  it('confirm: Enter on Publish then is held the same way', async () => {
    const g = await startGated('confirm');
    expect(g.trustedEnter($('[data-fx=publish]'))).toBe(true);
    await g.arrive();
    expect(card('confirm')?.actions?.map((a) => a.label)).toEqual(['Go back', 'Publish anyway']);
    expect(window.fxLog).toEqual([]);
  });

  it('coach: Publish pressed then is held, goes through once the part is here, and the alert explains it', async () => {
    const g = await startGated('coach');
    expect(g.trustedPress($('[data-fx=publish]'))).toEqual(ALL);
    await g.arrive();
    expect(window.fxLog).toEqual(['Published']);
    expect(card('exposure')?.actions?.[0]?.label).toBe('Unpublish');
  });

  it('confirm: a part that cannot be had drops the held press (press again), and holds nothing for a while', async () => {
    const g = await startGated('confirm');
    g.trustedPress($('[data-fx=publish]'));
    await g.failToArrive();
    expect(window.fxLog).toEqual([]);
    flush?.(); // the next flush asks again, but nothing is held meanwhile: Notion's menus stay usable
    expect(g.trustedPress($('[data-fx=publish]'))).toEqual([]);
  });

  it('coach: a part that cannot be had lets the held press through', async () => {
    const g = await startGated('coach');
    g.trustedPress($('[data-fx=publish]'));
    await g.failToArrive();
    expect(window.fxLog).toEqual(['Published']);
  });

  it('never held: typing in a text field, a right press, a Ctrl-press; a checkbox switch is held', async () => {
    const g = await startGated('confirm');
    expect(g.trustedPress($('[data-fx=invite-input]'))).toEqual([]);
    expect(g.trustedPress($('[data-fx=publish]'), { button: 2 })).toEqual([]);
    expect(g.trustedPress($('[data-fx=publish]'), { ctrlKey: true })).toEqual([]);
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.setAttribute('role', 'switch');
    $('[data-fx=share-menu]').append(box);
    expect(g.trustedPress(box)).toEqual(ALL);
  });
});

describe('public-exposure fixes', () => {
  it('coach: after "Anyone on the web with link", "Make private again" chooses Only people invited', async () => {
    await start('share-a.html');
    $('[data-fx=access-button]').click();
    [...document.querySelectorAll<HTMLElement>('[data-fx=access-option]')].find((o) => o.textContent === 'Anyone on the web with link')!.click();
    const c = card('exposure')!;
    expect(c.actions?.map((a) => a.label)).toEqual(['Make private again', 'Report', 'Got it']);
    expect(c.actions?.[0]?.primary).toBe(true);
    expect(c.duty).not.toMatch(/only what may be public|SRM/);
    await press('exposure', 'Make private again');
    expect($('[data-fx=access-text]').textContent).toBe('Only people invited');
    expect(window.fxLog).toEqual(['General access: Anyone on the web with link', 'General access: Only people invited']);
    expect(card('exposure')).toBeUndefined();
    expect(card('fixed')?.title).toBe('General access is back to "Only people invited".');
  });

  it('coach: after Publish, "Unpublish" presses Notion\'s Unpublish', async () => {
    await start('share-b.html');
    $('[data-fx=tab][data-fx-tab=publish]').click();
    $('[data-fx=publish]').click();
    expect(card('exposure')?.actions?.[0]?.label).toBe('Unpublish');
    await press('exposure', 'Unpublish');
    expect(window.fxLog).toEqual(['Published', 'Unpublished']);
    expect(card('fixed')?.title).toMatch(/coming off the web/);
  });

  it('the "already public" status line is amber and offers Make private again (share-public)', async () => {
    await start('share-public.html');
    flush?.();
    const c = card('already-public')!;
    expect(c.tone).toBe('caution');
    expect(c.actions?.map((a) => a.label)).toEqual(['Make private again', 'Got it']);
    await press('already-public', 'Make private again');
    expect(window.fxLog).toEqual(['General access: Only people invited']);
    flush?.();
    expect(card('already-public')).toBeUndefined();
  });

  it('confirm: after pressing Publish the way through says "Publish anyway", and Go back is the safe default', async () => {
    await start('share-a.html', 'confirm');
    $('[data-fx=tab][data-fx-tab=publish]').click();
    $('[data-fx=publish]').click();
    const c = card('confirm')!;
    expect(c.actions?.map((a) => [a.label, !!a.primary])).toEqual([
      ['Go back', true],
      ['Publish anyway', false],
    ]);
  });
});
