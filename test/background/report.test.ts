// A card's Report: the content script may ask (report:open is a content message), only an event id shaped
// like ours passes the guard, and the background opens the activity log at that event in a new tab. Undo
// of a trusted domain (settings:untrust-domain) is a content message too, with the same domain guard.
import { describe, expect, it, vi } from 'vitest';

const listeners = vi.hoisted(() => [] as ((m: unknown, s: unknown, reply: (r: unknown) => void) => unknown)[]);
const created = vi.hoisted(() => [] as unknown[]);
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'own',
      getURL: (p: string) => `chrome-extension://own/${p}`,
      getManifest: () => ({ web_accessible_resources: [] }),
      onMessage: { addListener: (l: (m: unknown, s: unknown, reply: (r: unknown) => void) => unknown) => listeners.push(l) },
    },
    tabs: { create: async (o: unknown) => void created.push(o) },
  },
}));
vi.mock('../../src/platform/ext', () => ({ ext: {
    runtime: {
      id: 'own',
      getURL: (p: string) => `chrome-extension://own/${p}`,
      getManifest: () => ({ web_accessible_resources: [] }),
      onMessage: { addListener: (l: (m: unknown, s: unknown, reply: (r: unknown) => void) => unknown) => listeners.push(l) },
    },
    tabs: { create: async (o: unknown) => void created.push(o) },
  },
}));

import { CONTENT_ALLOWED, GUARDS } from '../../src/shared/messages';
import { initReport, reportUrl } from '../../src/background/report';
import { newEventId } from '../../src/shared/events';

describe('report:open', () => {
  it('is allowed from content scripts and guarded to an event id', () => {
    expect(CONTENT_ALLOWED.has('report:open')).toBe(true);
    expect(GUARDS['report:open']({ eventId: newEventId(Date.now()) })).toBe(true);
    expect(GUARDS['report:open']({ eventId: '../../options/index.html' })).toBe(false);
    expect(GUARDS['report:open']({ eventId: 'x'.repeat(65) })).toBe(false);
    expect(GUARDS['report:open']({})).toBe(false);
  });

  it('opens src/log/index.html?report=<id> in a new tab', async () => {
    expect(reportUrl('m1-abc')).toBe('chrome-extension://own/src/log/index.html?report=m1-abc');
    initReport();
    // The browser's own listener contract (platform/messaging handle()): return true, answer through the callback.
    const reply = await new Promise((resolve) => {
      const sync = listeners[0]!({ type: 'report:open', payload: { eventId: 'm1-abc' } }, { id: 'own', tab: { id: 1 }, url: 'https://app.notion.com/p/x' }, resolve);
      if (sync !== true) resolve(sync);
    });
    expect(reply).toEqual({ ok: true });
    expect(created).toEqual([{ url: 'chrome-extension://own/src/log/index.html?report=m1-abc' }]);
  });
});

describe('settings:untrust-domain', () => {
  it('is a content message with a bounded domain', () => {
    expect(CONTENT_ALLOWED.has('settings:untrust-domain')).toBe(true);
    expect(GUARDS['settings:untrust-domain']({ domain: 'acme.io' })).toBe(true);
    expect(GUARDS['settings:untrust-domain']({ domain: 'a'.repeat(254) })).toBe(false);
  });
});
