// @vitest-environment jsdom
// The public-exposure cards take it back through Notion's own controls: "Make private again" (General
// access → Only people invited) after opening a page to the web, "Unpublish" after Publish, both on the
// "already public" status line too; the confirm step names what the user pressed ("Publish anyway").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/ext', () => import('./ext-mock'));
vi.mock('../../../src/platform/messaging', () => ({ send: async () => ({ ok: true }) }));
// The cards and their fixes live in the ui part (parts/ui.iife.ts), injected by the background: here the real ones.
vi.mock('../../../src/content/parts/registry', async () => {
  const fixes = await import('../../../src/content/notion/fix-controls');
  const { exposureCards } = await import('../../../src/content/share/exposure-cards');
  return {
    loadPart: async (name: string) => (name === 'ui' ? { fixes, exposureCards } : Promise.reject(new Error(name))),
  };
});

import feature from '../../../src/content/features/public-exposure';
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

beforeAll(() => {
  new Function(readFileSync(join(FIXTURES, 'fake-notion.js'), 'utf8'))();
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
});
beforeEach(() => {
  shown = [];
  window.fxLog = [];
});
afterEach(() => life.abort());

/** Opens the share menu with the feature running; the first flush sees it and asks for the cards' part, which arrives. */
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
  });
  void feature.init(ctx);
  flush?.();
  await new Promise((r) => setTimeout(r, 0));
}
const card = (key: string) => shown.find((s) => s.key === key);
const press = async (key: string, label: string) => {
  const a = card(key)?.actions?.find((x) => x.label === label);
  if (!a) throw new Error(`no "${label}" on ${key}: ${card(key)?.actions?.map((x) => x.label).join(' | ')}`);
  a.onClick();
  for (let i = 0; i < 20 && !card('fixed') && !card(key)?.note; i++) await new Promise((r) => setTimeout(r, 30));
};

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
