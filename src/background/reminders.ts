// Review reminders: the toolbar badge shows how many cadence duties are due (access review, backup/export,
// sessions review; cadences from settings, so the organisation can set them). A review never done is not
// due during the first REMINDER_GRACE_DAYS (14) after install, so a fresh install shows no badge; the
// install time is storage.local 'installedAt' (written on install; if it is missing — storage cleared, or
// an update from a build that did not record it — the first refresh writes "now", and the oldest event in
// the log counts if older: shared/duties reminderStart()).
//
// Nothing lives only in worker memory: chrome.alarms persist across service-worker restarts, and the
// badge is recomputed from storage (the log digest + settings) on every wake-up that matters —
//   - an alarm: hourly (catches clock changes, expires old log entries) and one at the exact moment the
//     next duty falls due;
//   - a log change (an event recorded, a duty marked as done, the log cleared);
//   - a settings or policy change (cadences);
//   - install, browser start-up, and 'badge:refresh' from an extension page.
// "Mark as done" is the popup's 'duty:mark' message: a 'duty-marked' event whose time is the date.

import { browser } from '../platform/browser';
import { getSettings, MANAGED_MIRROR } from '../platform/settings';
import { t } from '../platform/i18n';
import { dueReminders, type DutyId, type DutyInputs } from '@shared/duties';
import { badgeText, nextDueAt, recentReuse } from '@shared/reminders';
import { INSTALLED_KEY } from '@shared/storage-keys';
import { DUTY_KEY, formatList } from '../ui/labels';
import { DIGEST_KEY, readLogDigest, recordEvents } from './log-store';
import { blindReliedOn, blindTitle } from './coverage';
import type { SurfaceId } from '@shared/coverage/surfaces';

export const HOURLY_ALARM = 'srm-reminders';
export const NEXT_DUE_ALARM = 'srm-reminders-next';
const BADGE_COLOUR = '#b3261e';

/** The install time (background/onboarding.ts writes it on install and on the first update that lacks it). */
async function installedAt(): Promise<number | undefined> {
  const got: Record<string, unknown> = await browser.storage.local.get(INSTALLED_KEY).catch(() => ({}));
  const v = got[INSTALLED_KEY];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

async function inputs(): Promise<DutyInputs> {
  // The digest holds every event the duties read (shared/log/digest.ts): no need for the whole log.
  const [digest, settings, installed] = await Promise.all([readLogDigest(), getSettings(), installedAt()]);
  const i: DutyInputs = { events: digest.events, now: Date.now(), settings: settings.values, marks: {} };
  if (installed !== undefined) i.installedAt = installed;
  return i;
}

async function paint(due: DutyId[], reusedOn: string | undefined, blind: SurfaceId[] = []): Promise<void> {
  const action = browser.action;
  // A Notion password found on another site outranks the review count (the reuse watch tells it here,
  // never in that site's page).
  // After a reuse ('!'), a Notion screen SRM Coach relies on but no longer recognises ('?': coaching there is silently off).
  await action.setBadgeText({ text: !reusedOn && blind.length ? '?' : badgeText(due, reusedOn) });
  if (reusedOn || blind.length || due.length) await action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  const dueTitle = due.length ? t('badgeTitleDue', formatList(due.map((id) => t(DUTY_KEY[id])))) : '';
  await action.setTitle({ title: [reusedOn ? t('badgeTitleReuse', reusedOn) : '', blindTitle(blind), dueTitle].filter(Boolean).join('\n') || t('extName') });
}

let running: Promise<DutyId[]> | undefined;
let again = false;

/** Recomputes the badge and the next-due alarm. Concurrent calls coalesce (a burst of log writes → ≤ 2 runs). */
export function refreshReminders(): Promise<DutyId[]> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      let due: DutyId[];
      do {
        again = false;
        const i = await inputs();
        due = dueReminders(i);
        await paint(due, recentReuse(i.events, i.now), await blindReliedOn((await getSettings()).values));
        const next = nextDueAt(i);
        if (next === undefined) await browser.alarms.clear(NEXT_DUE_ALARM);
        else await browser.alarms.create(NEXT_DUE_ALARM, { when: Math.max(Date.now() + 1000, next + 500) });
      } while (again);
      return due;
    } finally {
      running = undefined;
    }
  })();
  return running;
}

/** Creates the hourly alarm once (alarms survive worker restarts; recreating would reset its phase). */
async function ensureHourly(): Promise<void> {
  if (!(await browser.alarms.get(HOURLY_ALARM))) await browser.alarms.create(HOURLY_ALARM, { periodInMinutes: 60 });
}

/** Registers the listeners; call synchronously at the top level of the background script. */
export function initReminders(): void {
  browser.alarms.onAlarm.addListener((alarm: { name: string }) => {
    if (alarm.name === HOURLY_ALARM) void recordEvents([]).then(refreshReminders); // applies log retention
    else if (alarm.name === NEXT_DUE_ALARM) void refreshReminders();
  });
  browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && (DIGEST_KEY in changes || MANAGED_MIRROR in changes || INSTALLED_KEY in changes)) || area === 'sync') void refreshReminders();
  });
  browser.runtime.onStartup.addListener(() => void refreshReminders());
  void ensureHourly();
  void refreshReminders();
}
