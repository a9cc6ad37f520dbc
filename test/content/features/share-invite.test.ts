// @vitest-environment jsdom
// The share card offers the fix as its main action: "Remove jane@gmail.com" (which takes the chip out of
// Notion's field), "Did you mean ada@acme.com?" for a look-alike (with Report, in red), "Trust this domain"
// only for an ordinary unknown domain — never personal mail — asking once inside the card (the safe
// Cancel focused) and then offering Undo. Unknown domains are amber, not red.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/ext', () => import('./ext-mock'));
const uiPart = vi.hoisted(() => ({ arrived: Promise.resolve() }));
const classifyPart = vi.hoisted(() => ({ arrived: Promise.resolve() }));
const mode = vi.hoisted(() => ({ share: 'coach' as 'coach' | 'confirm' }));
const watch = vi.hoisted(() => ({ mod: {} as Partial<typeof import('../../../src/content/share/invite-watch')> }));
vi.mock('../../../src/content/parts/registry', async () => {
  const classify = await import('../../../src/shared/domain/classify');
  const { createInviteeClassifier } = await import('../../../src/shared/domain/invitee-cache');
  // The cards and their fixes live in the ui part (parts/ui.iife.ts): the real ones.
  const fixes = await import('../../../src/content/notion/fix-controls');
  const { shareCards } = await import('../../../src/content/share/invite-cards');
  return {
    loadPart: async (name: string) => {
      // The share coaching itself is in the classify part (share/invite-watch.ts): the real one, imported in
      // beforeAll (it imports this mocked registry, so not while the mock is being made).
      if (name !== 'ui') return classifyPart.arrived.then(() => ({ ...classify, createInviteeClassifier, ...watch.mod }));
      await uiPart.arrived; // a test may keep the ui part on its way
      return { fixes, shareCards };
    },
  };
});
const settingsCalls = vi.hoisted(() => ({ trust: [] as string[], untrust: [] as string[] }));
vi.mock('../../../src/platform/settings', () => ({
  trustDomain: async (d: string) => (settingsCalls.trust.push(d), true),
  untrustDomain: async (d: string) => (settingsCalls.untrust.push(d), true),
}));
const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('../../../src/platform/messaging', () => ({
  send: async (type: string, payload: unknown) => (sent.push({ type, payload }), { ok: true }),
}));

import feature from '../../../src/content/features/share-invite';
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
let ids = 0;
let pokesAfterEnd = 0;

beforeAll(async () => {
  watch.mod = await import('../../../src/content/share/invite-watch');
  new Function(readFileSync(join(FIXTURES, 'fake-notion.js'), 'utf8'))();
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
});

beforeEach(() => {
  uiPart.arrived = Promise.resolve();
  classifyPart.arrived = Promise.resolve();
  mode.share = 'coach';
  shown = [];
  ids = 0;
  sent.length = 0;
  settingsCalls.trust.length = 0;
  settingsCalls.untrust.length = 0;
  window.fxLog = [];
  loadFixture('share-a.html');
  $('[data-fx=open-share]').click();
  life = new AbortController();
  const signal = life.signal;
  const ctx = fakeContext({
    id: feature.id,
    signal,
    values: () => ({ ownDomains: ['acme.com'], shareMode: mode.share }),
    cards: { get: () => shown, set: (next) => void (shown = next) },
    setFlush: (f) => void (flush = f),
    pokeFlushes: true,
    onPokeAfterEnd: () => void pokesAfterEnd++,
    record: () => `event-${++ids}`,
  });
  void feature.init(ctx);
});
afterEach(() => life.abort());

const settle = async () => {
  for (let i = 0; i < 5; i++) {
    flush?.();
    await new Promise((r) => setTimeout(r, 0));
  }
};
const invite = async (...emails: string[]) => {
  const input = $<HTMLInputElement>('[data-fx=invite-input]');
  input.value = `${emails.join(', ')}, `;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
};
const card = (key = 'risky') => shown.find((s) => s.key === key);
const labels = (spec = card()) => [...(spec?.items ?? []).flatMap((i) => i.actions ?? []), ...(spec?.actions ?? [])].map((a) => a.label);
const press = async (label: string, spec = card()) => {
  const action = [...(spec?.items ?? []).flatMap((i) => i.actions ?? []), ...(spec?.actions ?? [])].find((a) => a.label === label);
  if (!action) throw new Error(`no "${label}" on the card: ${labels(spec).join(' | ')}`);
  action.onClick();
  await new Promise((r) => setTimeout(r, 50));
  await settle();
};

