// Background (MV3 service worker on Chrome, event page on Firefox). Listeners are registered
// synchronously at top level; no state lives only in memory.
import { browser } from '../platform/browser';
import { handle } from '../platform/messaging';
import { clearLog, initLogStore, readLog, readLogEvent, readLogPage, recordEvents } from './log-store';
import { cleanFilter } from '@shared/log/filter';
import { newEventId } from '@shared/events';
import { syncManagedMirror } from '../platform/settings';
import { isDutyId } from '@shared/duties/model';
import { initReminders, refreshReminders } from './reminders';
import { initOnboarding } from './onboarding';
import { initReuseWatch } from './reuse';
import { initSettingsWriter } from './settings-writer';
import { initSecretFrames } from './secret-frame';
import { initParts } from './parts';
import { initCoverage } from './coverage';

handle({
  'event:record': async ({ event }) => {
    await recordEvents([event]);
    return { ok: true };
  },
  'options:open': async () => {
    await browser.runtime.openOptionsPage();
    return { ok: true };
  },
  'log:get': async () => ({ events: await readLog() }),
  'log:page': async ({ filter, before, limit }) => readLogPage(cleanFilter(filter), before, limit),
  'log:event': async ({ id }) => {
    const event = await readLogEvent(id);
    return event ? { event } : {};
  },
  'log:clear': async () => {
    await clearLog();
    return { ok: true };
  },
  'duty:mark': async ({ duty }) => {
    if (!isDutyId(duty)) return { ok: true }; // unknown duty (older/newer page): nothing to record
    const now = Date.now();
    await recordEvents([{ id: newEventId(now), at: now, kind: 'duty-marked', decision: 'recorded', detail: duty }]);
    return { ok: true };
  },
  'badge:refresh': async () => ({ due: await refreshReminders() }),
});

initLogStore();
initSettingsWriter();
initSecretFrames();
initParts();
initReminders();
initOnboarding();
initReuseWatch();
initCoverage(() => void refreshReminders());

// Keep the policy mirror current (see platform/settings.ts); Chrome reports policy changes as 'managed'.
void syncManagedMirror();
browser.storage.onChanged.addListener((_changes: unknown, area: string) => {
  if (area === 'managed') void syncManagedMirror();
});
