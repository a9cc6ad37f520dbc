import { describe, expect, test } from 'vitest';
import { createRateLimiter } from '../../../src/shared/password/rate-limit';

describe('createRateLimiter', () => {
  test('allows max per window, then refuses until the oldest leaves the window', () => {
    const l = createRateLimiter(3, 1000);
    expect([l.take(0), l.take(10), l.take(20), l.take(30)]).toEqual([true, true, true, false]);
    expect(l.take(999)).toBe(false);
    expect(l.take(1000)).toBe(true); // t=0 left the window
    expect(l.take(1005)).toBe(false);
  });
  test('a clock that jumps back does not lock the limiter forever', () => {
    const l = createRateLimiter(1, 1000);
    expect(l.take(5000)).toBe(true);
    expect(l.take(100)).toBe(true);
  });
  test('a non-finite clock is refused', () => {
    expect(createRateLimiter(5, 1000).take(Number.NaN)).toBe(false);
  });
});
