// @vitest-environment jsdom
// A page title or name in Hebrew (or Arabic) keeps a card's structure: it sits in a <bdi> of its own inside
// our sentence, so it cannot carry our punctuation or words to the other side, and none of its own bidi
// controls reach the page. Rendered with the real English messages and Chrome's $n substitution.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const EN: Record<string, { message: string }> = JSON.parse(readFileSync(join(__dirname, '../../../extension/_locales/en/messages.json'), 'utf8'));
vi.mock('../../../src/platform/ext', () => ({
  ext: {
    runtime: { id: 'test' },
    i18n: {
      getUILanguage: () => 'en-US',
      getMessage: (key: string, subs: string[] = []) => (EN[key]?.message ?? '').replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? ''),
    },
  },
}));
vi.mock('../../../src/content/ui/trusted', () => ({
  fromUser: () => true,
  onlyFromUser:
    <E extends Event>(h: (e: E) => void) =>
    (e: E) =>
      h(e),
}));

import { createCoachUI } from '../../../src/content/ui/coach-ui';
import { HOST_TAG } from '../../../src/content/ui/shadow-host';
import { formatList, t } from '../../../src/platform/i18n';
import { isolate } from '../../../src/shared/format';

const HEBREW = 'תוכנית עבודה 2027';
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

beforeAll(() => {
  if (typeof globalThis.requestAnimationFrame !== 'function') {
    globalThis.requestAnimationFrame = (cb: FrameRequestCallback) => setTimeout(() => cb(performance.now()), 0) as unknown as number;
    globalThis.cancelAnimationFrame = (id: number) => clearTimeout(id);
  }
});
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const shadow = () => document.querySelector(HOST_TAG)!.shadowRoot!;

const controllers: AbortController[] = [];
function ui() {
  const root = new AbortController();
  controllers.push(root);
  return createCoachUI(root.signal).scoped('share', root.signal);
}
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  for (const h of document.querySelectorAll(HOST_TAG)) h.remove();
});

describe('a card naming a Hebrew page', () => {
  it('keeps its structure, and the title sits isolated in its own <bdi> inside our sentence', async () => {
    const cancel = vi.fn();
    ui().show({
      key: 'confirm',
      role: 'alertdialog',
      title: t('confirmShareTitle', isolate(HEBREW)),
      body: [t('confirmShareBody', formatList(['gmail.com', 'אתר.co.il'].map(isolate)))],
      duty: t('shareDuty'),
      actions: [
        { label: t('confirmGoBack'), onClick: cancel, primary: true },
        { label: t('confirmShareAnyway'), onClick: () => undefined },
      ],
      onCancel: cancel,
    });
    await frame();

    const card = shadow().querySelector<HTMLElement>('[role="alertdialog"]')!;
    expect(card).not.toBeNull();
    // Same parts in the same order as any card: title, body, duty, buttons.
    expect([...card.children].map((c) => c.className)).toEqual(['title', 'body', 'duty', 'actions']);
    expect([...card.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Go back', 'Share anyway']);

    const title = card.querySelector('.title')!;
    expect(title.textContent).toBe(`Share "${HEBREW}" outside your trusted domains?`);
    // Our words stay plain text around exactly one isolated piece: the page title.
    const nodes = [...title.childNodes];
    expect(nodes.map((n) => n.nodeName)).toEqual(['#text', 'BDI', '#text']);
    expect(nodes[0]!.textContent).toBe('Share "');
    expect(nodes[1]!.textContent).toBe(HEBREW);
    expect(nodes[2]!.textContent).toBe('" outside your trusted domains?');
    // The dialog is still named by its title.
    expect(shadow().getElementById(card.getAttribute('aria-labelledby')!)).toBe(title);

    // Each domain of the list is isolated on its own; the list is joined the English way.
    const body = card.querySelector('.body')!;
    expect(body.textContent).toBe('You are about to give access to: gmail.com and אתר.co.il.');
    expect([...body.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['gmail.com', 'אתר.co.il']);

    // The marks that carried the isolation are gone from the page's text: <bdi> does the work.
    expect(card.textContent).not.toMatch(BIDI_CONTROLS);
  });

  it("strips the title's own bidi controls (an override cannot escape its <bdi>)", async () => {
    ui().show({ key: 'already', role: 'status', title: t('publicAlreadyTitle', isolate(`\u202e${HEBREW}\u2069\u2066 x`)) });
    await frame();
    const card = shadow().querySelector<HTMLElement>('[role="status"]')!;
    const bdi = card.querySelectorAll('.title bdi');
    expect(bdi).toHaveLength(1);
    expect(bdi[0]!.textContent).toBe(`${HEBREW} x`);
    expect(card.querySelector('.title')!.textContent).toBe(`"${HEBREW} x" is already public`);
    expect(card.getAttribute('aria-label')).toBe(`"${HEBREW} x" is already public`);
    expect(card.textContent).not.toMatch(BIDI_CONTROLS);
  });

  it('a title handed over without isolate() is cleaned as before: stray marks dropped, no <bdi> invented', async () => {
    ui().show({ key: 'raw', role: 'status', title: `\u2068${HEBREW} is here\u202e`, body: ['a\u2069b'] });
    await frame();
    const card = shadow().querySelector<HTMLElement>('[role="status"]')!;
    expect(card.querySelector('.title')!.textContent).toBe(`${HEBREW} is here`);
    expect(card.querySelector('.body')!.textContent).toBe('ab');
    expect(card.querySelectorAll('bdi')).toHaveLength(0);
  });

  it('names and domains listed on a card each sit in a <bdi>, beside their detail', async () => {
    ui().show({
      key: 'outside',
      role: 'status',
      title: t('accessTitle', t('accessPeopleMany', 2), isolate(HEBREW)),
      items: [
        { label: 'דנה@gmail.com', detail: `${t('accessLevelEdit')} · ${t('accessReasonPersonal')}` },
        { label: 'sam@acme.io', detail: `${t('accessLevelView')} · ${t('accessReasonUnknown')}` },
      ],
    });
    await frame();
    const card = shadow().querySelector<HTMLElement>('[role="status"]')!;
    expect(card.querySelector('.title')!.textContent).toBe(`2 people outside your trusted domains can open "${HEBREW}"`);
    const rows = [...card.querySelectorAll('.items li')];
    expect(rows.map((li) => li.querySelector('.item-label bdi')?.textContent)).toEqual(['דנה@gmail.com', 'sam@acme.io']);
    expect(rows.map((li) => li.querySelector('.item-detail')?.textContent)).toEqual(['Can edit · personal email account', 'Can view · outside your trusted domains']);
  });
});
