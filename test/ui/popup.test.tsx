// @vitest-environment jsdom
// The popup's first screen, rendered with the real English messages (no browser): it leads with the next
// three things, says what the score rests on, keeps OK and unknown duties folded away, and shows the
// first-week progress. (test/e2e/popup.e2e.ts checks the same in Chromium, with the 600 px height.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const EN: Record<string, { message: string }> = JSON.parse(readFileSync(join(__dirname, '../../extension/_locales/en/messages.json'), 'utf8'));
const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('../../src/platform/ext', () => ({ ext: {
    runtime: { id: 'test', getURL: (p: string) => `chrome-extension://test/${p}`, sendMessage: async (m: unknown) => (sent.push(m), { ok: true }) },
    storage: { onChanged: { addListener: () => undefined, removeListener: () => undefined } },
    i18n: {
      getUILanguage: () => 'en-GB',
      getMessage: (key: string, subs: string[] = []) => (EN[key]?.message ?? '').replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? ''),
    },
  },
}));

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../src/popup/app';
import type { PopupData } from '../../src/popup/data';
import { mergeSettings } from '../../src/shared/settings/merge';
import { emptyCoverage } from '../../src/shared/coverage/model';
import type { CoachEvent } from '../../src/shared/events';
import { DAY_MS } from '../../src/shared/duties';

const NOW = Date.UTC(2026, 11, 2, 9);
let n = 0;
const ev = (kind: CoachEvent['kind'], ageDays: number, decision: CoachEvent['decision'] = 'recorded', detail?: string): CoachEvent => ({
  id: `p-${++n}`,
  at: NOW - ageDays * DAY_MS,
  kind,
  decision,
  ...(detail ? { detail } : {}),
});

function show(events: CoachEvent[], extra: Partial<PopupData> = {}): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  const data: PopupData = { events, settings: mergeSettings({}, {}), progress: { completed: 0, done: false }, now: NOW, installedAt: NOW, logTotal: events.length, coverage: emptyCoverage(), ...extra };
  act(() => render(<App first={data} />, root));
  return root;
}
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const next = (root: HTMLElement) => [...root.querySelectorAll('[data-next]')].map((li) => [li.getAttribute('data-next'), li.getAttribute('data-kind')]);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup: first screen', () => {
  it('a fresh install: three things not checked yet, nothing due, no score pretended, the rest folded', () => {
    const root = show([]);
    expect(next(root)).toEqual([
      ['trusted-collaborators', 'unknown'],
      ['strong-passwords', 'unknown'],
      ['two-step', 'unknown'],
    ]);
    expect(text(root.querySelector('[data-testid="summary"]'))).toBe('0 need attention · 0 OK · 13 not checked');
    expect(text(root.querySelector('[data-testid="score"]'))).toBe(EN.popupScoreNothingKnown!.message);
    expect(root.textContent).not.toContain('Due');
    // One action each: a mark button or one link.
    for (const li of root.querySelectorAll('[data-next]')) expect(li.querySelectorAll('button, a')).toHaveLength(1);
    // All duties are folded away and drawn only when opened; Settings and the log are in the header.
    expect(root.querySelectorAll('[data-duty]')).toHaveLength(0);
    expect(text(root.querySelector('[data-testid="all-duties"] summary'))).toBe('All duties (13)');
    expect([...root.querySelectorAll('header a')].map((a) => text(a))).toEqual(['Settings', 'Activity log']);
    expect(text(root.querySelector('[data-testid="onboarding"]'))).toContain('0 of 6 done');
  });

  it('after a demo-like session: needs attention first, evidence labelled seen in Notion, still no number', () => {
    const root = show([
      ev('invite-risky', 0, 'proceeded'),
      ev('password-verdict', 0, 'recorded', 'weak'),
      ev('twofa-status', 0, 'recorded', '2fa-on'),
      ev('access-reviewed', 0, 'recorded', 'people-list'),
      ev('backup', 0, 'recorded', 'page'),
    ]);
    expect(next(root)).toEqual([
      ['trusted-collaborators', 'attention'],
      ['strong-passwords', 'attention'],
      ['review-permissions', 'unknown'],
    ]);
    expect(text(root.querySelector('[data-next="strong-passwords"]'))).toMatch(/Needs attention.*Seen in Notion: Password rated weak on/);
    // Opening People is not a review: the duty says so and asks for the explicit mark.
    const access = root.querySelector('[data-next="review-permissions"]')!;
    expect(text(access)).toContain('You opened Settings → People today but did not mark access as reviewed.');
    expect(text(access.querySelector('button'))).toBe('Mark as reviewed');
    expect(text(root.querySelector('[data-testid="summary"]'))).toBe('2 need attention · 2 OK · 9 not checked');
    expect(text(root.querySelector('[data-testid="score"]'))).toBe(EN.popupScoreLittleKnown!.message);
    expect(text(root.querySelector('[data-testid="onboarding"]'))).toContain('4 of 6 done'); // invite, sign-in, leaver and export seen
  });

  it('"Mark as done" alone does not make it look complete: the summary says how many OK the user said', () => {
    const marks = ['trusted-collaborators', 'review-permissions', 'strong-passwords', 'no-shared-logins', 'two-step', 'watch-activity', 'revoke-sessions', 'offboarding'].map((d) =>
      ev('duty-marked', 0, 'recorded', d),
    );
    const root = show(marks);
    expect(text(root.querySelector('[data-testid="summary"]'))).toBe('0 need attention · 8 OK · 5 not checked (8 you said)');
    expect(text(root.querySelector('[data-testid="score"]'))).toBe(EN.popupScoreMostlySaid!.message);
  });

  it('a long-time user (old log): never-done reviews are due and come right after what needs attention', () => {
    const root = show([ev('twofa-status', 40, 'recorded', '2fa-off'), ev('backup', 1)], { installedAt: undefined });
    expect(next(root)).toEqual([
      ['two-step', 'attention'],
      ['review-permissions', 'due'],
      ['revoke-sessions', 'due'],
    ]);
    expect(text(root.querySelector('[data-next="review-permissions"]'))).toContain('Due');
  });

  it('opening "All duties" draws the 13 duties in 5 plainly named groups, with the score formula', () => {
    const root = show([ev('twofa-status', 1, 'recorded', '2fa-on')]);
    const fold = root.querySelector('[data-testid="all-duties"]') as HTMLDetailsElement;
    act(() => {
      fold.open = true;
      fold.dispatchEvent(new Event('toggle'));
    });
    expect(root.querySelectorAll('[data-duty]')).toHaveLength(13);
    expect([...root.querySelectorAll('.group h3')].map(text)).toEqual(['Who gets in', 'Signing in', 'Keeping an eye on access', 'Using Notion fairly', 'Your data']);
    expect(text(root.querySelector('[data-duty="two-step"]'))).toMatch(/OK.*Seen in Notion: 2-step verification was on/);
    expect(root.querySelector('[data-duty="two-step"]')!.getAttribute('data-source')).toBe('seen');
    expect(text(root.querySelector('#score summary'))).toBe('How is this worked out?');
  });
});
