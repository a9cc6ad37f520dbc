// Sender rules: content scripts (a sender with a tab) get only CONTENT_ALLOWED; our own extension pages
// open in a tab (welcome, activity log, popup as a tab) get everything; a web-accessible page never does.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/platform/ext', () => ({ ext: { runtime: { id: 'own' } } }));
import { isAllowed } from '../../src/platform/messaging';

const ORIGIN = 'chrome-extension://own/';
const own = (url: string) => url.startsWith(ORIGIN) && !url.startsWith(`${ORIGIN}src/password-frame/`);
const tab = { id: 3 } as never;

describe('isAllowed', () => {
  it('refuses other extensions', () => {
    expect(isAllowed('log:get', { id: 'other' }, 'own', own)).toBe(false);
  });
  it('a content script (tab, web URL) may only send the content messages', () => {
    expect(isAllowed('event:record', { id: 'own', tab, url: 'https://app.notion.com/p/x' }, 'own', own)).toBe(true);
    expect(isAllowed('log:clear', { id: 'own', tab, url: 'https://app.notion.com/p/x' }, 'own', own)).toBe(false);
    expect(isAllowed('duty:mark', { id: 'own', tab, url: `https://evil.example/${ORIGIN}` }, 'own', own)).toBe(false);
  });
  it('our own page in a tab may send page messages; a web-accessible frame may not', () => {
    expect(isAllowed('duty:mark', { id: 'own', tab, url: `${ORIGIN}src/welcome/index.html` }, 'own', own)).toBe(true);
    expect(isAllowed('log:clear', { id: 'own', tab, url: `${ORIGIN}src/log/index.html?x#y` }, 'own', own)).toBe(true);
    expect(isAllowed('log:clear', { id: 'own', tab, url: `${ORIGIN}src/password-frame/index.html` }, 'own', own)).toBe(false);
  });
  it('without a tab (the action popup, the background) everything is allowed; no page check means content rules', () => {
    expect(isAllowed('log:clear', { id: 'own', url: `${ORIGIN}src/popup/index.html` }, 'own', own)).toBe(true);
    expect(isAllowed('log:clear', { id: 'own', tab, url: `${ORIGIN}src/log/index.html` }, 'own')).toBe(false);
  });
});
