// The background publishes the effective settings; the every-page script reads them without the settings
// code (platform/settings.ts publishEffectiveSettings / readPublishedSettings, content/runtime/settings.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const store = vi.hoisted(() => ({ local: {} as Record<string, unknown>, sync: {} as Record<string, unknown>, writes: 0, version: '1.2.3' }));
vi.mock('../../src/platform/ext', () => {
  const area = (name: 'local' | 'sync') => ({
    get: async (keys: string | string[] | null) => {
      const all = store[name];
      if (keys === null) return { ...all };
      const list = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in all).map((k) => [k, structuredClone(all[k])]));
    },
    set: async (items: Record<string, unknown>) => {
      store.writes++;
      Object.assign(store[name], structuredClone(items));
    },
    remove: async () => undefined,
  });
  return {
    ext: {
      runtime: { id: 'test', getManifest: () => ({ version: store.version }) },
      storage: { local: area('local'), sync: area('sync'), managed: { get: async () => ({}) }, onChanged: { addListener: () => undefined, removeListener: () => undefined } },
    },
  };
});
const parts = vi.hoisted(() => ({ asked: [] as string[] }));
vi.mock('../../src/content/parts/registry', () => ({
  loadPart: async (name: string) => {
    parts.asked.push(name);
    const { getSettings } = await import('../../src/platform/settings');
    return { getSettings };
  },
}));
import { publishEffectiveSettings, readPublishedSettings, MANAGED_MIRROR } from '../../src/platform/settings';
import { getSettings as contentSettings } from '../../src/content/runtime/settings';

beforeEach(() => {
  store.local = {};
  store.sync = {};
  store.writes = 0;
  store.version = '1.2.3';
  parts.asked = [];
});

describe('published effective settings', () => {
  it('the background publishes the merged, validated settings; the policy wins and is locked', async () => {
    store.sync = { shareMode: 'off', trustedDomains: ['Acme.com', 'not a domain'], minPasswordLength: 9999 };
    store.local = { [MANAGED_MIRROR]: { shareMode: 'confirm' } };
    await publishEffectiveSettings();
    const s = await readPublishedSettings();
    expect(s?.values.shareMode).toBe('confirm');
    expect(s?.locked).toEqual(['shareMode']);
    expect(s?.values.trustedDomains).toEqual(['acme.com']);
    expect(s?.values.minPasswordLength).toBe(15); // out of range: the default
  });

  it('writes only when something changed', async () => {
    await publishEffectiveSettings();
    await publishEffectiveSettings();
    expect(store.writes).toBe(1);
    store.sync = { pasteMode: 'off' };
    await publishEffectiveSettings();
    expect(store.writes).toBe(2);
    expect((await readPublishedSettings())?.values.pasteMode).toBe('off');
  });

  it("another version's record is not trusted: the content script merges itself with the settings part", async () => {
    store.sync = { publishMode: 'off' };
    await publishEffectiveSettings();
    store.version = '1.2.4'; // an update: the worker has not published yet
    expect(await readPublishedSettings()).toBeUndefined();
    const s = await contentSettings();
    expect(parts.asked).toEqual(['settings']);
    expect(s.values.publishMode).toBe('off');
  });

  it('the content script reads the published record without loading any part', async () => {
    store.sync = { passwordMode: 'off' };
    await publishEffectiveSettings();
    expect((await contentSettings()).values.passwordMode).toBe('off');
    expect(parts.asked).toEqual([]);
  });
});
