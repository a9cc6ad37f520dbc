// @vitest-environment jsdom
// The coaching UI: our own host on <html> (outside Notion's tree), an open shadow root, text-only
// rendering of page-supplied strings, key isolation, teardown on abort, and Escape = cancel.

import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/ext', () => ({
  ext: { runtime: { id: 'test' }, i18n: { getMessage: (k: string) => k, getUILanguage: () => 'en' } },
}));

// jsdom marks every event a test dispatches as untrusted; `user.trusted` says whether the user made it.
const user = vi.hoisted(() => ({ trusted: true }));
vi.mock('../../../src/content/ui/trusted', () => ({
  fromUser: () => user.trusted,
  onlyFromUser:
    <E extends Event>(h: (e: E) => void) =>
    (e: E) => {
      if (user.trusted) h(e);
    },
}));

import { createCoachUI } from '../../../src/content/ui/coach-ui';
import { HOST_TAG } from '../../../src/content/ui/shadow-host';
import { COACH_CSS } from '../../../src/content/ui/styles';

beforeAll(() => {
  if (typeof globalThis.requestAnimationFrame !== 'function') {
    globalThis.requestAnimationFrame = (cb: FrameRequestCallback) => setTimeout(() => cb(performance.now()), 0) as unknown as number;
    globalThis.cancelAnimationFrame = (id: number) => clearTimeout(id);
  }
});

/** Resolves after the UI's pending animation frame has painted (frames run in order). */
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const hosts = () => [...document.querySelectorAll(HOST_TAG)] as HTMLElement[];
const shadow = () => {
  const host = hosts()[0];
  if (!host?.shadowRoot) throw new Error('no host with an open shadow root');
  return host.shadowRoot;
};

const controllers: AbortController[] = [];
function setup() {
  const root = new AbortController();
  const feature = new AbortController();
  controllers.push(root, feature);
  const ui = createCoachUI(root.signal).scoped('x', feature.signal);
  return { root, feature, ui };
}

afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  for (const h of hosts()) h.remove();
  document.body.innerHTML = '';
});

