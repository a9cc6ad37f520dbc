import { describe, expect, it } from 'vitest';
import {
  CHECKLIST,
  checklistState,
  markItem,
  NO_PROGRESS,
  onboardingView,
  ONBOARDING_STEPS,
  readProgress,
  shouldOpenWelcome,
  withChecklist,
} from '../../src/shared/onboarding';
import { daysAgo, ev, NOW } from './duties/helpers';

describe('onboarding progress', () => {
  it('reads anything odd as not started, and clamps', () => {
    for (const raw of [undefined, null, 'x', 3, [], { completed: 'a' }, { completed: NaN }]) expect(readProgress(raw)).toEqual(NO_PROGRESS);
    expect(readProgress({ completed: -4 })).toEqual({ completed: 0, done: false });
    expect(readProgress({ completed: 2.7, snoozed: true })).toEqual({ completed: 2, done: false, snoozed: true });
    expect(readProgress({ completed: 1, done: true })).toEqual({ completed: ONBOARDING_STEPS, done: true });
    expect(readProgress({ completed: 0, marked: { report: NOW, nope: NOW, leaver: 'x' } })).toEqual({ completed: 0, done: false, marked: { report: NOW } });
  });

  it('a tour finished with an earlier build (done) stays done; an unfinished one starts the checklist', () => {
    expect(readProgress({ completed: 5, done: true }).done).toBe(true);
    expect(readProgress({ completed: 3, done: false })).toEqual({ completed: 3, done: false });
  });

  it('the popup shows progress until done; skip hides it; require cannot be put aside', () => {
    const started = { completed: 2, done: false };
    expect(onboardingView('auto', started)).toBe('progress');
    expect(onboardingView('auto', { ...started, snoozed: true })).toBe('hidden');
    expect(onboardingView('require', { ...started, snoozed: true })).toBe('required');
    expect(onboardingView('skip', started)).toBe('hidden');
    expect(onboardingView('require', { completed: ONBOARDING_STEPS, done: true })).toBe('hidden');
  });

  it('opens the welcome page only on a first install, unless policy skips it', () => {
    expect(shouldOpenWelcome('install', 'auto')).toBe(true);
    expect(shouldOpenWelcome('install', 'require')).toBe(true);
    expect(shouldOpenWelcome('install', 'skip')).toBe(false);
    expect(shouldOpenWelcome('update', 'require')).toBe(false);
    expect(shouldOpenWelcome('chrome_update', 'auto')).toBe(false);
  });
});

describe('the first-week checklist', () => {
  it('six moments of the SRM: invite, publish, password and 2-step, someone leaves, export, report', () => {
    expect(CHECKLIST).toEqual(['invite', 'publish', 'sign-in', 'leaver', 'export', 'report']);
    expect(ONBOARDING_STEPS).toBe(6);
  });

  it('nothing is green on a fresh install', () => {
    const items = checklistState([], NO_PROGRESS);
    expect(items.every((i) => !i.done && i.source === 'none')).toBe(true);
    expect(withChecklist(NO_PROGRESS, items)).toEqual({ completed: 0, done: false });
  });

  it.each([
    ['invite', ev('invite-risky', 1, 'went-back')],
    ['publish', ev('public-exposure', 1, 'proceeded')],
    ['publish', ev('page-public-seen', 1, 'shown')],
    ['sign-in', ev('twofa-status', 1, 'recorded', '2fa-on')],
    ['leaver', ev('access-reviewed', 1, 'recorded', 'people-list')],
    ['export', ev('backup', 1, 'recorded', 'workspace')],
  ] as const)('%s turns green on evidence seen in Notion', (id, e) => {
    const item = checklistState([e], NO_PROGRESS).find((i) => i.id === id)!;
    expect(item).toEqual({ id, done: true, source: 'seen', at: daysAgo(1) });
    expect(checklistState([e], NO_PROGRESS).filter((i) => i.done)).toHaveLength(1);
  });

  it('2-step verification seen OFF is not green (the moment is not done right)', () => {
    expect(checklistState([ev('twofa-status', 1, 'recorded', '2fa-off')], NO_PROGRESS).find((i) => i.id === 'sign-in')!.done).toBe(false);
  });

  it('a duty mark in the popup is not a checklist mark (and the other way round)', () => {
    expect(checklistState([ev('duty-marked', 1, 'recorded', 'offboarding')], NO_PROGRESS).some((i) => i.done)).toBe(false);
  });

  it("the user's mark turns an item green as \"you said\"; evidence wins over it; undo takes it back", () => {
    let p = markItem(NO_PROGRESS, 'report', daysAgo(2));
    p = markItem(p, 'export', daysAgo(3));
    const items = checklistState([ev('backup', 1)], p);
    expect(items.find((i) => i.id === 'report')).toEqual({ id: 'report', done: true, source: 'said', at: daysAgo(2) });
    expect(items.find((i) => i.id === 'export')).toEqual({ id: 'export', done: true, source: 'seen', at: daysAgo(1) });
    expect(withChecklist(p, items)).toMatchObject({ completed: 2, done: false });
    const undone = markItem(p, 'report', undefined);
    expect(undone.marked).toEqual({ export: daysAgo(3) });
    expect(markItem(markItem(NO_PROGRESS, 'report', NOW), 'report', undefined)).toEqual(NO_PROGRESS);
  });

  it('done once every item is green, and then for good (even if the log is cleared)', () => {
    let p = NO_PROGRESS;
    for (const id of CHECKLIST) p = markItem(p, id, NOW);
    const done = withChecklist(p, checklistState([], p));
    expect(done).toMatchObject({ completed: 6, done: true });
    expect(withChecklist({ ...done, marked: {} }, checklistState([], { ...done, marked: {} }))).toMatchObject({ completed: 6, done: true });
    expect(onboardingView('require', done)).toBe('hidden');
  });
});
