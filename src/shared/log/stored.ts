// How the activity log is kept in storage.local['log']. PURE.
//
// Format 2 (this one): the events as ONE JSON string. Why: the popup reads the log every time it opens,
// and Chrome carries a stored array across the storage IPC value by value, while one string crosses in
// one piece. With 300 events that is ~10 ms of a ~100 ms popup open on the 2-core bench machine
// (popup_render_ms in bench/results.json). Format 1 (earlier builds) stored the array itself: decodeLog
// reads both, so an update loses nothing, and the next write stores format 2.
import { boundEvent, isCoachEvent, needsCleaning, type CoachEvent } from '../events';

export function encodeLog(events: readonly CoachEvent[]): string {
  return JSON.stringify(events);
}

/** The valid events of a stored log, whatever was stored: bad JSON or foreign values read as nothing. */
export function decodeLog(raw: unknown): CoachEvent[] {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return [];
    }
  }
  // Events stored by earlier builds may carry bidi or invisible characters in their titles: shown and
  // exported only after cleaning.
  return Array.isArray(value) ? value.filter(isCoachEvent).map((e) => (needsCleaning(e) ? boundEvent(e) : e)) : [];
}
