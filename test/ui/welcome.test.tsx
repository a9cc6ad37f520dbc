// @vitest-environment jsdom
// The first-week checklist, rendered with the real English messages (no browser): six moments of the SRM,
// each green only on evidence seen in Notion (the log) or the user's mark, the progress counted, and the
// first week marked done for good once every item is green. (test/e2e/welcome.e2e.ts checks it in Chromium.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const EN: Record<string, { message: string }> = JSON.parse(readFileSync(join(__dirname, '../../extension/_locales/en/messages.json'), 'utf8'));
const store = vi.hoisted(() => ({ log: [] as unknown[], onboarding: undefined as unknown, saved: [] as unknown[], listeners: [] as (() => void)[] }));
vi.mock('../../src/platform/ext', () => ({ ext: {
    runtime: { id: 'test', getURL: (p: string) => `chrome-extension://test/${p}` },
    i18n: {
      getUILanguage: () => 'en-GB',
      getMessage: (key: string, subs: string[] = []) => (EN[key]?.message ?? '').replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? ''),
    },
  },
}));
vi.mock('../../src/platform/storage', async () => {
  const { readProgress } = await import('../../src/shared/onboarding');
  return {
    readEvidence: async () => store.log,
    readOnboarding: async () => readProgress(store.onboarding),
    saveOnboarding: async (p: unknown) => {
      store.onboarding = p;
      store.saved.push(p);
    },
    onStorageChange: (_r: unknown, cb: () => void) => {
      store.listeners.push(cb);
      return () => undefined;
    },
  };
});
vi.mock('../../src/platform/settings', async () => {
  const { mergeSettings } = await import('../../src/shared/settings/merge');
  return { getSettings: async () => mergeSettings({}, {}), updateUserSettings: async () => mergeSettings({}, {}), watchSettings: () => undefined };
});

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Welcome } from '../../src/welcome/welcome';

const tick = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function show(): Promise<HTMLElement> {
  const root = document.createElement('main');
  document.body.append(root);
  act(() => render(<Welcome />, root));
  await tick();
  await tick();
  return root;
}
const item = (root: HTMLElement, id: string) => root.querySelector(`[data-item="${id}"]`)!;
const changed = async () => {
  for (const cb of store.listeners) cb();
  await tick();
  await tick();
};

afterEach(() => {
  document.body.innerHTML = '';
  store.log = [];
  store.onboarding = undefined;
  store.saved = [];
  store.listeners = [];
});

describe('welcome: the first-week checklist', () => {
  it('six moments, each with why, where and a link; none green on a fresh install; the sandbox stays', async () => {
    const root = await show();
    expect([...root.querySelectorAll('[data-item]')].map((li) => li.getAttribute('data-item'))).toEqual(['invite', 'publish', 'sign-in', 'leaver', 'export', 'report']);
    expect([...root.querySelectorAll('[data-item]')].every((li) => li.getAttribute('data-done') === 'false')).toBe(true);
    expect(text(root.querySelector('[data-testid="welcome-progress"]'))).toBe('0 of 6 done');
    expect(text(item(root, 'leaver'))).toContain('In Notion: Settings → People.');
    expect(item(root, 'leaver').querySelector('a')!.getAttribute('href')).toBe('https://app.notion.com/');
    expect(item(root, 'report').querySelector('a')!.getAttribute('href')).toMatch(/Responsible-Disclosure-Policy/);
    expect(item(root, 'invite').querySelector('#example-invite')).not.toBeNull();
    expect(item(root, 'invite').querySelector('#w-ownDomains')).not.toBeNull();
  });

  it('turns an item green on evidence in the log, labelled as seen in Notion, while the page is open', async () => {
    const root = await show();
    store.log = [{ id: 'a', at: Date.now(), kind: 'backup', decision: 'recorded', detail: 'workspace' }];
    await changed();
    expect(item(root, 'export').getAttribute('data-done')).toBe('true');
    expect(item(root, 'export').getAttribute('data-source')).toBe('seen');
    expect(text(item(root, 'export'))).toContain('Seen in Notion today.');
    expect(text(root.querySelector('[data-testid="welcome-progress"]'))).toBe('1 of 6 done');
  });

  it("turns an item green on the user's mark, and every item green marks the first week done for good", async () => {
    const root = await show();
    const button = item(root, 'report').querySelector('button')!;
    expect(text(button)).toBe('I know where to report');
    await act(async () => button.click());
    await tick();
    expect(item(root, 'report').getAttribute('data-done')).toBe('true');
    expect(item(root, 'report').getAttribute('data-source')).toBe('said');
    expect(text(item(root, 'report'))).toContain('You marked this done today.');
    for (const id of ['invite', 'publish', 'sign-in', 'leaver', 'export']) {
      await act(async () => (item(root, id).querySelector('button:not(.small)') as HTMLButtonElement).click());
      await tick();
    }
    expect(root.querySelector('[data-testid="welcome-done"]')).not.toBeNull();
    expect(store.onboarding).toMatchObject({ done: true, completed: 6 });
  });
});
