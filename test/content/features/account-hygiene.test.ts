// @vitest-environment jsdom
// The account-hygiene cards (drawn by the lazy ui part, account/hygiene-cards.ts): with 2-step verification
// off, a caution card whose main action presses Notion's "Add verification method"; the devices list's
// reminder goes away for good with Got it. The states are recorded once each, whether or not a card is drawn.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import messages from '../../../extension/_locales/en/messages.json' with { type: 'json' };

vi.mock('../../../src/platform/ext', () => import('./ext-mock'));
const part = vi.hoisted(() => ({ fail: false }));
const watch = vi.hoisted(() => ({ mod: {} as Partial<typeof import('../../../src/content/account/hygiene-watch')> }));
// The cards and their fixes live in the ui part (parts/ui.iife.ts): the real ones.
vi.mock('../../../src/content/parts/registry', async () => {
  const fixes = await import('../../../src/content/notion/fix-controls');
  const { hygieneCards } = await import('../../../src/content/account/hygiene-cards');
  return {
    loadPart: async (name: string) => {
      // The watcher itself is in the menus part (account/hygiene-watch.ts): the real one, imported in
      // beforeAll (it imports this mocked registry, so not while the mock is being made).
      if (name === 'menus') return watch.mod;
      if (name !== 'ui' || part.fail) throw new Error(name);
      return { fixes, hygieneCards };
    },
  };
});

import feature from '../../../src/content/features/account-hygiene';
import type { CardSpec } from '../../../src/content/ui/coach-ui';
import { FIXTURES, loadFixture } from '../notion/fixtures';
import { fakeContext } from './fake-context';

declare global {
  interface Window {
    fxLog: string[];
  }
}

let life: AbortController;
let shown: CardSpec[];
let records: string[];
let flush: (() => void) | undefined;

beforeAll(async () => {
  watch.mod = await import('../../../src/content/account/hygiene-watch');
  new Function(readFileSync(join(FIXTURES, 'fake-notion.js'), 'utf8'))();
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
});
beforeEach(() => {
  shown = [];
  records = [];
  part.fail = false;
  window.fxLog = [];
  life = new AbortController();
  const signal = life.signal;
  const ctx = fakeContext({
    id: feature.id,
    signal,
    cards: { get: () => shown, set: (next) => void (shown = next) },
    setFlush: (f) => void (flush = f),
    pokeFlushes: true,
    record: (e) => (records.push(`${e.kind}:${e.detail ?? ''}`), 'event-1'),
  });
  void feature.init(ctx);
});
afterEach(() => life.abort());

const settle = async () => {
  for (let i = 0; i < 3; i++) {
    flush?.();
    await new Promise((r) => setTimeout(r, 10));
  }
};
const card = (key: string) => shown.find((s) => s.key === key);

describe('account hygiene', () => {
  it('2-step off (account-a): the caution card appears once the ui part is here, and its action presses Add verification method', async () => {
    loadFixture('account-a.html');
    flush?.(); // Settings is open: the menus part is asked for; its arrival pokes a flush, which records
    await new Promise((r) => setTimeout(r, 0));
    expect(records).toContain('twofa-status:2fa-off');
    await settle();
    const c = card('twofa')!;
    expect(c.tone).toBe('caution');
    expect(c.title).toBe(messages.twofaOffTitle.message);
    expect(c.actions?.[0]).toMatchObject({ label: messages.fixAddTwoStep.message, primary: true });
    c.actions![0]!.onClick();
    await settle();
    expect(window.fxLog).toEqual(['2-step setup opened']);
    expect(records.filter((r) => r === 'twofa-status:2fa-off')).toHaveLength(1);
  });

  it('a ui part that cannot be had draws nothing and throws nothing; the states are still recorded', async () => {
    part.fail = true;
    loadFixture('account-a.html');
    await settle();
    expect(shown).toEqual([]);
    expect(records).toContain('twofa-status:2fa-off');
  });
});