describe('createCoachUI', () => {
  it('paints nothing until a card is shown', async () => {
    setup();
    await frame();
    expect(hosts()).toHaveLength(0);
  });

  it('renders an alert card in an open shadow root on a host appended to <html>, outside the app', async () => {
    document.body.innerHTML = '<div id="notion-app"><div class="notion-app-inner"></div></div>';
    const { ui } = setup();
    ui.show({ key: 'risky', role: 'alert', title: 'gmail.com is a personal address', body: ['Check who gets access.'] });
    expect(ui.isShown('risky')).toBe(true);
    await frame();
    const [host] = hosts();
    expect(host).toBeDefined();
    expect(host!.parentElement).toBe(document.documentElement);
    expect(document.body.contains(host!)).toBe(false);
    expect(document.getElementById('notion-app')!.contains(host!)).toBe(false);
    expect(host!.shadowRoot?.mode).toBe('open');
    const alert = shadow().querySelector('[role="alert"]');
    expect(alert).not.toBeNull();
    expect(alert!.textContent).toContain('gmail.com is a personal address');
    expect(alert!.textContent).toContain('Check who gets access.');
  });

  it('renders page-supplied strings as text, never as markup', async () => {
    const evil = '<img src=x onerror="globalThis.__pwned=1">';
    const { ui } = setup();
    ui.show({
      key: 'exposure',
      role: 'alert',
      title: `Roadmap ${evil}`,
      body: [`Page ${evil}`],
      items: [{ label: evil, detail: evil, actions: [{ label: evil, onClick: () => {} }] }],
      duty: evil,
      actions: [{ label: evil, onClick: () => {} }],
    });
    await frame();
    const root = shadow();
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(root.querySelector('[role="alert"]')!.textContent).toContain(evil);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keeps keys typed in the card away from listeners on the page', async () => {
    const { ui } = setup();
    const onKey = vi.fn();
    document.addEventListener('keydown', onKey);
    window.addEventListener('keydown', onKey);
    try {
      ui.show({ key: 'k', role: 'alert', title: 'Title', actions: [{ label: 'Got it', onClick: () => {} }] });
      await frame();
      const button = shadow().querySelector('button')!;
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
      expect(onKey).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', onKey);
    }
  });

  it('action buttons call their handlers; hide removes the card', async () => {
    const { ui } = setup();
    const onClick = vi.fn(() => ui.hide('k'));
    ui.show({ key: 'k', role: 'status', title: 'Already public', actions: [{ label: 'Got it', onClick }] });
    await frame();
    const card = shadow().querySelector('[role="status"]')!;
    expect(card.getAttribute('aria-live')).toBe('polite');
    card.querySelector('button')!.click();
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(ui.isShown('k')).toBe(false);
    await frame();
    expect(shadow().querySelector('[role="status"]')).toBeNull();
  });

  it("a page's script clicking a card's buttons or pressing Escape does nothing (untrusted events)", async () => {
    const { ui } = setup();
    const onClick = vi.fn();
    const onCancel = vi.fn();
    ui.show({ key: 'k', role: 'alertdialog', title: 'Share anyway?', actions: [{ label: 'Share anyway', onClick }], onCancel });
    await frame();
    user.trusted = false;
    try {
      const dialog = shadow().querySelector('[role="alertdialog"]')!;
      dialog.querySelector('button')!.click();
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
      (shadow().querySelector('.backdrop') as HTMLElement).click();
      expect(onClick).not.toHaveBeenCalled();
      expect(onCancel).not.toHaveBeenCalled();
    } finally {
      user.trusted = true;
    }
    shadow().querySelector('[role="alertdialog"] button')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('aborting the UI signal removes the host', async () => {
    const { root, ui } = setup();
    ui.show({ key: 'k', role: 'alert', title: 'Title' });
    await frame();
    expect(hosts()).toHaveLength(1);
    root.abort();
    expect(hosts()).toHaveLength(0);
    ui.show({ key: 'k2', role: 'alert', title: 'After abort' });
    await frame();
    expect(hosts()).toHaveLength(0);
  });

  it("aborting a feature's signal hides only that feature's cards", async () => {
    const root = new AbortController();
    const a = new AbortController();
    const b = new AbortController();
    controllers.push(root, a, b);
    const ui = createCoachUI(root.signal);
    ui.scoped('a', a.signal).show({ key: 'k', role: 'alert', title: 'From A' });
    ui.scoped('b', b.signal).show({ key: 'k', role: 'alert', title: 'From B' });
    await frame();
    expect(shadow().querySelectorAll('[role="alert"]')).toHaveLength(2);
    a.abort();
    await frame();
    const left = [...shadow().querySelectorAll('[role="alert"]')].map((c) => c.textContent);
    expect(left).toHaveLength(1);
    expect(left[0]).toContain('From B');
  });

  it('an alertdialog card takes focus, and Escape calls onCancel without reaching the page', async () => {
    const { ui } = setup();
    const onCancel = vi.fn();
    const goBack = vi.fn();
    const onPageKey = vi.fn();
    document.addEventListener('keydown', onPageKey);
    try {
      ui.show({
        key: 'confirm',
        role: 'alertdialog',
        title: 'Share Roadmap with gmail.com?',
        actions: [
          { label: 'Go back', onClick: goBack, primary: true },
          { label: 'Share anyway', onClick: () => {} },
        ],
        onCancel,
      });
      await frame();
      await frame(); // effects (focus) run after the paint
      const dialog = shadow().querySelector('[role="alertdialog"]')!;
      expect(dialog.getAttribute('aria-modal')).toBe('true');
      const labelledBy = dialog.getAttribute('aria-labelledby')!;
      expect(shadow().getElementById(labelledBy)?.textContent).toBe('Share Roadmap with gmail.com?');
      expect(shadow().activeElement?.textContent).toBe('Go back');
      const focused = (shadow().activeElement as HTMLElement | null) ?? dialog;
      focused.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
      expect(onCancel).toHaveBeenCalledTimes(1);
      expect(goBack).not.toHaveBeenCalled();
      expect(onPageKey).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', onPageKey);
    }
  });

  it('Tab stays inside the alertdialog', async () => {
    const { ui } = setup();
    ui.show({
      key: 'confirm',
      role: 'alertdialog',
      title: 'Open Roadmap to the web?',
      actions: [
        { label: 'Go back', onClick: () => {}, primary: true },
        { label: 'Open to the web anyway', onClick: () => {} },
      ],
      onCancel: () => {},
    });
    await frame();
    await frame();
    const root = shadow();
    const [first, second] = [...root.querySelectorAll('button')];
    first!.focus();
    const tab = (shiftKey = false) =>
      (root.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true }));
    tab();
    expect(root.activeElement).toBe(second);
    tab();
    expect(root.activeElement).toBe(first);
    tab(true);
    expect(root.activeElement).toBe(second);
  });

  it('colour means danger: alerts are red by default, a caution card is amber, a status card is blue', async () => {
    const { ui } = setup();
    ui.show({ key: 'a', role: 'alert', title: 'Looks like acme.com' });
    ui.show({ key: 'b', role: 'alert', tone: 'caution', title: 'Unknown domain' });
    ui.show({ key: 'c', role: 'status', title: 'Already public' });
    await frame();
    const tone = (key: string) => shadow().querySelector(`[data-srm-card="${key}"]`)?.getAttribute('data-tone');
    expect([tone('a'), tone('b'), tone('c')]).toEqual(['danger', 'caution', 'info']);
    // The red bar and pink box belong to danger only.
    expect(COACH_CSS).toMatch(/\.card\[data-tone="danger"\] \{ border-left-color: var\(--alert\)/);
    expect(COACH_CSS).toMatch(/\.card\[data-tone="caution"\] \{ border-left-color: var\(--caution\)/);
    expect(COACH_CSS).not.toMatch(/data-kind="alert"\][^{]*\{[^}]*--alert/);
  });

  it('no mid-word breaks: only addresses may wrap anywhere', async () => {
    expect(COACH_CSS).not.toMatch(/word-break/);
    expect(COACH_CSS).toMatch(/\.item-label\.address \{ overflow-wrap: anywhere; \}/);
    const { ui } = setup();
    ui.show({ key: 'r', role: 'alert', title: 't', items: [{ label: 'jane@gmail.com', address: true }, { label: 'Someone leaving?' }] });
    await frame();
    const labels = [...shadow().querySelectorAll('.item-label')].map((l) => l.className);
    expect(labels).toEqual(['item-label address', 'item-label']);
  });

  it('steps render as an ordered list, and a fix outcome as a status line', async () => {
    const { ui } = setup();
    ui.show({ key: 's', role: 'status', title: 'Someone leaving?', steps: ['Remove them.', 'Transfer their pages.'], note: 'Pressed Remove for jane@gmail.com.' });
    await frame();
    const ol = shadow().querySelector('ol.steps');
    expect([...ol!.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Remove them.', 'Transfer their pages.']);
    expect(shadow().querySelector('.items')).toBeNull();
    expect(shadow().querySelector('.note[role="status"]')?.textContent).toBe('Pressed Remove for jane@gmail.com.');
  });

  it("a confirm step inside a card focuses its safe button once; the fix's click runs only for the user's input", async () => {
    const { ui } = setup();
    const trust = vi.fn();
    ui.show({
      key: 'risky',
      role: 'alert',
      title: 'acme.io',
      items: [{ label: 'acme.io', detail: 'Trust every address at acme.io?', actions: [{ label: 'Cancel', onClick: () => {}, primary: true, focus: true }, { label: 'Trust acme.io', onClick: trust }] }],
    });
    await frame();
    await frame();
    expect(shadow().activeElement?.textContent).toBe('Cancel');
    const yes = [...shadow().querySelectorAll('button')].find((b) => b.textContent === 'Trust acme.io')!;
    user.trusted = false;
    yes.click();
    expect(trust).not.toHaveBeenCalled();
    user.trusted = true;
    yes.click();
    expect(trust).toHaveBeenCalledTimes(1);
  });

  it('a confirm dialog opens on its safe (primary) button even when it is not the first', async () => {
    const { ui } = setup();
    ui.show({
      key: 'confirm',
      role: 'alertdialog',
      title: 'Publish Roadmap?',
      actions: [
        { label: 'Publish anyway', onClick: () => {} },
        { label: 'Go back', onClick: () => {}, primary: true },
      ],
      onCancel: () => {},
    });
    await frame();
    await frame();
    expect(shadow().activeElement?.textContent).toBe('Go back');
  });
});
