// @vitest-environment jsdom
// Coverage recording in the page: recognitions (throttled), misses after an action that should have opened
// a surface, the login settle check, Settings without a section, one batched report; and what leaves the
// page — and then the diagnostics — holds nothing of the page, however much personal data it shows.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EXPECT_MS,
  REPORT_MS,
  SETTLE_MS,
  expectSurface,
  flushCoverage,
  noteShareSurfaces,
  resetCoverageForTests,
  seen,
  shareTrigger,
  startCoverage,
} from '../../../src/content/runtime/coverage';
import { reportError } from '../../../src/content/runtime/log';
import type { FlushListener } from '../../../src/content/runtime/observe';
import { findShareSurfaces } from '../../../src/content/notion/share-menu';
import { mergeSettings } from '../../../src/shared/settings/merge';
import { emptyCoverage, mergeReport, type CoverageReport } from '../../../src/shared/coverage/model';
import { diagnosticsText } from '../../../src/shared/coverage/diagnostics';
import { addChip, loadFixture, loadHtml, openShare, typeInto } from '../notion/fixtures';

let reports: CoverageReport[];
let life: AbortController;
let flush: FlushListener;
let settingsRaw: Record<string, unknown>;

function start() {
  life = new AbortController();
  startCoverage({
    observer: { onFlush: (l) => void (flush = l) },
    signal: life.signal,
    settings: () => mergeSettings(settingsRaw, {}),
    send: async (r) => void reports.push(JSON.parse(JSON.stringify(r)) as CoverageReport),
  });
}
const entries = () => reports.flatMap((r) => r.entries.map((e) => `${e.miss ? 'miss' : 'hit'}:${e.s}:${e.cue}:${e.n}`));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(Date.UTC(2026, 11, 3, 9));
  resetCoverageForTests();
  reports = [];
  settingsRaw = {};
  history.replaceState(null, '', '/p/Roadmap-0123456789abcdef0123456789abcdef');
});
afterEach(() => {
  life?.abort();
  vi.useRealTimers();
});

describe('recognitions', () => {
  it('a share menu is reported with the cues that found it (dialog, invite field) and its publish tab, in one batch', () => {
    start();
    loadFixture('share-a.html');
    openShare();
    for (let i = 0; i < 30; i++) {
      noteShareSurfaces(findShareSurfaces(document)); // every frame while it is open
      vi.advanceTimersByTime(16);
    }
    expect(reports).toEqual([]); // batched
    vi.advanceTimersByTime(REPORT_MS);
    expect(entries()).toEqual(['hit:share-menu:dialog#0+emailInput#0:1', 'hit:publish-panel:dialog#0+tab:1']);
    expect(reports[0]!.host).toBe('localhost');
  });

  it('is counted at most once a second per surface', () => {
    start();
    for (let i = 0; i < 100; i++) {
      seen('export', 'exportOfClick:page');
      vi.advanceTimersByTime(50);
    }
    flushCoverage();
    expect(entries()).toEqual(['hit:export:exportOfClick:page:5']);
  });
});

