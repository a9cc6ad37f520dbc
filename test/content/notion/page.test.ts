// @vitest-environment jsdom
// Which page is open: id from the URL, title from document.title, login/signup paths (docs/notion-ui.md#hosts, docs/notion-ui.md#login-and-signup).

import { describe, expect, it } from 'vitest';
import { currentPage, isLoginPath, pageIdFromUrl, pageTitleFrom } from '../../../src/content/notion/page';

const ID = '0123456789abcdef0123456789abcdef';

describe('pageIdFromUrl', () => {
  it.each([
    [`https://app.notion.com/p/Roadmap-${ID}`, ID],
    [`https://app.notion.com/p/${ID}`, ID],
    [`https://app.notion.com/p/acme/${ID}`, ID],
    [`https://www.notion.so/acme/Roadmap-${ID}?pvs=4`, ID],
    [`https://www.notion.so/Roadmap-${ID}#heading-1`, ID],
    [`https://notion.so/${ID.toUpperCase()}`, ID],
    // A title ending in hex letters ("Facade") must not shift the id.
    [`https://app.notion.com/p/Facade-${ID}`, ID],
    // Dashed UUID form.
    ['https://app.notion.com/p/01234567-89ab-cdef-0123-456789abcdef', ID],
    // Peek / database view: ?p= when the path has no id.
    [`https://www.notion.so/acme?p=${ID}&pm=s`, ID],
    ['https://app.notion.com/login', undefined],
    ['https://app.notion.com/p/Roadmap-0123456789abcdef', undefined],
    ['https://app.notion.com/ai', undefined],
    ['not a url', undefined],
    ['', undefined],
  ])('%s → %s', (url, id) => {
    expect(pageIdFromUrl(url)).toBe(id);
  });
});

describe('pageTitleFrom', () => {
  it.each([
    ['Roadmap', 'Roadmap'],
    ['Roadmap | Notion', 'Roadmap'],
    ['Notion - Log in', 'Log in'],
    ['Settings – People', 'Settings – People'],
    ['Team Wiki', 'Team Wiki'],
    ['   ', 'Untitled'],
    ['', 'Untitled'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'], // plain text, rendered as text by the UI
  ])('%j → %j', (title, expected) => {
    expect(pageTitleFrom(title)).toBe(expected);
  });

  it('caps very long titles', () => {
    expect(pageTitleFrom('x'.repeat(1000))).toHaveLength(120);
  });
});

describe('isLoginPath', () => {
  it.each([
    ['/login', true],
    ['/login/', true],
    ['/login/sso', true],
    ['/signup', true],
    ['/signup/', true],
    [new URL('https://app.notion.com/login?next=%2Fp').pathname, true],
    ['/loginx', false],
    ['/signups', false],
    ['/p/login', false],
    ['/', false],
    [`/p/Roadmap-${ID}`, false],
  ])('%s → %s', (path, expected) => {
    expect(isLoginPath(path)).toBe(expected);
  });
});

describe('currentPage', () => {
  it('reads document.title and location', () => {
    document.title = 'Roadmap | Notion';
    expect(currentPage().title).toBe('Roadmap');
  });
});
