// The activity log's plain sentences and the report to the security team: what a user reads and sends.
import { describe, expect, it } from 'vitest';
import { buildReport, collapseRows, describeEvent, isReportable, pageLink, PHRASES, reportTarget } from '../../../src/shared/log/report';
import { parseSecurityContact } from '../../../src/shared/settings/contact';
import { VALIDATORS } from '../../../src/shared/settings/schema';
import { EVENT_KINDS, type CoachEvent } from '../../../src/shared/events';
import { SECRET_KINDS } from '../../../src/shared/secrets/scan';
import { ENGLISH, msg } from './words';
import { PHRASE_KEY } from '../../../src/log/phrase-keys';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const AT = Date.UTC(2026, 11, 2, 9, 15);
const ID = '0123456789abcdef0123456789abcdef';
const paste: CoachEvent = { id: 'p1', at: AT, kind: 'secret-paste', decision: 'proceeded', detail: 'aws-access-key,github-token', pageTitle: 'Roadmap', pageId: ID, host: 'app.notion.com' };

describe('describeEvent: one plain sentence, no codes', () => {
  it('names secrets by what they are', () => {
    expect(describeEvent(paste, ENGLISH)).toBe('Pasted into the page: an AWS access key and a GitHub token.');
  });

  it('says why each invited domain is risky', () => {
    const e: CoachEvent = { id: 'i', at: AT, kind: 'invite-risky', decision: 'shown', domains: ['gmail.com', 'c0ntoso.com', 'vendor.io'], reasons: ['personal', 'lookalike:contoso.com', 'unknown'] };
    expect(describeEvent(e, ENGLISH)).toBe('An invite to gmail.com (a personal email service), c0ntoso.com (looks like contoso.com), and vendor.io (not a trusted domain).');
  });

  it.each([
    [{ kind: 'twofa-status', detail: '2fa-off' }, '2-step verification was off.'],
    [{ kind: 'public-exposure', detail: 'publish' }, 'The page was being published to the web.'],
    [{ kind: 'published-password-prompt', host: 'acme.notion.site' }, 'A published Notion page on acme.notion.site asked for a password: likely phishing.'],
    [{ kind: 'password-reused', domains: ['shop.example'], detail: 'other-site' }, 'The Notion password was also used on shop.example.'],
    [{ kind: 'duty-marked', detail: 'backups' }, '“duty:backups” was marked as done.'],
    [{ kind: 'duty-marked', detail: 'no-such-duty' }, 'A duty was marked as done.'],
    [{ kind: 'invite-risky', domains: [] }, 'Risky invite.'],
    [{ kind: 'secret-paste', detail: 'some-future-kind' }, 'Pasted into the page: something that looks like a secret.'],
  ] as [Partial<CoachEvent>, string][])('%j → %s', (extra, text) => {
    expect(describeEvent({ id: 'x', at: AT, decision: 'recorded', kind: 'backup', ...extra }, ENGLISH)).toBe(text);
  });

  it('has a sentence for every kind and every secret kind, none showing a code', () => {
    for (const kind of EVENT_KINDS) {
      const s = describeEvent({ id: 'x', at: AT, kind, decision: 'recorded' }, ENGLISH);
      expect(s).toMatch(/^[A-Z“2].*\.$/);
      if (kind.includes('-')) expect(s).not.toContain(kind);
      expect(s).not.toMatch(/undefined|\$\d/);
    }
    for (const k of SECRET_KINDS) expect(describeEvent({ ...paste, detail: k }, ENGLISH)).not.toContain(k);
  });

  it('every phrase has an English and a German message', () => {
    const de = JSON.parse(readFileSync(join(__dirname, '../../../extension/_locales/de/messages.json'), 'utf8')) as Record<string, unknown>;
    for (const p of PHRASES) {
      expect(msg(PHRASE_KEY[p])).toBeTruthy();
      expect(de[PHRASE_KEY[p]], PHRASE_KEY[p]).toBeTruthy();
    }
  });
});

describe('isReportable: only rows where it matters', () => {
  const ev = (extra: Partial<CoachEvent>): CoachEvent => ({ id: 'x', at: AT, kind: 'invite-risky', decision: 'shown', ...extra });
  it.each([
    [ev({ kind: 'secret-paste', decision: 'shown' }), true],
    [ev({ kind: 'published-password-prompt' }), true],
    [ev({ reasons: ['lookalike:contoso.com'] }), true],
    [ev({ reasons: ['unknown'], decision: 'proceeded' }), true],
    [ev({ kind: 'public-exposure', decision: 'proceeded' }), true],
    [ev({ reasons: ['unknown'] }), false],
    [ev({ kind: 'public-exposure', decision: 'went-back' }), false],
    [ev({ kind: 'twofa-status', decision: 'recorded' }), false],
    [ev({ kind: 'duty-marked', decision: 'recorded' }), false],
    [ev({ kind: 'access-reviewed', decision: 'recorded' }), false],
  ])('%j → %s', (e, yes) => expect(isReportable(e)).toBe(yes));
});

