// @vitest-environment jsdom
// The cards' fixes on the Notion-shaped fixtures, with the fixture's own script (fake-notion.js, which
// stands in for Notion) running: each fix presses Notion's control or edits the field as typing would,
// and Notion's state is what changes — the chip is gone, General access is back to invited, the page is
// unpublished, the person's Remove was pressed, the paste is undone. When the control cannot be found, the
// fix says so ('shown' / 'missing') instead of pretending.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  makePrivate,
  openAccountSecurity,
  removeAccess,
  removeInvitee,
  replaceInvitee,
  startTwoStep,
  undoPaste,
  unpublish,
} from '../../../src/content/notion/fix-controls';
import { $, FIXTURES, loadFixture, loadHtml } from '../notion/fixtures';

declare global {
  interface Window {
    fxLog: string[];
  }
}

beforeAll(() => {
  // fake-notion.js listens on document (which outlives each fixture load), so it runs once.
  new Function(readFileSync(join(FIXTURES, 'fake-notion.js'), 'utf8'))();
  // jsdom has no layout: scrollIntoView is a no-op here.
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
});

beforeEach(() => {
  window.fxLog = [];
});

const open = (fixture: string): HTMLElement => {
  loadFixture(fixture);
  $('[data-fx=open-share]').click();
  return $('[data-fx=share-menu]');
};
const input = () => $<HTMLInputElement>('[data-fx=invite-input]');
/** Types addresses the way fake-notion.js turns them into chips (a separator commits each). */
const chip = (...emails: string[]) => {
  const field = input();
  field.value = `${emails.join(', ')}, `;
  field.dispatchEvent(new Event('input', { bubbles: true }));
};
const chips = () => [...document.querySelectorAll('[data-fx=chip]')].map((c) => c.textContent?.replace(/\s*×\s*$/, '').trim());

describe('removeInvitee', () => {
  it("presses the chip's own remove control (share-a: the chip is a labelled Remove button)", async () => {
    open('share-a.html');
    chip('bob@acme.com', 'jane@gmail.com');
    expect(chips()).toEqual(['bob@acme.com', 'jane@gmail.com']);
    expect(await removeInvitee(input(), 'jane@gmail.com')).toBe('done');
    expect(chips()).toEqual(['bob@acme.com']);
    expect(window.fxLog).toContain('Removed jane@gmail.com');
  });

  it('presses an × element inside the chip (people-c)', async () => {
    loadFixture('people-c.html');
    $('[data-fx=open-people]').click();
    chip('jane@gmail.com');
    expect(await removeInvitee(input(), 'JANE@gmail.com')).toBe('done');
    expect(chips()).toEqual([]);
  });

  it('uses Backspace in the empty field when the chip has no control of its own (share-c)', async () => {
    open('share-c.html');
    chip('bob@acme.com', 'jane@gmail.com');
    expect(await removeInvitee(input(), 'jane@gmail.com')).toBe('done');
    expect(chips()).toEqual(['bob@acme.com']);
  });

  it('will not Backspace away another chip: a chip with no control that is not the last is only shown', async () => {
    open('share-c.html');
    chip('jane@gmail.com', 'bob@acme.com');
    expect(await removeInvitee(input(), 'jane@gmail.com')).toBe('shown');
    expect(chips()).toEqual(['jane@gmail.com', 'bob@acme.com']);
  });

  it('deletes a typed address from the field and leaves the rest', async () => {
    open('share-a.html');
    const field = input();
    field.value = 'bob@acme.com jane@gmail.com';
    const seen: string[] = [];
    field.addEventListener('input', () => seen.push(field.value));
    expect(await removeInvitee(field, 'jane@gmail.com')).toBe('done');
    expect(field.value).toBe('bob@acme.com');
    expect(seen).toEqual(['bob@acme.com']); // one input event, as typing makes
  });

  it('says missing when the address is nowhere in the field', async () => {
    open('share-a.html');
    expect(await removeInvitee(input(), 'nobody@gmail.com')).toBe('missing');
  });
});

describe('replaceInvitee (Did you mean …?)', () => {
  it('replaces a typed look-alike with the address meant', async () => {
    open('share-a.html');
    input().value = 'ada@acrne.com';
    expect(await replaceInvitee(input(), 'ada@acrne.com', 'ada@acme.com')).toBe('done');
    expect(input().value).toBe('ada@acme.com');
  });

  it('removes the look-alike chip and types the address meant in its place', async () => {
    open('share-b.html');
    chip('ada@acrne.com');
    expect(await replaceInvitee(input(), 'ada@acrne.com', 'ada@acme.com')).toBe('done');
    expect(chips()).toEqual([]);
    expect(input().value).toBe('ada@acme.com');
  });
});