describe('misses', () => {
  it('the share menu not recognised within 2 s of the topbar Share press is a miss', () => {
    start();
    loadFixture('share-blind.html');
    expect(shareTrigger(document.querySelector('[data-fx=open-share]')!)).toBe('topbarShare#0');
    expectSurface('share-menu', 'topbarShare#0');
    openShare();
    for (let i = 0; i < 10; i++) {
      noteShareSurfaces(findShareSurfaces(document)); // nothing recognised
      vi.advanceTimersByTime(EXPECT_MS / 10);
    }
    flushCoverage();
    expect(entries()).toEqual(['miss:share-menu:topbarShare#0:1']);
  });

  it('a normal share menu opened by the same press is no miss', () => {
    start();
    loadFixture('share-a.html');
    expectSurface('share-menu', 'topbarShare#0');
    openShare();
    noteShareSurfaces(findShareSurfaces(document));
    vi.advanceTimersByTime(EXPECT_MS * 2);
    flushCoverage();
    expect(entries()).toEqual(['hit:share-menu:dialog#0+emailInput#0:1', 'hit:publish-panel:dialog#0+tab:1']);
  });

  it('the press that closes an open menu expects nothing', () => {
    start();
    seen('share-menu', 'dialog#0+emailInput#0');
    vi.advanceTimersByTime(100);
    expectSurface('share-menu', 'topbarShare#0');
    vi.advanceTimersByTime(EXPECT_MS * 2);
    flushCoverage();
    expect(entries().filter((e) => e.startsWith('miss'))).toEqual([]);
  });

  it("the trigger is the topbar's Share button by its own cues (class, or its name in Notion's languages), nothing else", () => {
    loadHtml('<body><div class="notion-topbar"><div role="button" id="de">Teilen</div><div role="button" id="more">…</div></div><div role="tab" id="tab">Share</div></body>');
    expect(shareTrigger(document.getElementById('de')!)).toBe('topbar+shareText');
    expect(shareTrigger(document.getElementById('more')!)).toBeUndefined();
    expect(shareTrigger(document.getElementById('tab')!)).toBeUndefined();
  });

  it('a page script cannot arm it: an untrusted click on Share is ignored', () => {
    loadFixture('share-blind.html');
    start();
    (document.querySelector('[data-fx=open-share]') as HTMLElement).click();
    vi.advanceTimersByTime(EXPECT_MS + REPORT_MS);
    expect(entries()).toEqual([]);
  });

  it('a /login page that settled with no recognised form is a miss; one with a form is recognised', () => {
    history.replaceState(null, '', '/login');
    loadHtml('<body><main><h1>Log in</h1><input type="text" class="x1" placeholder="Your work address"></main></body>');
    start();
    flush([], true);
    vi.advanceTimersByTime(SETTLE_MS + REPORT_MS);
    expect(entries()).toEqual(['miss:login:pageSettled:1']);
    reports = [];
    resetCoverageForTests();
    life.abort();
    loadFixture('login-a.html');
    start();
    flush([], true);
    vi.advanceTimersByTime(SETTLE_MS + REPORT_MS);
    expect(entries()).toEqual(['hit:login:emailInput#0:1']);
  });

  it('password coaching off: a login page without a form is not counted as a miss', () => {
    settingsRaw = { passwordMode: 'off' };
    history.replaceState(null, '', '/signup');
    loadHtml('<body><main></main></body>');
    start();
    flush([], true);
    vi.advanceTimersByTime(SETTLE_MS + REPORT_MS);
    expect(entries()).toEqual([]);
  });

  it('Settings open without a recognised section is a miss; with its tabs it is recognised', () => {
    loadHtml('<body><div class="notion-space-settings"><div class="xq">Preferences</div></div></body>');
    start();
    flush([], true);
    vi.advanceTimersByTime(EXPECT_MS + REPORT_MS);
    expect(entries()).toEqual(['miss:settings:settings#0:1']);
    reports = [];
    loadFixture('people-a.html');
    flush([], true);
    flushCoverage();
    expect(entries()[0]).toMatch(/^hit:settings:settingsTab#0:1$/);
  });
});

describe('privacy: nothing of the page leaves it', () => {
  const PERSONAL = ['Jane Doe', 'jane.doe@gmail.com', 'ada@acme.com', 'Ada Lovelace', 'Salary review', 'Q3 plans', 'customer names', '+44 20 7946 0958', 'Roadmap', 'hunter2'];

  it('a page full of personal data gives a report and diagnostics with counts and cue names only', () => {
    history.replaceState(null, '', '/p/Salary-review-Jane-Doe-0123456789abcdef0123456789abcdef?email=jane.doe@gmail.com');
    loadFixture('share-a.html');
    document.title = 'Salary review — Jane Doe | Notion';
    document.documentElement.lang = 'en';
    const note = document.createElement('p');
    note.textContent = 'Jane Doe, jane.doe@gmail.com, +44 20 7946 0958, password hunter2';
    document.body.append(note);
    start();
    const menu = openShare();
    menu.setAttribute('aria-label', 'Share Salary review with Jane Doe');
    addChip('jane.doe@gmail.com');
    typeInto('Jane Doe <jane.doe@gmail.com>');
    noteShareSurfaces(findShareSurfaces(document));
    missed();
    reportError('share-invite', 'flush', new Error('could not read jane.doe@gmail.com in Salary review'));
    reportError('share-invite', 'Jane Doe', new Error('x'));
    vi.advanceTimersByTime(REPORT_MS);
    const sent = JSON.stringify(reports);
    for (const p of PERSONAL) expect(sent, p).not.toContain(p);

    let state = emptyCoverage();
    for (const r of reports) state = mergeReport(state, r, Date.now());
    const text = diagnosticsText({ state, version: '1.4.0', userAgent: navigator.userAgent, overrides: { selectors: {}, texts: {} }, now: Date.now() });
    for (const p of PERSONAL) expect(text, p).not.toContain(p);
    expect(text).toContain('share-menu: working');
    expect(text).toContain('dialog#0+emailInput#0 x1');
    expect(text).toContain('share-invite:flush x1');
    expect(text).toContain('share-invite:other x1'); // a place is a code name ('flush', an event type), else 'other'
  });

  function missed() {
    expectSurface('general-access', 'topbarShare#0', 0);
    vi.advanceTimersByTime(1);
  }
});
