// The activity log's sentences in the page's language: shared/log/report.ts builds them from these words.
import { messagesLocale, t } from '../platform/i18n';
import { PHRASE_KEY } from './phrase-keys';
import type { Words } from '@shared/log';
import { isDutyId } from '@shared/duties';
import { DUTY_KEY, formatList, KIND_KEY } from '../ui/labels';

let long: Intl.DateTimeFormat | undefined;
/** "Wednesday, 2 December 2026 at 10:15 CET" in the messages' language and the local time zone. */
function longDateTime(at: number): string {
  if (!long) {
    const opts: Intl.DateTimeFormatOptions = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };
    const own = t('uiLocale');
    try {
      long = new Intl.DateTimeFormat(own !== 'uiLocale' ? own : messagesLocale(), opts);
    } catch {
      long = new Intl.DateTimeFormat('en', opts);
    }
  }
  return long.format(new Date(at));
}

export const WORDS: Words = {
  say: (phrase, ...subs) => t(PHRASE_KEY[phrase], ...subs),
  list: formatList,
  dateTime: longDateTime,
  duty: (id) => (isDutyId(id) ? t(DUTY_KEY[id]) : undefined),
  kind: (k) => t(KIND_KEY[k]),
};
