// @vitest-environment jsdom
// A password field on a published page (published-a): the prompt is recorded at once, and the alert —
// drawn by the lazy ui part (published/phish-card.ts) once it is here — offers Notion's real login as the
// main action, Report for the recorded prompt, and Got it, which keeps it away for the rest of the visit.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import messages from '../../../extension/_locales/en/messages.json' with { type: 'json' };

vi.mock('../../../src/platform/ext', () => import('./ext-mock'));
const part = vi.hoisted(() => ({ fail: false }));
// The alert lives in the ui part (parts/ui.iife.ts): the real one.
vi.mock('../../../src/content/parts/registry', async () => {
  const { phishCard } = await import('../../../src/content/published/phish-card');
  return {
    loadPart: async (name: string) => {
      if (name !== 'ui' || part.fail) throw new Error(name);
      return { phishCard };
    },
  };
});

import feature from '../../../src/content/features/published-password';
import type { CardSpec } from '../../../src/content/ui/coach-ui';
import { loadFixture } from '../notion/fixtures';
import { fakeContext } from './fake-context';

let life: AbortController;
let shown: CardSpec[];
let records: string[];
let flush: (() => void) | undefined;

beforeEach(() => {
  shown = [];
  records = [];
  part.fail = false;
  life = new AbortController();
  const signal = life.signal;
  const ctx = fakeContext({
    id: feature.id,
    signal,
    cards: { get: () => shown, set: (next) => void (shown = next) },
    setFlush: (f) => void (flush = f),
    pokeFlushes: true,
    record: (e) => (records.push(e.kind), 'event-1'),
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
const card = () => shown.find((s) => s.key === 'phish');

describe('published-page password alert', () => {
  it('recorded at once, drawn when the ui part is here; Got it keeps it away', async () => {
    loadFixture('published-a.html');
    flush?.();
    expect(records).toEqual(['published-password-prompt']);
    expect(card()).toBeUndefined(); // the part is on its way
    await settle();
    const c = card()!;
    expect(c.role).toBe('alert');
    expect(c.title).toBe(messages.publishedPwTitle.message);
    expect(c.anchor).toBe(document.querySelector('input[type=password]'));
    expect(c.actions?.map((a) => a.label)).toEqual([messages.publishedPwLeave.message, messages.reportAction.message, messages.gotIt.message]);
    expect(c.actions?.[0]?.primary).toBe(true);
    c.actions![2]!.onClick();
    await settle();
    expect(card()).toBeUndefined();
    expect(records).toEqual(['published-password-prompt']);
  });

  it('a ui part that cannot be had draws nothing and throws nothing; the prompt is still recorded', async () => {
    part.fail = true;
    loadFixture('published-a.html');
    await settle();
    expect(shown).toEqual([]);
    expect(records).toEqual(['published-password-prompt']);
  });
});
