// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { readAccessRows, readPeoplePanel, levelOf } from '../../../src/content/notion/access-list';
import { exportOfClick, readAccountSecurity } from '../../../src/content/notion/account-security';

const load = (name: string) => {
  document.open();
  document.write(readFileSync(`test/fixtures/notion/${name}`, 'utf8').replace(/<script[^>]*><\/script>/g, ''));
  document.close();
};

describe('access list adapter', () => {
  test.each(['people-a.html', 'people-b.html', 'people-c.html'])('%s: members and guests with their roles', (f) => {
    load(f);
    const people = readPeoplePanel(document);
    expect(people).toBeDefined();
    const rows = people!.rows.map((r) => `${r.email}:${r.level}`);
    expect(rows).toContain('ada@acme.com:owner');
    expect(rows).toContain('linus@partner.io:guest');
  });
  test.each(['people-ko.html', 'people-zh-cn.html', 'people-ja.html', 'people-fr.html', 'people-it.html'])(
    '%s: the People panel is found by its tab id in any language, with its members and guests',
    (f) => {
      load(f);
      const people = readPeoplePanel(document);
      expect(people?.panel).toBe(document.querySelector('[role=tabpanel]'));
      expect(people!.rows.map((r) => r.email)).toEqual(['ada@acme.com', 'grace@acme.com', 'linus@partner.io']);
      // Another Settings tab selected: not the People panel.
      document.querySelector('[data-testid=settings-tab-people]')!.setAttribute('aria-selected', 'false');
      document.querySelector('[data-testid=settings-tab-general]')!.setAttribute('aria-selected', 'true');
      expect(readPeoplePanel(document)).toBeUndefined();
    },
  );
  test('share menu rows read their permission', () => {
    load('share-a.html');
    const tpl = document.getElementById('fx-share') as HTMLTemplateElement;
    document.querySelector('[data-fx=overlay]')!.append(tpl.content.cloneNode(true));
    const menu = document.querySelector('[data-fx=share-menu]')!;
    expect(readAccessRows(menu).map((r) => `${r.email}:${r.level}`)).toEqual(['ada@acme.com:full']);
  });
  test('no Settings open → undefined, never throws', () => {
    load('share-a.html');
    expect(readPeoplePanel(document)).toBeUndefined();
    expect(readAccountSecurity(document)).toBeUndefined();
  });
  test.each([
    ['Can edit', 'edit'],
    ['Can view', 'view'],
    ['Workspace owner', 'owner'],
    ['Guest', 'guest'],
    ['Member', 'member'],
    ['Ada Lovelace', undefined],
  ])('levelOf(%s) = %s', (text, level) => expect(levelOf(text)).toBe(level));
});

describe('account security adapter', () => {
  test.each([
    ['account-a.html', 'off', 'set', 3],
    ['account-b.html', 'on', 'none', undefined],
    ['account-c.html', 'off', 'none', undefined],
  ])('%s: 2FA %s, password %s, devices %s', (f, twofa, pw, devices) => {
    load(f);
    const a = readAccountSecurity(document)!;
    expect(a.twoFactor).toBe(twofa);
    expect(a.password).toBe(pw);
    expect(a.devices?.count).toBe(devices);
  });
  test.each(['export-a.html', 'export-b.html'])('%s: only the final Export button counts as a backup', (f) => {
    load(f);
    const tpl = document.getElementById('fx-export') as HTMLTemplateElement;
    document.querySelector('[data-fx=overlay]')!.append(tpl.content.cloneNode(true));
    expect(exportOfClick(document.querySelector('[data-fx=export]')!)).toBe('page');
    expect(exportOfClick(document.querySelector('[data-fx=close]')!)).toBeUndefined();
    expect(exportOfClick(document.querySelector('[data-fx=open-export]')!)).toBeUndefined();
  });
});