describe('removeAccess', () => {
  it("opens the person's level menu and presses its Remove", async () => {
    const menu = open('share-a.html');
    chip('jane@gmail.com');
    $('[data-fx=invite]').click();
    const row = $('[data-fx=access-row]', menu);
    expect(row.textContent).toContain('jane@gmail.com');
    expect(await removeAccess(row)).toBe('done');
    expect(row.isConnected).toBe(false);
    expect(window.fxLog).toContain('Removed access jane@gmail.com');
  });

  it('brings the row into view when it has no level control (nothing pressed)', async () => {
    const menu = open('share-a.html');
    const row = [...menu.querySelectorAll('[data-fx=access-list] .row')].find((r) => r.textContent?.includes('ada@acme.com'))!;
    expect(await removeAccess(row)).toBe('shown');
    expect(row.isConnected).toBe(true);
    expect(window.fxLog).toEqual([]);
  });
});

describe('makePrivate and unpublish', () => {
  it('General access "Anyone on the web with link" → "Only people invited" through the menu (share-public)', async () => {
    const menu = open('share-public.html');
    expect(await makePrivate(menu)).toBe('done');
    expect($('[data-fx=access-text]').textContent).toBe('Only people invited');
    expect(window.fxLog).toEqual(['General access: Only people invited']);
  });

  it('says missing when General access is not on the web', async () => {
    const menu = open('share-a.html');
    expect(await makePrivate(menu)).toBe('missing');
    expect(window.fxLog).toEqual([]);
  });

  it('presses Unpublish, opening the Publish tab first when its panel is hidden', async () => {
    const menu = open('share-a.html');
    const [shareTab, publishTab] = [...menu.querySelectorAll<HTMLElement>('[data-fx=tab]')];
    publishTab!.click();
    $('[data-fx=publish]').click();
    shareTab!.click(); // the user went back to the Share tab: Unpublish is hidden
    expect(await unpublish(menu)).toBe('done');
    expect(window.fxLog).toEqual(['Published', 'Unpublished']);
    expect($('[data-fx=published]').hidden).toBe(true);
    expect($('[data-fx=publish]').hidden).toBe(false);
  });
});

describe('undoPaste', () => {
  const secret = 'AKIAIOSFODNN7EXAMPLE';
  const editor = (handlesUndo: boolean) => {
    loadHtml('<html><body><div contenteditable="true" id="b">Notes </div></body></html>');
    const block = $('#b');
    const history: string[] = [];
    block.addEventListener('paste', () => undefined);
    history.push(block.textContent ?? '');
    block.textContent += secret;
    if (handlesUndo) {
      // Like Notion (and fake-editor.js): its own history answers Ctrl+Z / ⌘Z.
      block.addEventListener('keydown', (e) => {
        if ((e.ctrlKey || e.metaKey) && e.key === 'z') block.textContent = history.pop() ?? '';
      });
    }
    return block;
  };

  it("undoes through Notion's own undo shortcut and checks the secret is gone", async () => {
    const block = editor(true);
    expect(await undoPaste(block, () => (block.textContent ?? '').includes(secret))).toBe('done');
    expect(block.textContent).toBe('Notes ');
  });

  it('says it could not when the text is still there (the card then says how)', async () => {
    const block = editor(false);
    expect(await undoPaste(block, () => (block.textContent ?? '').includes(secret))).toBe('shown');
    expect(block.textContent).toContain(secret);
  });
});

describe('Account security', () => {
  it('"Turn on 2-step verification" presses Add verification method (account-a)', () => {
    loadFixture('account-a.html');
    const panel = $('[role=tabpanel]');
    expect(startTwoStep(panel)).toBe('done');
    expect(window.fxLog).toEqual(['2-step setup opened']);
  });

  it('opens Settings from the sidebar, then the account tab', async () => {
    loadHtml(`<html><body><div class="notion-sidebar"><div role="button" id="open">Settings</div></div><div class="notion-overlay-container" id="overlay"></div></body></html>`);
    $('#open').addEventListener('click', () => {
      $('#overlay').innerHTML =
        '<div class="notion-space-settings"><div role="dialog" aria-modal="true"><div role="tab" data-testid="settings-tab-people" id="people">People</div><div role="tab" data-testid="settings-tab-account" id="acct">Ada Lovelace</div><div role="tabpanel" id="panel">Members</div></div></div>';
      $('#acct').addEventListener('click', () => {
        $('#panel').innerHTML = '<h2>Account security</h2><div role="button" id="add">Add verification method</div>';
      });
    });
    expect(await openAccountSecurity(document)).toBe('done');
    expect($('#panel').textContent).toContain('Account security');
  });

  it('says missing when there is no way to Settings', async () => {
    loadHtml('<html><body><main>nothing here</main></body></html>');
    expect(await openAccountSecurity(document)).toBe('missing');
  });
});
