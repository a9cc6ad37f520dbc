// "Copy diagnostics": what a bug report gets — version, browser, host, language, per surface status, cues and
// counts, detector errors, the policy's overrides — and nothing else, whatever a stored state holds.
import { describe, expect, it } from 'vitest';
import { browserName, diagnosticsText } from '../../../src/shared/coverage/diagnostics';
import { emptyCoverage, mergeReport, readCoverage } from '../../../src/shared/coverage/model';

const T0 = Date.UTC(2026, 11, 3, 10);
const UA_CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.7502.3 Safari/537.36';

describe('browserName', () => {
  it.each([
    [UA_CHROME, 'Chrome 156'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:142.0) Gecko/20100101 Firefox/142.0', 'Firefox 142'],
    ['Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.3485.54', 'Edge 140'],
    ['Jane Doe’s browser', 'unknown'],
  ])('%s → %s', (ua, name) => expect(browserName(ua)).toBe(name));
});

describe('diagnosticsText', () => {
  const state = mergeReport(
    emptyCoverage(),
    {
      entries: [
        { s: 'share-menu', miss: false, cue: 'dialog#0+emailInput#0', n: 4, first: T0, last: T0 },
        { s: 'share-menu', miss: true, cue: 'topbarShare#0', n: 2, first: T0 + 1000, last: T0 + 5000 },
        { s: 'login', miss: false, cue: 'emailInput#0', n: 1, first: T0, last: T0 },
      ],
      errors: { 'share-invite:flush': 3 },
      host: 'app.notion.com',
      lang: 'de',
    },
    T0 + 6000,
  );
  const text = diagnosticsText({
    state,
    version: '1.4.0',
    userAgent: UA_CHROME,
    overrides: { selectors: { dialog: ['.xv9b8n7'] }, texts: { isInviteButton: { de: ['Senden'], '*': ['Send', 'OK'] } } },
    now: T0 + 7000,
  });

  it('names version, browser, host, language and each surface with its cues and counts', () => {
    expect(text).toContain('Version: 1.4.0');
    expect(text).toContain('Browser: Chrome 156');
    expect(text).toContain('Notion host: app.notion.com');
    expect(text).toContain('Notion UI language: de');
    expect(text).toContain('- share-menu: NOT RECOGNISED since 2026-12-03 10:00Z (2 misses');
    expect(text).toContain('recognised: dialog#0+emailInput#0 x4');
    expect(text).toContain('missed after: topbarShare#0 x2');
    expect(text).toContain('- login: working; last recognised 2026-12-03 10:00Z');
    expect(text).toContain('- editor: not seen yet');
    expect(text).toContain('Detector errors (last 2026-12-03 10:00Z): share-invite:flush x3');
  });

  it('shows the policy selectors, and text anchors by language and count only', () => {
    expect(text).toContain('selectors dialog: ".xv9b8n7"');
    expect(text).toContain('texts isInviteButton: de x1, * x2');
    expect(text).not.toContain('Senden');
  });

  it('a tampered stored state cannot carry page content into it', () => {
    const tampered = readCoverage({
      v: 1,
      surfaces: { 'share-menu': { seen: 1, seenAt: T0, misses: 0, cues: { 'Salary review for Jane Doe': 1, 'jane@gmail.com': 2 }, missCues: {} } },
      errors: { 'share-invite:jane@gmail.com': 1 },
      host: 'https://app.notion.com/p/Salary-review',
      lang: 'Jane Doe',
    });
    const t = diagnosticsText({ state: tampered, version: '<b>1</b>', userAgent: 'Jane', overrides: { selectors: {}, texts: {} }, now: T0 });
    for (const p of ['Salary', 'Jane', 'jane@gmail.com', '<b>']) expect(t).not.toContain(p);
    expect(t).toContain('Version: unknown');
  });
});