describe('share card fixes', () => {
  it('personal mail: "Remove jane@gmail.com" is the main action, there is no Trust, and it is amber', async () => {
    await invite('jane@gmail.com');
    expect(card()?.title).toContain('gmail.com');
    expect(card()?.tone).toBe('caution');
    const item = card()!.items![0]!;
    expect(item.actions?.[0]).toMatchObject({ label: 'Remove jane@gmail.com', primary: true });
    expect(labels()).not.toContain('Trust this domain');
    await press('Remove jane@gmail.com');
    expect(window.fxLog).toContain('Removed jane@gmail.com');
    expect(document.querySelectorAll('[data-fx=chip]')).toHaveLength(0);
    expect(card()).toBeUndefined();
    expect(card('fixed')?.title).toBe('Removed jane@gmail.com from the invite.');
  });

  it('look-alike: "Did you mean ada@acme.com?" replaces the address; red, with Report', async () => {
    await invite('ada@acrne.com');
    expect(card()?.tone).toBe('danger');
    expect(card()!.items![0]!.actions?.[0]).toMatchObject({ label: 'Did you mean ada@acme.com?', primary: true });
    expect(labels()).not.toContain('Trust this domain');
    await press('Report');
    expect(sent).toEqual([{ type: 'report:open', payload: { eventId: 'event-1' } }]);
    await press('Did you mean ada@acme.com?');
    expect(document.querySelectorAll('[data-fx=chip]')).toHaveLength(0);
    expect($<HTMLInputElement>('[data-fx=invite-input]').value).toBe('ada@acme.com');
    expect(card()).toBeUndefined();
  });

  it('unknown domain: Trust asks once inside the card (Cancel focused), then offers Undo', async () => {
    await invite('sam@northwind.io');
    expect(card()?.tone).toBe('caution');
    expect(labels()).toContain('Trust this domain');
    await press('Trust this domain');
    const asking = card()!.items![0]!;
    expect(asking.detail).toBe('Trust every address at northwind.io?');
    expect(asking.actions?.map((a) => a.label)).toEqual(['Cancel', 'Trust northwind.io']);
    expect(asking.actions?.[0]).toMatchObject({ focus: true, primary: true });
    expect(settingsCalls.trust).toEqual([]); // nothing trusted before the second press
    await press('Cancel');
    expect(card()!.items![0]!.detail).not.toContain('Trust every address');
    await press('Trust this domain');
    await press('Trust northwind.io');
    expect(settingsCalls.trust).toEqual(['northwind.io']);
    const done = card('trusted');
    expect(done?.title).toBe('northwind.io is now trusted.');
    await press('Undo', done);
    expect(settingsCalls.untrust).toEqual(['northwind.io']);
    expect(card('trusted')?.title).toBe('northwind.io is no longer trusted.');
  });

  it('the copy has no unexplained jargon', async () => {
    await invite('jane@gmail.com');
    expect(card()?.duty).toMatch(/^Why this is yours to check:/);
    expect(JSON.stringify(card())).not.toMatch(/SRM/);
  });
});

describe('the cards come with the ui part', () => {
  const onTheWay = () => {
    let arrive!: () => void;
    uiPart.arrived = new Promise<void>((r) => (arrive = r));
    return arrive;
  };

  it('a risky invitee is recorded at once and its card drawn when the part arrives', async () => {
    const arrive = onTheWay();
    await invite('jane@gmail.com');
    expect(ids).toBe(1); // 'shown' recorded by the evaluation that found it
    expect(card()).toBeUndefined();
    arrive();
    await settle();
    expect(card()?.title).toContain('gmail.com');
    expect(ids).toBe(1);
  });

  it('a share menu closed while the part is on its way gets no card, then or later', async () => {
    const arrive = onTheWay();
    await invite('jane@gmail.com');
    expect(card()).toBeUndefined();
    $('[data-fx=share-menu]').remove();
    await settle();
    arrive();
    await settle();
    expect(shown).toEqual([]);
  });

  it('confirm mode: Invite pressed before the part is here is held, and its confirm card comes with the part', async () => {
    mode.share = 'confirm';
    const arrive = onTheWay();
    await invite('jane@gmail.com');
    $('[data-fx=invite]').click();
    expect(window.fxLog.some((l) => /invit/i.test(l))).toBe(false); // held: Notion did not send
    expect(card('confirm')).toBeUndefined();
    arrive();
    await settle();
    expect(card('confirm')?.actions?.map((a) => a.label)).toEqual(['Go back', 'Share anyway']);
    await press('Share anyway', card('confirm'));
    expect(window.fxLog).toContain('Invited 1'); // the held press, replayed once
    expect(card('went-ahead')).toBeDefined();
  });
});

