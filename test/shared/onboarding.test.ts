import { describe, expect, it } from 'vitest';
import { completeStep, NO_PROGRESS, onboardingView, ONBOARDING_STEPS, readProgress, shouldOpenWelcome } from '../../src/shared/onboarding';

describe('onboarding progress', () => {
  it('reads anything odd as not started, and clamps', () => {
    for (const raw of [undefined, null, 'x', 3, [], { completed: 'a' }, { completed: NaN }]) expect(readProgress(raw)).toEqual(NO_PROGRESS);
    expect(readProgress({ completed: -4 })).toEqual({ completed: 0, done: false });
    expect(readProgress({ completed: 99 })).toEqual({ completed: ONBOARDING_STEPS, done: true });
    expect(readProgress({ completed: 2.7, snoozed: true })).toEqual({ completed: 2, done: false, snoozed: true });
    expect(readProgress({ completed: 1, done: true })).toEqual({ completed: ONBOARDING_STEPS, done: true });
  });

  it('completing steps never goes backwards and finishes at the last step', () => {
    let p = completeStep(NO_PROGRESS, 0);
    expect(p).toEqual({ completed: 1, done: false });
    p = completeStep(p, 3);
    expect(p.completed).toBe(4);
    expect(completeStep(p, 1).completed).toBe(4);
    expect(completeStep(p, ONBOARDING_STEPS - 1)).toEqual({ completed: ONBOARDING_STEPS, done: true });
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
