// The background's log store against a fake storage.local: format 2 writes, and a full storage (quota)
// that still takes new events by keeping the newer half of the log.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoachEvent } from '../../src/shared/events';

const area = new Map<string, unknown>();
let quota = Infinity;
vi.mock('../../src/platform/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (k: string) => (area.has(k) ? { [k]: area.get(k) } : {}),
        set: async (items: Record<string, unknown>) => {
          if (JSON.stringify(items).length > quota) throw new Error('QUOTA_BYTES quota exceeded');
          for (const [k, v] of Object.entries(items)) area.set(k, v);
        },
      },
    },
  },
}));
vi.mock('../../src/platform/settings', () => ({
  getSettings: async () => ({ values: { logRetentionDays: 90, logMaxEvents: 1000 } }),
}));

const { recordEvents, readLog } = await import('../../src/background/log-store');

const ev = (i: number, kind: CoachEvent['kind'] = 'invite-risky'): CoachEvent => ({ id: `e${i}`, at: Date.now() - (1000 - i) * 1000, kind, decision: 'shown', pageTitle: 'Page '.repeat(20) });

beforeEach(() => {
  area.clear();
  quota = Infinity;
});

describe('log store', () => {
  it('stores one string (format 2) and reads it back', async () => {
    await recordEvents([ev(1), ev(2)]);
    expect(typeof area.get('log')).toBe('string');
    expect((await readLog()).map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('reads a format-1 array and converts it on the next write', async () => {
    area.set('log', [ev(1)]);
    await recordEvents([ev(2)]);
    expect(typeof area.get('log')).toBe('string');
    expect((await readLog()).map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('a full storage still takes the new event: the newer half is kept, with the latest evidence', async () => {
    await recordEvents([{ id: 'backup', at: Date.now() - 5_000_000, kind: 'backup', decision: 'recorded' }, ...Array.from({ length: 100 }, (_, i) => ev(i))]);
    quota = (area.get('log') as string).length; // exactly full
    await recordEvents([ev(500)]);
    const ids = (await readLog()).map((e) => e.id);
    expect(ids).toContain('e500');
    expect(ids).toContain('backup');
    expect(ids.length).toBeLessThanOrEqual(52);
    expect(ids).not.toContain('e0');
  });

  it('when even half does not fit, the write fails (the sender retries) and the log is unchanged', async () => {
    await recordEvents([ev(1)]);
    quota = 0;
    await expect(recordEvents([ev(2)])).rejects.toThrow(/quota/);
    quota = Infinity;
    expect((await readLog()).map((e) => e.id)).toEqual(['e1']);
  });
});
