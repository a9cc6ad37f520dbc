import { describe, expect, it } from 'vitest';
import {
  MAX_AGE_MS,
  MAX_OTHERS,
  emptyReuseState,
  matchNotion,
  matchOther,
  pruneExpired,
  rememberNotion,
  rememberOther,
  type ReuseState,
} from '../../../src/shared/password/reuse-store';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 1);
const fp = (n: number) => n.toString(16).padStart(9, '0');
const base = (): ReuseState => emptyReuseState('AAECAwQFBgcICQoLDA0ODw==');

describe('reuse-store', () => {
  it('remembers and matches', () => {
    const s = rememberOther(base(), fp(1), 'Example.com', T0);
    expect(s.others).toEqual([{ fp: fp(1), host: 'example.com', at: T0 }]);
    expect(matchOther(s, fp(1), T0 + DAY)).toEqual({ host: 'example.com' });
    expect(matchOther(s, fp(2), T0 + DAY)).toBeUndefined();
  });

  it(`caps at ${MAX_OTHERS}, keeping the newest`, () => {
    let s = base();
    for (let k = 0; k < 15; k += 1) s = rememberOther(s, fp(k), `site${k}.example`, T0 + k * 1000);
    expect(MAX_OTHERS).toBe(10);
    expect(s.others).toHaveLength(10);
    expect(s.others.map((o) => o.host)).toEqual(Array.from({ length: 10 }, (_, i) => `site${14 - i}.example`));
    expect(matchOther(s, fp(0), T0 + 20_000)).toBeUndefined(); // evicted
    expect(matchOther(s, fp(14), T0 + 20_000)).toEqual({ host: 'site14.example' });
  });

  it('de-dupes by host (case-insensitive): a new fingerprint replaces the old', () => {
    let s = rememberOther(base(), fp(1), 'a.example', T0);
    s = rememberOther(s, fp(2), 'b.example', T0 + 1);
    s = rememberOther(s, fp(3), 'A.EXAMPLE.', T0 + 2);
    expect(s.others.map((o) => [o.host, o.fp])).toEqual([
      ['a.example', fp(3)],
      ['b.example', fp(2)],
    ]);
    expect(matchOther(s, fp(1), T0 + 3)).toBeUndefined();
  });

  it.each([
    { age: 0, kept: true },
    { age: MAX_AGE_MS, kept: true }, // exactly 90 days
    { age: MAX_AGE_MS + 1, kept: false },
    { age: 365 * DAY, kept: false },
    { age: -DAY, kept: true }, // small clock skew
    { age: -2 * DAY, kept: false }, // dated in the future: cannot live forever
  ])('expiry: entry aged $age ms kept=$kept', ({ age, kept }) => {
    const s: ReuseState = { ...base(), others: [{ fp: fp(9), host: 'x.example', at: T0 - age }] };
    expect(pruneExpired(s, T0).others).toHaveLength(kept ? 1 : 0);
    expect(matchOther(s, fp(9), T0) !== undefined).toBe(kept);
  });

  it('90 days is the documented window', () => {
    expect(MAX_AGE_MS).toBe(90 * DAY);
  });

  it('rememberOther drops expired entries as it goes', () => {
    let s = rememberOther(base(), fp(1), 'old.example', T0);
    s = rememberOther(s, fp(2), 'new.example', T0 + 91 * DAY);
    expect(s.others.map((o) => o.host)).toEqual(['new.example']);
  });

  it('never mutates its input', () => {
    const s = rememberNotion(rememberOther(base(), fp(1), 'a.example', T0), fp(7), T0);
    const snapshot = JSON.parse(JSON.stringify(s));
    rememberOther(s, fp(2), 'a.example', T0 + 1);
    pruneExpired(s, T0 + 365 * DAY);
    rememberNotion(s, fp(8), T0 + 2);
    expect(s).toEqual(snapshot);
  });

  it.each([
    { name: 'non-fingerprint fp', fpv: 'not-hex!!', host: 'a.example' },
    { name: 'too long fp (full hash)', fpv: 'a'.repeat(64), host: 'a.example' },
    { name: 'empty host', fpv: fp(1), host: '  ' },
  ])('ignores $name', ({ fpv, host }) => {
    expect(rememberOther(base(), fpv, host, T0).others).toEqual([]);
  });

  it('a non-finite clock changes nothing and matches nothing', () => {
    const s = rememberOther(base(), fp(1), 'a.example', T0);
    expect(rememberOther(s, fp(2), 'b.example', Number.NaN)).toEqual(s);
    expect(pruneExpired(s, Number.NaN)).toEqual(s);
    expect(matchOther(s, fp(1), Number.NaN)).toBeUndefined();
  });

  it('keeps the Notion fingerprint and salt through transitions', () => {
    let s = rememberNotion(base(), fp(5), T0);
    s = rememberOther(s, fp(1), 'a.example', T0 + 200 * DAY);
    s = pruneExpired(s, T0 + 400 * DAY);
    expect(s.notion).toEqual({ fp: fp(5), at: T0 });
    expect(s.salt).toBe(base().salt);
    expect(matchNotion(s, fp(5))).toBe(true);
    expect(matchNotion(s, fp(6))).toBe(false);
    expect(rememberNotion(s, 'bad', T0).notion).toEqual({ fp: fp(5), at: T0 });
  });

  it('matchOther returns only the host', () => {
    const s = rememberOther(base(), fp(1), 'a.example', T0);
    expect(Object.keys(matchOther(s, fp(1), T0)!)).toEqual(['host']);
  });
});