describe('confirm mode: Invite pressed within milliseconds', () => {
  const ALL = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];

  it('while the classify part is on its way, before any flush saw the menu: held, then confirmed once the part is here', async () => {
    life.abort(); // the feature beforeEach started: this one starts with the part held back
    mode.share = 'confirm';
    let arrive!: () => void;
    classifyPart.arrived = new Promise<void>((r) => (arrive = r));
    life = new AbortController();
    const base = fakeContext({
      id: feature.id,
      signal: life.signal,
      values: () => ({ ownDomains: ['acme.com'], shareMode: mode.share }),
      cards: { get: () => shown, set: (next) => void (shown = next) },
      setFlush: (f) => void (flush = f),
      pokeFlushes: true,
    });
    const { ctx, on: stub, stop } = withWindowListeners(base);
    void feature.init(ctx);
    const input = $<HTMLInputElement>('[data-fx=invite-input]');
    input.value = 'jane@gmail.com, ';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(trustedPress(stub, $('[data-fx=invite]'))).toEqual(ALL); // held: Notion's handlers never saw it
    stop();
    arrive();
    await settle();
    expect(window.fxLog.some((l) => /invit/i.test(l))).toBe(false);
    expect(card('confirm')?.actions?.map((a) => a.label)).toEqual(['Go back', 'Share anyway']);
    await press('Share anyway', card('confirm'));
    expect(window.fxLog).toContain('Invited 1');
  });

  it('in a menu reopened since the last flush (the part is here, no surface seen yet): held for a decision', async () => {
    mode.share = 'confirm';
    await settle(); // the part is here and has seen the menu
    $('[data-fx=share-menu]').remove();
    await settle(); // … and seen it close
    $('[data-fx=open-share]').click();
    const input = $<HTMLInputElement>('[data-fx=invite-input]');
    input.value = 'jane@gmail.com, ';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    $('[data-fx=invite]').click(); // before any flush
    expect(window.fxLog.some((l) => /invit/i.test(l))).toBe(false);
    await settle();
    expect(card('confirm')?.actions?.map((a) => a.label)).toEqual(['Go back', 'Share anyway']);
  });
});

describe('typing', () => {
  const key = (value: string) => {
    const input = $<HTMLInputElement>('[data-fx=invite-input]');
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value.slice(-1) }));
  };
  const flushed = async () => {
    flush?.();
    for (let i = 0; i < 3; i++) await Promise.resolve();
  };

  it('a half-typed address counts once typing pauses', async () => {
    await settle(); // the part is here and has seen the menu
    key('sam@outlook.co');
    await settle();
    expect(card()).toBeUndefined();
    key('sam@outlook.com');
    await new Promise((r) => setTimeout(r, 700));
    await settle();
    expect(card()?.title).toContain('outlook.com');
    expect(ids).toBe(1);
  });

  it('a page busy past the pause, the next key still queued behind it: the half-typed address is never counted', async () => {
    await settle();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      key('sam@outlook.co');
      vi.setSystemTime(Date.now() + 800); // the page is busy for 800 ms: the clock moves on, no timer runs
      vi.advanceTimersByTime(600); // then the settle timer, late
      await flushed(); // and a flush, before the key the user pressed meanwhile
      expect(card()).toBeUndefined();
      key('sam@outlook.com'); // that key
      vi.advanceTimersByTime(700);
      await flushed();
    } finally {
      vi.useRealTimers();
    }
    await settle();
    expect(card()?.title).toContain('outlook.com');
    expect(ids).toBe(1); // only outlook.com was recorded, never "outlook.co"
  });
});

describe('lifetime', () => {
  it('a half-typed address leaves no timer behind when the feature ends (an update or a disable mid-pause)', async () => {
    pokesAfterEnd = 0;
    const input = $<HTMLInputElement>('[data-fx=invite-input]');
    input.value = 'sam@outlook.co';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'o' }));
    life.abort();
    await new Promise((r) => setTimeout(r, 800)); // past SETTLE_MS (600) + 20
    expect(pokesAfterEnd).toBe(0);
  });
});