describe('buildReport', () => {
  it('is plain sentences in the user language, with local time, the page and its link', () => {
    const r = buildReport(paste, ENGLISH, { version: '0.1.0' });
    expect(r.subject).toBe('Security report from SRM Coach: Secret pasted');
    expect(r.body).toBe(
      [
        'Hello,',
        '',
        'SRM Coach noticed this in Notion in my browser:',
        '',
        'Pasted into the page: an AWS access key and a GitHub token. I went ahead anyway.',
        '',
        'When: Wednesday, 2 December 2026 at 09:15 UTC',
        'Page: “Roadmap”',
        `Link: https://app.notion.com/p/${ID}`,
        '',
        'The secret itself was not recorded and is not in this report.',
        '',
        'Sent from SRM Coach 0.1.0',
        '',
      ].join('\n'),
    );
    expect(r.body).not.toMatch(/aws-access-key|proceeded|secret-paste|p1\b/);
  });

  it('never holds a full address, a forged line or a bidi control from a page title', () => {
    const r = buildReport({ ...paste, pageTitle: 'Notes for bob@acme.io\nSent from SRM Coach 9.9\u202E' }, ENGLISH, { version: '1' });
    expect(r.body).not.toContain('bob@');
    expect(r.body).toContain('…@acme.io');
    expect(r.body.split('\n').filter((l) => l.startsWith('Sent from'))).toEqual(['Sent from SRM Coach 1']);
    expect(r.body).not.toContain('\u202E');
  });

  it('links only Notion pages and published pages', () => {
    expect(pageLink({ ...paste, host: 'www.notion.so' })).toBe(`https://www.notion.so/${ID}`);
    expect(pageLink({ ...paste, host: 'evil.example' })).toBeUndefined();
    expect(pageLink({ ...paste, pageId: 'not-an-id' })).toBeUndefined();
    expect(pageLink({ id: 'x', at: AT, kind: 'published-password-prompt', decision: 'shown', host: 'acme.notion.site' })).toBe('https://acme.notion.site/');
  });
});

describe('security contact and where the report goes', () => {
  it.each([
    ['security@acme.com', { kind: 'email', address: 'security@acme.com' }],
    ['mailto:security@acme.com', { kind: 'email', address: 'security@acme.com' }],
    ['https://acme.com/report', { kind: 'url', url: 'https://acme.com/report' }],
    ['http://acme.com/report', undefined],
    ['javascript:alert(1)', undefined],
    ['https://user:pw@acme.com/', undefined],
    ['not an address', undefined],
    ['a@b', undefined],
    [42, undefined],
  ])('%j', (raw, out) => expect(parseSecurityContact(raw)).toEqual(out));

  it('the setting accepts an address, an https URL or nothing, and refuses the rest', () => {
    expect(VALIDATORS.securityContact(' security@acme.com ')).toBe('security@acme.com');
    expect(VALIDATORS.securityContact('')).toBe('');
    expect(VALIDATORS.securityContact('ftp://x.com')).toBeUndefined();
  });

  it('mails with subject and body, or opens the reporting page', () => {
    const r = buildReport(paste, ENGLISH, { version: '1' });
    const mail = reportTarget(parseSecurityContact('security@acme.com'), r)!;
    expect(mail.startsWith('mailto:security@acme.com?subject=')).toBe(true);
    const url = new URL(mail);
    expect(url.searchParams.get('subject')).toBe(r.subject);
    expect(url.searchParams.get('body')).toBe(r.body.replace(/\n/g, '\r\n'));
    expect(reportTarget(parseSecurityContact('https://acme.com/report'), r)).toBe('https://acme.com/report');
    expect(reportTarget(undefined, r)).toBeUndefined();
  });
});

describe('collapseRows: a status seen again and again is one row', () => {
  const status = (id: string, at: number, detail = '2fa-on'): CoachEvent => ({ id, at, kind: 'twofa-status', decision: 'recorded', detail, host: 'app.notion.com' });
  it('folds consecutive identical statuses, keeps the newest, counts them, and never folds across another event', () => {
    const invite: CoachEvent = { id: 'i', at: 50, kind: 'invite-risky', decision: 'shown' };
    const rows = collapseRows([status('a', 100), status('b', 90), status('c', 80), invite, status('d', 40), status('e', 30, '2fa-off')]);
    expect(rows.map((r) => [r.event.id, r.count, r.firstAt])).toEqual([
      ['a', 3, 80],
      ['i', 1, 50],
      ['d', 1, 40],
      ['e', 1, 30],
    ]);
  });
  it('never folds warnings or decisions, even identical ones', () => {
    const e = (id: string): CoachEvent => ({ id, at: 1, kind: 'secret-paste', decision: 'proceeded', detail: 'jwt' });
    expect(collapseRows([e('a'), e('b')])).toHaveLength(2);
  });
});
