// onNavigation: the browser's word on in-app navigation, where it has the Navigation API; false elsewhere
// (the runtime then reads the URL each second).
import { describe, expect, it } from 'vitest';
import { onNavigation } from '../../../src/content/runtime/navigation';

describe('onNavigation', () => {
  it('without the Navigation API: false, and nothing is listened to', () => {
    expect(onNavigation(() => undefined, new AbortController().signal, {})).toBe(false);
    expect(onNavigation(() => undefined, new AbortController().signal, { navigation: {} })).toBe(false);
  });
  it('with it: each currententrychange calls back, until the runtime stops', () => {
    const navigation = new EventTarget();
    const life = new AbortController();
    let calls = 0;
    expect(onNavigation(() => void calls++, life.signal, { navigation })).toBe(true);
    navigation.dispatchEvent(new Event('currententrychange'));
    navigation.dispatchEvent(new Event('navigate')); // not the event that follows a committed navigation
    expect(calls).toBe(1);
    life.abort();
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(calls).toBe(1);
  });
});
