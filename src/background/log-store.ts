// The activity log in storage.local. Writes are serialised through one promise chain (ordering only;
// no state is kept only in memory). A write is acknowledged only after storage.local.set resolves, so a
// content script whose message died with a stopped worker retries, and appendEvents de-duplicates by id.

import { browser } from '../platform/browser';
import { createSerial } from '@shared/serial';
import { appendEvents, decodeLog, encodeLog } from '@shared/log';
import type { CoachEvent } from '@shared/events';
import { getSettings } from '../platform/settings';

import { LOG_KEY } from '@shared/storage-keys';
export { LOG_KEY };
const serial = createSerial();

export async function readLog(): Promise<CoachEvent[]> {
  const got = await browser.storage.local.get(LOG_KEY);
  return decodeLog(got[LOG_KEY]);
}

export function recordEvents(events: CoachEvent[]): Promise<void> {
  return serial(async () => {
    const [log, settings] = await Promise.all([readLog(), getSettings()]);
    const { logRetentionDays, logMaxEvents } = settings.values;
    const now = Date.now();
    const next = appendEvents(log, events, { retentionDays: logRetentionDays, maxEvents: logMaxEvents }, now);
    try {
      await browser.storage.local.set({ [LOG_KEY]: encodeLog(next) });
    } catch (e) {
      // Extension storage is full (10 MB without unlimitedStorage): keep recording with the newer half of
      // the log (and every duty's latest evidence) rather than refusing every new event and mark.
      const half = appendEvents(next, [], { retentionDays: logRetentionDays, maxEvents: Math.floor(next.length / 2) }, now);
      if (half.length >= next.length) throw e;
      await browser.storage.local.set({ [LOG_KEY]: encodeLog(half) });
    }
  });
}

export async function clearLog(): Promise<void> {
  await serial(() => browser.storage.local.set({ [LOG_KEY]: encodeLog([]) }));
}
