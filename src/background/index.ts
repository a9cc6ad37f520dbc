// Background (MV3 service worker on Chrome, event page on Firefox). Listeners are registered
// synchronously at top level; no state lives only in memory.
import { browser } from '../platform/browser';
import { handle } from '../platform/messaging';
import { clearLog, digestMirrored, initLogStore, readLog, readLogEvent, readLogPage, recordEvents } from './log-store';
import { cleanFilter } from '@shared/log/filter';
import { newEventId } from '@shared/events';
import { publishEffectiveSettings, syncManagedMirror, MANAGED_MIRROR } from '../platform/settings';
import { isDutyId } from '@shared/duties/model';
import { initReminders, refreshReminders } from './reminders';
import { initOnboarding } from './onboarding';
import { initReuseWatch } from './reuse';
import { initSettingsWriter } from './settings-writer';
import { initSecretFrames } from './secret-frame';
import { initParts } from './parts';
import { initReport } from './report';
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
    await digestMirrored(); // the popup that asked re-reads the digest's copy (popup/data.ts)
    return { ok: true };
  },
  'badge:refresh': async () => ({ due: await refreshReminders() }),
});

initLogStore();
initSettingsWriter();
initSecretFrames();
initParts();
initReport();
initReminders();
initOnboarding();
initReuseWatch();
initCoverage(() => void refreshReminders());

// Keep the policy mirror current (see platform/settings.ts); Chrome reports policy changes as 'managed'.
void syncManagedMirror();
// And the effective settings the content scripts read (platform/settings.ts publishEffectiveSettings):
// at every start (an update may change their shape) and whenever the user layer or the policy changes.
void publishEffectiveSettings().catch(() => undefined);
browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
  if (area === 'managed') void syncManagedMirror();
  if (area === 'sync' || (area === 'local' && MANAGED_MIRROR in changes)) void publishEffectiveSettings().catch(() => undefined);
});
