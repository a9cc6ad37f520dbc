// recordWithRetry: retries what the worker did not acknowledge, never what it refused as malformed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordWithRetry } from '../../../src/content/runtime/record';
import type { CoachEvent } from '../../../src/shared/events';

const event: CoachEvent = { id: 'x-1', at: 1, kind: 'backup', decision: 'recorded' };
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('recordWithRetry', () => {
  it('a refused (malformed) event is sent once and never retried', async () => {
    const send = vi.fn(async () => ({ error: 'bad-request' }));
    recordWithRetry(send, event, new AbortController().signal);
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(1);
  });
  it('an unanswered event is retried until acknowledged', async () => {
    let n = 0;
    const send = vi.fn(async () => (++n < 3 ? undefined : { ok: true }));
    recordWithRetry(send, event, new AbortController().signal);
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(3);
  });
});
