// @vitest-environment jsdom
// The press gate (runtime/press-gate.ts): while a hold is on, a user's plain press on something in a
// dialog or menu never reaches Notion; when the last hold ends it is pressed again, in order, or dropped;
// a hold that nobody ends lets go by itself. A test cannot dispatch a trusted event, so the gate's
// listeners are called with event-shaped objects marked trusted, as the browser would call them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPressGate, MAX_HOLD_MS, PRESS_TYPES } from '../../../src/content/runtime/press-gate';

type Listener = (e: Event) => void;
let listeners: Map<string, Listener>;
let gate: ReturnType<typeof createPressGate>;
let notion: string[];

beforeEach(() => {
  document.body.innerHTML = `
    <main><div role="button" id="share">Share</div></main>
    <div class="notion-overlay-container"><div role="dialog">
      <div role="button" id="access">General access</div>
      <div role="menuitem" id="web">Anyone on the web with link</div>
      <input id="field" type="email">
    </div></div>`;
  notion = [];
  for (const id of ['share', 'access', 'web', 'field']) {
    document.getElementById(id)!.addEventListener('click', () => notion.push(id));
    document.getElementById(id)!.addEventListener('keydown', (e) => notion.push(`${id}:${(e as KeyboardEvent).key}`));
  }
  listeners = new Map();
  gate = createPressGate((type, h) => listeners.set(type, h));
});
afterEach(() => vi.useRealTimers());

const el = (id: string) => document.getElementById(id)!;
/** A user's click as the gate's listeners see it: the types it stopped (each also stopped = not delivered). */
function userClick(target: Element, o: { button?: number; ctrlKey?: boolean } = {}): string[] {
  const stopped: string[] = [];
  for (const type of PRESS_TYPES.filter((t) => t !== 'keydown')) {
    let prevented = false;
    const e = { type, isTrusted: true, target, button: o.button ?? 0, ctrlKey: !!o.ctrlKey, metaKey: false, shiftKey: false, altKey: false, preventDefault: () => (prevented = true), stopImmediatePropagation: () => undefined } as unknown as Event;
    listeners.get(type)!(e);
    if (prevented) stopped.push(type);
    else if (type === 'click') (target as HTMLElement).click(); // not held: Notion gets it
  }
  return stopped;
}
function userKey(target: Element, key: string): boolean {
  let prevented = false;
  const fields = { type: 'keydown', key, code: key, keyCode: 13, which: 13, isTrusted: true, target, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
  const e = Object.create(KeyboardEvent.prototype, Object.fromEntries(Object.entries(fields).map(([k, value]) => [k, { value }]))) as KeyboardEvent;
  Object.assign(e, { preventDefault: () => void (prevented = true), stopImmediatePropagation: () => undefined });
  listeners.get('keydown')!(e);
  return prevented;
}
const tick = () => new Promise((r) => setTimeout(r, 0));
const ALL = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];

describe('press gate', () => {
  it('holds nothing while no hold is on', () => {
    expect(userClick(el('access'))).toEqual([]);
    expect(notion).toEqual(['access']);
  });

  it('holds presses in a dialog, then presses them again in order when the hold ends', async () => {
    const open = gate.close();
    expect(userClick(el('access'))).toEqual(ALL);
    expect(userKey(el('web'), 'Enter')).toBe(true);
    expect(notion).toEqual([]);
    open(true);
    expect(notion).toEqual([]); // after the opener's own listeners: the next task
    await tick();
    expect(notion).toEqual(['access', 'web:Enter']);
  });

  it('never holds a press outside a dialog, typing in a field, a right press, a modified press, or other keys', () => {
    gate.close();
    expect(userClick(el('share'))).toEqual([]);
    expect(userClick(el('field'))).toEqual([]);
    expect(userClick(el('access'), { button: 2 })).toEqual([]);
    expect(userClick(el('access'), { ctrlKey: true })).toEqual([]);
    expect(userKey(el('web'), 'ArrowDown')).toBe(false);
    expect(notion).toEqual(['share', 'field', 'access', 'access']);
  });

  it('an untrusted press (a page script, or the gate\'s own replay) is never held', async () => {
    const open = gate.close();
    const e = { type: 'click', isTrusted: false, target: el('access'), button: 0, preventDefault: vi.fn(), stopImmediatePropagation: vi.fn() };
    listeners.get('click')!(e as unknown as Event);
    expect(e.preventDefault).not.toHaveBeenCalled();
    open(true);
    await tick();
    expect(notion).toEqual([]);
  });

  it('two holds: the presses wait for both; a hold that drops drops them all', async () => {
    const a = gate.close();
    const b = gate.close();
    userClick(el('access'));
    a(true);
    await tick();
    expect(notion).toEqual([]);
    b(true);
    await tick();
    expect(notion).toEqual(['access']);

    const c = gate.close();
    const d = gate.close();
    userClick(el('web'));
    c(false);
    d(true);
    await tick();
    expect(notion).toEqual(['access']);
    // Ending a hold twice counts once; with no hold on, presses pass again.
    d(true);
    expect(userClick(el('web'))).toEqual([]);
    expect(notion).toEqual(['access', 'web']);
  });

  it('a press whose element left the page is not pressed again', async () => {
    const open = gate.close();
    userClick(el('access'));
    el('access').remove();
    open(true);
    await tick();
    expect(notion).toEqual([]);
  });

  it(`a hold nobody ends lets go after ${MAX_HOLD_MS} ms and presses what it held`, () => {
    vi.useFakeTimers();
    gate.close();
    userClick(el('access'));
    vi.advanceTimersByTime(MAX_HOLD_MS - 1);
    expect(notion).toEqual([]);
    vi.advanceTimersByTime(1);
    vi.runOnlyPendingTimers();
    expect(notion).toEqual(['access']);
    expect(userClick(el('web'))).toEqual([]);
  });

  it('a waker runs on a press the gate would hold while nothing is held; a hold it starts holds that very press', async () => {
    const life = new AbortController();
    let open: ((replay: boolean) => void) | undefined;
    const woke: string[] = [];
    gate.onPress(() => {
      woke.push('wake');
      open ??= gate.close();
    }, life.signal);
    expect(userClick(el('share'))).toEqual([]); // not in a dialog: no wake
    expect(woke).toEqual([]);
    expect(userClick(el('access'))).toEqual(ALL); // woke at pointerdown, so the whole press is held
    expect(woke).toEqual(['wake']); // not again while its hold is on
    open!(true);
    await tick();
    expect(notion).toEqual(['share', 'access']);
    life.abort(); // the feature ended: its waker is gone
    expect(userClick(el('web'))).toEqual([]);
    expect(woke).toEqual(['wake']);
  });

  it('a waker that starts no hold lets the press through', () => {
    gate.onPress(() => undefined, new AbortController().signal);
    expect(userClick(el('access'))).toEqual([]);
    expect(notion).toEqual(['access']);
  });

  it('a hold ends, replaying, when its signal aborts', async () => {
    const life = new AbortController();
    gate.close(life.signal);
    userClick(el('access'));
    life.abort();
    await tick();
    expect(notion).toEqual(['access']);
  });
});
