// A sliding-window rate limiter for password checks (reuse fingerprints, breach look-ups). PURE: the
// caller passes the clock. Password Alert caps its checks at 18,000 an hour; our checks run only on
// submit or blur, so far smaller caps never get in the way of a person and still stop a page (or a
// bug) from turning the fingerprint comparison into a fast guessing oracle.

export interface RateLimiter {
  /** True (and counted) when another check is allowed at `now`; false when the window is full. */
  take(now: number): boolean;
}

export function createRateLimiter(max: number, windowMs: number): RateLimiter {
  const times: number[] = [];
  return {
    take(now: number): boolean {
      if (!Number.isFinite(now)) return false;
      while (times.length && (now - times[0]! >= windowMs || times[0]! > now)) times.shift();
      if (times.length >= max) return false;
      times.push(now);
      return true;
    },
  };
}

/**
 * The same sliding window over stored times, for limits that must survive a restart of the background
 * (kept in storage.session). Returns whether the check may run and the times to store.
 */
export function takeFromWindow(stored: unknown, now: number, max: number, windowMs: number): { ok: boolean; times: number[] } {
  const times = (Array.isArray(stored) ? stored : []).filter((t): t is number => typeof t === 'number' && now - t < windowMs && t <= now);
  if (!Number.isFinite(now) || times.length >= max) return { ok: false, times };
  return { ok: true, times: [...times, now] };
}
