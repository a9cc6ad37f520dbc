// @vitest-environment jsdom
// Confirm mode's hold: the press never reaches Notion's control while held, and the replay reaches it
// exactly once; pressing again after a replay is held again.
import { describe, expect, it, vi } from 'vitest';
import { holdActions, type Held } from '../../../src/content/runtime/intercept';
import type { FeatureContext } from '../../../src/content/runtime/feature';

function ctx(): FeatureContext {
  const ac = new AbortController();
  const listen: FeatureContext['listen'] = (target, type, handler, options) => target.addEventListener(type, handler as EventListener, { ...options, signal: ac.signal });
  // Only `listen` is used by holdActions.
  return { id: 't', signal: ac.signal, listen } as unknown as FeatureContext;
}

describe('holdActions', () => {
  it('holds a click on the control; replay() delivers it exactly once', () => {
    document.body.replaceChildren();
    const invite = document.createElement('button');
    const inner = document.createElement('span');
    invite.append(inner);
    document.body.append(invite);
    const notion = vi.fn();
    const downs = vi.fn();
    invite.addEventListener('click', notion);
    invite.addEventListener('mousedown', downs);
    const held: Held[] = [];
    holdActions(ctx(), (target) => (invite.contains(target) ? invite : undefined), (h) => held.push(h));

    inner.click();
    expect(notion).not.toHaveBeenCalled();
    expect(held).toHaveLength(1);
    held[0]!.replay();
    expect(notion).toHaveBeenCalledTimes(1);
    expect(downs).toHaveBeenCalledTimes(1);
    expect(held).toHaveLength(1); // the replay was not held again

    invite.click();
    expect(held).toHaveLength(2);
    expect(notion).toHaveBeenCalledTimes(1);
  });

  it('holds Enter and replays it as a keydown with key, code and keyCode', () => {
    document.body.replaceChildren();
    const field = document.createElement('input');
    document.body.append(field);
    const keys: KeyboardEvent[] = [];
    field.addEventListener('keydown', (e) => keys.push(e));
    const held: Held[] = [];
    holdActions(ctx(), (target, e) => (e.type === 'keydown' && target === field ? field : undefined), (h) => held.push(h));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
    expect(keys).toHaveLength(0);
    expect(held).toHaveLength(1);
    held[0]!.replay();
    expect(keys.map((k) => [k.key, k.code, k.keyCode])).toEqual([['Enter', 'Enter', 13]]);
  });

  it('other controls pass untouched', () => {
    document.body.replaceChildren();
    const other = document.createElement('button');
    document.body.append(other);
    const clicked = vi.fn();
    other.addEventListener('click', clicked);
    holdActions(ctx(), () => undefined, () => undefined);
    other.click();
    expect(clicked).toHaveBeenCalledTimes(1);
  });
});
