// @vitest-environment jsdom
// The activity log page against a fake background (the same filtering as the real one, over an in-memory
// log): rows with a plain detail, statuses folded, "Report…" only where it matters, the report preview
// with the organisation's contact, `?report=<id>`, and pages of 100 rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoachEvent } from '../../src/shared/events';

const EN = JSON.parse(readFileSync(join(__dirname, '../../extension/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const fake = vi.hoisted(() => ({ events: [] as CoachEvent[], managed: {} as Record<string, unknown>, messages: [] as string[] }));

vi.mock('../../src/platform/ext', async () => {
  const { filterEvents, cleanFilter } = await import('../../src/shared/log/filter');
  const page = (p: { filter: Record<string, unknown>; before?: [number, number]; limit: number }) => {
    const f = cleanFilter(p.filter);
    const all = [...fake.events].sort((a, b) => a.at - b.at).map((e, i) => ({ e, key: [e.at, i] as [number, number] }));
    const hits = all.filter(({ e }) => filterEvents([e], f).length === 1).reverse();
    const start = p.before ? hits.findIndex(({ key }) => key[0] < p.before![0] || (key[0] === p.before![0] && key[1] < p.before![1])) : 0;
    const slice = start < 0 ? [] : hits.slice(start, start + p.limit);
    const more = start >= 0 && start + p.limit < hits.length;
    return { events: slice.map(({ e }) => e), next: more ? slice[slice.length - 1]!.key : undefined, matched: hits.length, total: fake.events.length };
  };
  return {
    ext: {
      runtime: {
        id: 'test',
        getURL: (p: string) => `chrome-extension://test/${p}`,
        getManifest: () => ({ version: '0.1.0', web_accessible_resources: [] }),
        sendMessage: async ({ type, payload }: { type: string; payload: Record<string, unknown> }) => {
          fake.messages.push(type);
          if (type === 'log:page') return page(payload as Parameters<typeof page>[0]);
          if (type === 'log:event') {
            const event = fake.events.find((e) => e.id === payload.id);
            return event ? { event } : {};
          }
          if (type === 'log:get') return { events: fake.events };
          return { ok: true };
        },
      },
      i18n: {
        getMessage: (k: string, subs: string[] = []) => (k === '@@ui_locale' ? 'en' : (EN[k]?.message ?? '').replace(/\$([1-9])/g, (_: string, n: string) => subs[Number(n) - 1] ?? '')),
        getUILanguage: () => 'en',
      },
      storage: {
        onChanged: { addListener: () => undefined, removeListener: () => undefined },
        sync: { get: async () => ({}) },
        local: { get: async () => ({ managedMirror: fake.managed }), set: async () => undefined },
        managed: { get: async () => fake.managed },
      },
    },
  };
});

const { render } = await import('preact');
const { ActivityLog } = await import('../../src/log/log');

const NOW = Date.now();
const ev = (id: string, minutesAgo: number, extra: Partial<CoachEvent>): CoachEvent => ({ id, at: NOW - minutesAgo * 60_000, kind: 'twofa-status', decision: 'recorded', ...extra });
/** Waits until `ready()` holds (the page reads its data through async messages), at most 5 s. */
const until = async (ready: () => boolean): Promise<void> => {
  const end = Date.now() + 5000;
  while (!ready()) {
    if (Date.now() > end) throw new Error('the page did not get there in 5 s');
    await new Promise((r) => setTimeout(r, 5));
  }
};
const rows = () => [...document.querySelectorAll('tbody tr')] as HTMLTableRowElement[];
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (name: RegExp) => [...document.querySelectorAll('button')].find((b) => name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''));

let root: HTMLElement;
beforeEach(() => {
  fake.events = [];
  fake.managed = {};
  fake.messages = [];
  root = document.createElement('main');
  document.body.append(root);
  history.replaceState(null, '', '/src/log/index.html');
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('activity log page', () => {
  it('says what each row means, folds a repeated status, and offers a report only where it matters', async () => {
    fake.events = [
      ...[1, 2, 3, 4].map((m) => ev(`s${m}`, m, { detail: '2fa-on', host: 'app.notion.com' })),
      ev('p', 5, { kind: 'secret-paste', decision: 'proceeded', detail: 'aws-access-key', pageTitle: 'Runbook', pageId: '0123456789abcdef0123456789abcdef', host: 'app.notion.com' }),
      ev('i', 6, { kind: 'invite-risky', decision: 'shown', domains: ['vendor.io'], reasons: ['unknown'] }),
    ];
    render(<ActivityLog />, root);
    await until(() => rows().length > 0);
    expect(text(document.querySelector('[data-testid=log-count]'))).toBe('Showing 6 of 6 events.');
    expect(rows()).toHaveLength(3);
    expect(text(rows()[0])).toContain('2-step verification was on.');
    expect(text(rows()[0])).toMatch(/Seen 4 times, last /);
    expect(text(rows()[1])).toContain('Pasted into the page: an AWS access key.');
    expect(text(rows()[1])).not.toContain('aws-access-key');
    expect(text(rows()[2])).toContain('An invite to vendor.io (not a trusted domain).');
    expect(rows().map((r) => r.querySelectorAll('button').length)).toEqual([0, 1, 0]);
  });

  it('previews the report before anything is sent, addressed to the policy\'s contact', async () => {
    fake.managed = { securityContact: 'security@example.com' };
    fake.events = [ev('p', 5, { kind: 'secret-paste', decision: 'proceeded', detail: 'aws-access-key,github-token', pageTitle: 'Runbook', pageId: '0123456789abcdef0123456789abcdef', host: 'app.notion.com' })];
    render(<ActivityLog />, root);
    await until(() => !!button(/^Report: Secret pasted/));
    button(/^Report: Secret pasted/)!.click();
    await until(() => document.activeElement?.textContent === 'Report to your security team');
    await until(() => text(document.querySelector('[data-testid=report-to]')).startsWith('To:'));
    const preview = document.querySelector('[data-testid=report-preview]')!;
    expect(text(preview.querySelector('[data-testid=report-to]'))).toBe('To: security@example.com');
    const body = (preview.querySelector('textarea') as HTMLTextAreaElement).value;
    expect(body).toContain('Pasted into the page: an AWS access key and a GitHub token. I went ahead anyway.');
    expect(body).toContain('Link: https://app.notion.com/p/0123456789abcdef0123456789abcdef');
    const mail = preview.querySelector('a[data-testid=report-mail]')!.getAttribute('href')!;
    expect(new URL(mail).searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));
    expect(document.activeElement?.textContent).toBe('Report to your security team');
  });

  it('opens straight into the preview of `?report=<id>`, and says so calmly when the event is gone', async () => {
    fake.events = [ev('x1', 1, { kind: 'published-password-prompt', decision: 'shown', host: 'acme.notion.site' })];
    history.replaceState(null, '', '/src/log/index.html?report=x1');
    render(<ActivityLog />, root);
    await until(() => !!document.querySelector('[data-testid=report-preview]'));
    expect(document.querySelector('[data-testid=report-preview]')?.getAttribute('data-event-id')).toBe('x1');
    expect(text(document.querySelector('[data-testid=report-to]'))).toContain('has not set a security contact');
    render(null, root);
    history.replaceState(null, '', '/src/log/index.html?report=gone');
    render(<ActivityLog />, root);
    await until(() => text(document.querySelector('[role=status]')) !== '');
    expect(document.querySelector('[data-testid=report-preview]')).toBeNull();
    expect(text(document.querySelector('[role=status]'))).toBe('That event is no longer in the activity log.');
  });

  it('reads 100 rows at a time, newest first', async () => {
    fake.events = Array.from({ length: 230 }, (_, i) => ev(`e${i}`, i + 1, { kind: 'invite-risky', decision: 'shown', domains: [`v${i}.example`] }));
    render(<ActivityLog />, root);
    await until(() => rows().length > 0);
    expect(rows()).toHaveLength(100);
    expect(text(rows()[0])).toContain('v0.example');
    button(/^Show more$/)!.click();
    await until(() => rows().length > 100);
    expect(rows()).toHaveLength(200);
    button(/^Show more$/)!.click();
    await until(() => rows().length > 200);
    expect(rows()).toHaveLength(230);
    expect(text(rows()[229])).toContain('v229.example');
    expect(button(/^Show more$/)).toBeUndefined();
    expect(fake.messages.filter((m) => m === 'log:page')).toHaveLength(3);
  });
});
