// The activity log's words in English, read from extension/_locales/en through the log page's own phrase
// map (src/log/phrase-keys.ts), for tests of the sentences and reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Words } from '../../../src/shared/log/report';
import { PHRASE_KEY } from '../../../src/log/phrase-keys';
import { DUTY_IDS } from '../../../src/shared/duties';

const EN = JSON.parse(readFileSync(join(__dirname, '../../../extension/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

export const msg = (key: string, ...subs: string[]): string => EN[key]!.message.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');

const KINDS: Record<string, string> = { 'secret-paste': 'kindSecretPaste', 'invite-risky': 'kindInviteRisky', 'published-password-prompt': 'kindPublishedPasswordPrompt' };

export const ENGLISH: Words = {
  say: (phrase, ...subs) => msg(PHRASE_KEY[phrase], ...subs),
  list: (items) => new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(items),
  dateTime: (at) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(at) + ' UTC',
  duty: (id) => ((DUTY_IDS as readonly string[]).includes(id) ? `duty:${id}` : undefined),
  kind: (k) => (KINDS[k] ? msg(KINDS[k]) : k),
};
