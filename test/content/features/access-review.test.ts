// @vitest-environment jsdom
// The access-review cards: each person outside the trusted domains has "Remove access", which opens their
// level menu in Notion and presses Remove (else says where it is); the "Someone leaving?" checklist is an
// ordered list of steps, not alert boxes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/ext', () => import('./ext-mock'));
// The access review itself is in the classify part (share/access-watch.ts): the real one, imported in
// beforeAll (it imports this mocked registry, so not while the mock is being made).
const watch = vi.hoisted(() => ({ mod: {} as Partial<typeof import('../../../src/content/share/access-watch')>, loads: [] as string[] }));
vi.mock('../../../src/content/parts/registry', async () => {
  const classify = await import('../../../src/shared/domain/classify');
  // The cards and their fixes live in the ui part (parts/ui.iife.ts): the real ones.
  const fixes = await import('../../../src/content/notion/fix-controls');
  const { accessCards } = await import('../../../src/content/share/access-cards');
  return {
    loadPart: async (name: string) => {
      watch.loads.push(name);
      return name === 'ui' ? { fixes, accessCards } : { ...classify, ...watch.mod };
    },
  };
});

import feature from '../../../src/content/features/access-review';
import type { CardSpec } from '../../../src/content/ui/coach-ui';
import { $, FIXTURES, loadFixture } from '../notion/fixtures';
import { fakeContext } from './fake-context';

declare global {
  interface Window {
    fxLog: string[];
  }
}

let life: AbortController;
let shown: CardSpec[];
let flush: (() => void) | undefined;

beforeAll(async () => {
  watch.mod = await import('../../../src/content/share/access-watch');
  new Function(readFileSync(join(FIXTURES, 'fake-notion.js'), 'utf8'))();
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
});
beforeEach(() => {
  shown = [];
  window.fxLog = [];
  life = new AbortController();
});
afterEach(() => life.abort());

function start() {
  const signal = life.signal;
  const ctx = fakeContext({
    id: feature.id,
    signal,
    values: { ownDomains: ['acme.com'] },
    cards: { get: () => shown, set: (next) => void (shown = next) },
    setFlush: (f) => void (flush = f),
    pokeFlushes: true,
  });
  void feature.init(ctx);
}
const settle = async () => {
  for (let i = 0; i < 5; i++) {
    flush?.();
    await new Promise((r) => setTimeout(r, 10));
  }
};
const card = (key: string) => shown.find((s) => s.key === key);

describe('access-review on a page where nobody shares', () => {
  it('loads nothing (no Public Suffix List) until a share menu or Settings opens, then the classify part', async () => {
    loadFixture('page-a.html');
    watch.loads.length = 0;
    start();
    await settle();
    expect(watch.loads).toEqual([]);
    loadFixture('share-a.html');
    $('[data-fx=open-share]').click();
    await settle();
    expect(watch.loads).toContain('classify');
  });
});

describe('access-review fixes', () => {
  it('share menu: "Remove access" opens the person\'s level menu and presses Remove', async () => {
    loadFixture('share-a.html');
    $('[data-fx=open-share]').click();
    const input = $<HTMLInputElement>('[data-fx=invite-input]');
    input.value = 'jane@gmail.com, ';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    $('[data-fx=invite]').click();
    start();
    await settle();
    const item = card('outside')?.items?.find((i) => i.label === 'jane@gmail.com');
    expect(item?.address).toBe(true);
    expect(item?.actions?.[0]).toMatchObject({ label: 'Remove access', primary: true });
    item!.actions![0]!.onClick();
    await new Promise((r) => setTimeout(r, 100));
    await settle();
    expect(window.fxLog).toEqual(['Invited 1', 'Removed access jane@gmail.com']);
    expect(card('outside')).toBeUndefined();
  });

  it('Settings → People: a guest without a level menu is shown, and the card says where Remove is; leaving steps are an ordered list', async () => {
    loadFixture('people-a.html');
    const table = $('[data-fx=access-list]');
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    row.innerHTML = '<span role="cell">Sam</span> <span role="cell">sam@gmail.com</span> <span role="cell">Guest</span>';
    table.append(row);
    start();
    await settle();
    const people = card('people')!;
    expect(people.steps).toHaveLength(3);
    expect(people.items?.map((i) => i.label)).toContain('sam@gmail.com');
    people.items!.find((i) => i.label === 'sam@gmail.com')!.actions![0]!.onClick();
    await new Promise((r) => setTimeout(r, 50));
    await settle();
    expect(card('people')?.items?.find((i) => i.label === 'sam@gmail.com')?.detail).toBe('Open the level next to sam@gmail.com (for example "Full access") and choose Remove.');
  });
});
