// The background's coverage writer against a fake storage.local: reports arriving together are merged in
// one write, a malformed report changes nothing, the badge is repainted only when a surface turns blind or
// working again, and the badge counts only blind surfaces whose coaching is switched on.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoverageReport } from '../../src/shared/coverage/model';
import { DEFAULTS } from '../../src/shared/settings/schema';

const area = new Map<string, unknown>();
let writes = 0;
type Handler = (p: { report: unknown }) => Promise<unknown>;
let handler: Handler | undefined;
vi.mock('../../src/platform/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (k: string) => (area.has(k) ? { [k]: structuredClone(area.get(k)) } : {}),
        set: async (items: Record<string, unknown>) => {
          writes++;
          for (const [k, v] of Object.entries(items)) area.set(k, structuredClone(v));
        },
      },
    },
  },
}));
vi.mock('../../src/platform/messaging', () => ({ handle: (h: Record<string, Handler>) => void (handler = h['coverage:report']) }));
vi.mock('../../src/platform/i18n', () => ({ t: (key: string, ...subs: unknown[]) => [key, ...subs].join('|'),
  messagesLocale: () => 'en',
  formatList: (items: string[]) => items.join(', '),
  formatDate: (at: number) => new Date(at).toISOString().slice(0, 10),
  formatDateTime: (at: number) => new Date(at).toISOString(),
  relativeDays: (d: number) => `${d}d`,
}));

const { initCoverage, blindReliedOn, blindTitle, readCoverageState } = await import('../../src/background/coverage');

const T0 = Date.now() - 60_000;
const rep = (miss: boolean, at: number, s: 'share-menu' | 'editor' = 'share-menu'): CoverageReport => ({
  entries: [{ s, miss, cue: miss ? 'topbarShare#0' : 'dialog#0', n: 1, first: at, last: at }],
  errors: {},
  host: 'app.notion.com',
  lang: 'en',
});

let repaints = 0;
beforeEach(() => {
  area.clear();
  writes = 0;
  repaints = 0;
  initCoverage(() => repaints++);
});

describe('background coverage writer', () => {
  it('merges reports that arrive together into one write, and repaints the badge only when blindness changes', async () => {
    await handler!({ report: rep(false, T0) });
    expect(writes).toBe(1);
    expect(repaints).toBe(0);
    await Promise.all([handler!({ report: rep(true, T0 + 1000) }), handler!({ report: rep(true, T0 + 2000) }), handler!({ report: rep(true, T0 + 3000) })]);
    expect(writes).toBeLessThanOrEqual(2);
    const s = await readCoverageState();
    expect(s.surfaces['share-menu']!.misses).toBe(3);
    expect(repaints).toBe(1);
    await handler!({ report: rep(true, T0 + 4000) });
    expect(repaints).toBe(1); // still blind: no repaint
    await handler!({ report: rep(false, T0 + 5000) });
    expect(repaints).toBe(2); // working again
  });

  it('a malformed report writes nothing', async () => {
    expect(await handler!({ report: { entries: [{ s: 'share-menu', miss: true, cue: 'Jane Doe', n: 1, first: T0, last: T0 }], errors: {}, host: '', lang: '' } })).toEqual({ ok: true });
    expect(writes).toBe(0);
  });

  it('the badge counts blind surfaces whose coaching is on, and its title names them', async () => {
    await handler!({ report: { ...rep(true, T0), entries: [...rep(true, T0).entries, ...rep(true, T0, 'editor').entries] } });
    expect(await blindReliedOn(DEFAULTS)).toEqual(['share-menu', 'editor']);
    expect(await blindReliedOn({ ...DEFAULTS, shareMode: 'off', disabledFeatures: ['secret-paste'] })).toEqual([]);
    expect(blindTitle(['share-menu'])).toBe('badgeTitleBlind|coverageSurfaceShareMenu');
    expect(blindTitle([])).toBe('');
  });
});
