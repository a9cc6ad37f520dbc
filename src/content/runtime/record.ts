// Sends an event to the background and retries until it is acknowledged: the MV3 worker may be stopped
// mid-write, and the background de-duplicates by event id, so a retry never double-counts. An event the
// background refused as malformed ({error: 'bad-request'}) is never retried: it would be refused again.
import type { CoachEvent } from '@shared/events';

const DELAYS_MS = [200, 500, 1000, 2000, 4000];

export function recordWithRetry(
  sendFn: (e: CoachEvent) => Promise<unknown>,
  event: CoachEvent,
  signal: AbortSignal,
  attempt = 0,
): void {
  sendFn(event).then(
    (res) => {
      if ((res as { error?: unknown } | undefined)?.error === 'bad-request') return;
      if (!res || (res as { ok?: boolean }).ok !== true) retry();
    },
    () => retry(),
  );
  function retry() {
    if (signal.aborted || attempt >= DELAYS_MS.length) return;
    setTimeout(() => recordWithRetry(sendFn, event, signal, attempt + 1), DELAYS_MS[attempt]);
  }
}
