// Every code the duty rules and the activity log can produce renders as a complete localised sentence
// (no key names, no unfilled $1) — checked against the real English messages, with Chrome's substitution.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const EN: Record<string, { message: string }> = JSON.parse(readFileSync(join(__dirname, '../../extension/_locales/en/messages.json'), 'utf8'));
vi.mock('../../src/platform/ext', () => ({
  ext: {
    runtime: { id: 'test' },
    i18n: {
      getUILanguage: () => 'en-GB',
      getMessage: (key: string, subs: string[] = []) => (EN[key]?.message ?? '').replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? ''),
    },
  },
}));

import { DECISION_KEY, evidenceText, KIND_KEY, nextStepText, DUTY_KEY, GROUP_KEY, NOTION_KEY, STATUS_KEY, HELP_URL, relativeDays } from '../../src/ui/labels';
import { DUTY_GROUPS, DUTY_IDS, EVIDENCE_CODES, NEXT_STEP_CODES, NOTION_DUTIES, DAY_MS, dutyStates } from '../../src/shared/duties';
import { EVENT_KINDS } from '../../src/shared/events';
import { SECURITY_CONTACT_URL } from '../../src/ui/links';

const NOW = Date.UTC(2026, 10, 25, 12);

describe('duty labels', () => {
  it('every evidence code renders a full sentence with its numbers and dates filled in', () => {
    for (const code of EVIDENCE_CODES) {
      const text = evidenceText({ code, count: 3, days: 45, date: NOW - 45 * DAY_MS }, NOW);
      expect(text, code).toMatch(/\p{L}{3}/u);
      expect(text, code).not.toMatch(/\$\d|undefined|NaN/);
      expect(text, code).not.toBe(code);
    }
    expect(evidenceText({ code: 'access-reviewed', days: 45, date: NOW - 45 * DAY_MS }, NOW)).toBe('Access last reviewed 45 days ago.');
    expect(evidenceText({ code: 'password-weak', date: Date.UTC(2026, 10, 25) }, NOW)).toBe('Password rated weak on Nov 25, 2026.');
    expect(evidenceText({ code: 'risky-invites-week', count: 2, date: NOW }, NOW)).toMatch(/last 7 days: 2\.$/);
  });

  it('an evidence code it does not know reads as no evidence (never guessed at)', () => {
    expect(evidenceText({ code: 'something-new' }, NOW)).toBe(EN.dutyEvNoEvidence!.message);
  });

  it('relative days: today, yesterday, N days ago', () => {
    expect([relativeDays(0), relativeDays(1), relativeDays(45)]).toEqual(['today', 'yesterday', '45 days ago']);
  });

  it('every next step has text; "none" has none', () => {
    for (const code of NEXT_STEP_CODES) {
      if (code === 'none') expect(nextStepText(code)).toBeUndefined();
      else expect(nextStepText(code), code).toMatch(/\p{L}{3}/u);
    }
    for (const s of dutyStates({ events: [], now: NOW, settings: { accessReviewDays: 30, backupDays: 30, sessionsReviewDays: 90 }, marks: {} }))
      expect(nextStepText(String(s.next.code)), s.id).toBeTruthy();
  });

  it('every duty, group, status, Notion duty, event kind and decision has an English label', () => {
    const keys = [
      ...DUTY_IDS.map((id) => DUTY_KEY[id]),
      ...DUTY_GROUPS.map((g) => GROUP_KEY[g]),
      ...NOTION_DUTIES.map((n) => NOTION_KEY[n]),
      ...Object.values(STATUS_KEY),
      ...EVENT_KINDS.map((k) => KIND_KEY[k]),
      ...Object.values(DECISION_KEY),
    ];
    for (const k of keys) expect(EN[k]?.message, k).toBeTruthy();
  });

  it('the report duty points to Notion\'s published security contact; every duty has a help link', () => {
    expect(HELP_URL['report-issues']).toBe(SECURITY_CONTACT_URL);
    for (const id of DUTY_IDS) expect(HELP_URL[id]).toMatch(/^https:\/\/www\.notion\.(com|so)\//);
  });
});
