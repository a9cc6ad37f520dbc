// @vitest-environment jsdom
// The popup's "Coaching coverage": one line when nothing was seen or all is well; when a screen the user
// relies on is not recognised, what is off and what to do; "Copy diagnostics" falls back to a text box.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { mergeSettings } from '../../src/shared/settings/merge';
import { emptyCoverage, mergeReport, readCoverage, type CoverageState } from '../../src/shared/coverage/model';

vi.mock('../../src/platform/i18n', () => ({ t: (key: string, ...subs: unknown[]) => [key, ...subs].join('|'),
  messagesLocale: () => 'en',
  formatList: (items: string[]) => items.join(', '),
  formatDate: (at: number) => new Date(at).toISOString().slice(0, 10),
  formatDateTime: (at: number) => new Date(at).toISOString(),
  relativeDays: (d: number) => `${d}d`,
}));
vi.mock('../../src/platform/runtime', () => ({ extensionVersion: () => '1.4.0' }));
const { Coverage } = await import('../../src/popup/coverage');

const T0 = Date.UTC(2026, 11, 3, 10);
const state = (miss: boolean) =>
  mergeReport(
    emptyCoverage(),
    {
      entries: [
        { s: 'share-menu', miss: false, cue: 'dialog#0', n: 1, first: T0, last: T0 },
        ...(miss ? [{ s: 'share-menu' as const, miss: true, cue: 'topbarShare#0', n: 1, first: T0 + 1000, last: T0 + 1000 }] : []),
      ],
      errors: {},
      host: 'app.notion.com',
      lang: 'en',
    },
    T0 + 2000,
  );

async function show(s: CoverageState | undefined, settings = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  // As popup/data.ts reads it (nothing stored: readCoverage(undefined)).
  await act(async () => {
    render(<Coverage state={readCoverage(s)} settings={mergeSettings(settings, {})} now={T0 + 5000} />, root);
  });
  return root;
}
afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup coverage', () => {
  it('nothing seen yet: one line', async () => {
    const root = await show(undefined);
    expect(root.querySelector('[data-testid=coverage]')!.getAttribute('data-coverage')).toBe('unseen');
    expect(root.textContent).toBe('coverageNothingYet');
  });

  it('all recognised: one line with the date and Copy diagnostics', async () => {
    const root = await show(state(false));
    expect(root.querySelector('[data-testid=coverage]')!.getAttribute('data-coverage')).toBe('working');
    expect(root.querySelector('[data-testid=coverage-line]')!.textContent).toMatch(/^coverageAllWorking\|/);
    expect(root.querySelectorAll('p').length).toBe(1);
  });

  it('blind: names the screen, the date, what is off, and what to do', async () => {
    const root = await show(state(true));
    expect(root.querySelector('[data-testid=coverage]')!.getAttribute('data-coverage')).toBe('blind');
    const line = root.querySelector('[data-surface=share-menu][data-testid=coverage-line]')!.textContent!;
    expect(line).toMatch(/^coverageBlind\|coverageSurfaceShareMenu\|.*2026.*\|coverageEffectShareMenu$/);
    expect(root.textContent).toContain('coverageWhatToDo');
  });

  it('blind but that coaching is switched off: no alarm, one line', async () => {
    const root = await show(state(true), { shareMode: 'off' });
    expect(root.querySelector('[data-testid=coverage]')!.getAttribute('data-coverage')).not.toBe('blind');
  });

  it('Copy diagnostics: the clipboard refused, so the text is shown to copy by hand', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    const root = await show(state(true));
    await act(async () => {
      (root.querySelector('[data-testid=coverage-copy]') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 0));
    });
    const box = root.querySelector<HTMLTextAreaElement>('[data-testid=coverage-text]')!;
    expect(box.value).toMatch(/^SRM Coach diagnostics\nVersion: 1\.4\.0/);
    expect(box.value).toContain('share-menu: NOT RECOGNISED');
    expect(root.querySelector('[role=status]')!.textContent).toBe('coverageCopyFailed');
  });
});
