// @vitest-environment jsdom
// The password coaching's rooms, each against a fake session and feature context (no frame, no browser):
// what each one shows, records and sends for the surfaces it is given.
import { beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('../../../src/platform/ext', () => ({ ext: { runtime: { id: 'test' }, i18n: { getMessage: (k: string) => k, getUILanguage: () => 'en' } } }));
const sent = vi.hoisted(() => [] as { type: string; payload: unknown }[]);
vi.mock('../../../src/platform/messaging', () => ({
  send: async (type: string, payload: unknown) => {
    sent.push({ type, payload });
    return { ok: true };
  },
}));

import type { FeatureContext } from '../../../src/content/runtime/feature';
import type { CardSpec } from '../../../src/content/ui/coach-ui';
import type { PasswordSession, Surface, Surfaces } from '../../../src/content/password/session';
import type { SecretFrame } from '../../../src/content/password/frame-client';
import type { StrengthVerdict } from '../../../src/shared/password/policy';
import type { CoachEvent } from '../../../src/shared/events';
import { DEFAULTS, type Settings } from '../../../src/shared/settings/schema';
import { ownDomain } from '../../../src/content/password/own-domain';
import { sharedAccount } from '../../../src/content/password/shared-account';
import { meter } from '../../../src/content/password/meter';
import { loginCheck } from '../../../src/content/password/login-check';
import { breach } from '../../../src/content/password/breach';
import { reuse } from '../../../src/content/password/reuse';
import { confirm } from '../../../src/content/password/confirm';

const weak: StrengthVerdict = { ok: false, score: 1, bucket: 'weak', reasons: ['too-short'], requiredLength: 15, length: 6 };
const strong: StrengthVerdict = { ok: true, score: 4, bucket: 'strong', reasons: [], requiredLength: 15, length: 20 };
const flush = () => new Promise((r) => setTimeout(r, 0));

interface Fake {
  s: PasswordSession;
  cards: Map<string, CardSpec>;
  records: Omit<CoachEvent, 'id' | 'at' | 'host'>[];
  frame: { breach: ReturnType<typeof vi.fn>; reuseNotion: ReturnType<typeof vi.fn> };
  score: ReturnType<typeof vi.fn>;
  scan(now?: Partial<Surfaces>): void;
  leave(input: HTMLInputElement, kind: Surface, submitted: boolean): void;
}

function fake(settings: Partial<Settings> = {}, locked: (keyof Settings)[] = []): Fake {
  const cards = new Map<string, CardSpec>();
  const records: Fake['records'] = [];
  const ac = new AbortController();
  const ctx: FeatureContext = {
    id: 'password-coach',
    signal: ac.signal,
    settings: () => ({ values: { ...DEFAULTS, ...settings }, locked, notices: [] }),
    onSettings: () => undefined,
    onFlush: () => undefined,
    poke: () => undefined,
    listen: (target, type, handler, options) => target.addEventListener(type, handler as EventListener, { ...options, signal: ac.signal }),
    ui: { show: (c) => void cards.set(c.key, c), hide: (k) => void cards.delete(k), hideAll: () => cards.clear(), isShown: (k) => cards.has(k) },
    holdPresses: () => () => undefined, // password coaching holds no presses
    onDialogPress: () => undefined,
    record: (e) => void records.push(e),
  };
  const frame = { breach: vi.fn(async () => ({ status: 'clean' as const })), reuseNotion: vi.fn(async () => undefined as string | undefined) };
  const score = vi.fn(async (_v: string): Promise<StrengthVerdict | undefined> => weak);
  const fields = new WeakMap<HTMLInputElement, { version: number }>();
  const scanners: (() => void)[] = [];
  const leavers: ((i: HTMLInputElement, k: Surface, sub: boolean) => void)[] = [];
  const now: Surfaces = { account: {} };
  const s: PasswordSession = {
    ctx,
    now,
    frame: () => frame as unknown as SecretFrame,
    field: (input) => {
      let f = fields.get(input);
      if (!f) fields.set(input, (f = { version: 0 }));
      return f;
    },
    score,
    anchorOf: () => null,
    recordVerdict: (input, v) => {
      const f = s.field(input);
      if (f.recorded === f.version) return;
      f.recorded = f.version;
      ctx.record({ kind: 'password-verdict', decision: 'recorded', detail: v.bucket });
    },
    kindOf: () => undefined,
    keepFrame: () => undefined,
    onScan: (cb) => void scanners.push(cb),
    onLeave: (cb) => void leavers.push(cb),
    scan: () => scanners.forEach((cb) => cb()),
    leave: (input, submitted) => leavers.forEach((cb) => cb(input, 'new', submitted)),
  };
  return {
    s,
    cards,
    records,
    frame,
    score,
    scan(over = {}) {
      Object.assign(now, over);
      s.scan();
    },
    leave: (input, kind, submitted) => leavers.forEach((cb) => cb(input, kind, submitted)),
  };
}

const input = (value = '', type = 'password') => {
  const el = document.createElement('input');
  el.type = type;
  el.value = value;
  document.body.append(el);
  return el;
};

beforeEach(() => {
  sent.length = 0;
  document.body.replaceChildren();
});

describe('own-domain', () => {
  test('learns from Account security once, only while no own domain is set', () => {
    const f = fake();
    ownDomain(f.s);
    f.scan({ accountInfo: { email: 'jane@acme.com' } });
    f.scan({ accountInfo: { email: 'jane@acme.com' } });
    expect(sent).toEqual([{ type: 'settings:learn-own-domain', payload: { email: 'jane@acme.com' } }]);
    const g = fake({ ownDomains: ['globex.io'] });
    ownDomain(g.s);
    sent.length = 0;
    g.scan({ accountInfo: { email: 'jane@acme.com' } });
    const h = fake({}, ['ownDomains']);
    ownDomain(h.s);
    h.scan({ accountInfo: { email: 'jane@acme.com' } });
    expect(sent).toEqual([]);
  });
});

describe('shared-account', () => {
  test('a role address gets a status note, recorded once; closing it keeps it closed', () => {
    const f = fake();
    sharedAccount(f.s);
    const root = document.createElement('form');
    f.scan({ login: { kind: 'login', root, emailText: 'team@acme.com', secret: input(), secretKind: 'password', secretIsNew: false } });
    expect(f.cards.get('shared')?.role).toBe('status');
    f.scan();
    expect(f.records).toEqual([{ kind: 'shared-account', decision: 'shown', domains: ['acme.com'], detail: 'login' }]);
    f.cards.get('shared')!.actions![0]!.onClick();
    f.scan();
    expect(f.cards.has('shared')).toBe(false);
  });
  test('a personal address gets nothing', () => {
    const f = fake();
    sharedAccount(f.s);
    f.scan({ login: { kind: 'login', root: document.body, emailText: 'jane@acme.com', secretIsNew: false } });
    expect(f.cards.size).toBe(0);
  });
});

describe('meter', () => {
  test('rates the new password; latest wins; the verdict is "now" only for the same version', async () => {
    const f = fake();
    const m = meter(f.s);
    const next = input('abc');
    f.scan({ meterInput: next });
    await flush();
    expect(f.cards.get('meter')?.role).toBe('status');
    expect(m.verdictNow(next)).toEqual(weak);
    f.s.field(next).version += 1;
    expect(m.verdictNow(next)).toBeUndefined();
    // Three quick inputs while one score is in flight: one more score, not three.
    f.score.mockClear();
    for (const v of ['abcd', 'abcde', 'abcdef']) {
      next.value = v;
      next.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await flush();
    await flush();
    expect(f.score.mock.calls.length).toBeLessThanOrEqual(2);
    expect(f.score.mock.calls.at(-1)![0]).toBe('abcdef');
  });
  test('a submitted new password records its verdict once', async () => {
    const f = fake();
    meter(f.s);
    const next = input('abc');
    f.scan({ meterInput: next });
    await flush();
    f.leave(next, 'new', true);
    f.leave(next, 'new', true);
    await flush();
    expect(f.records).toEqual([{ kind: 'password-verdict', decision: 'recorded', detail: 'weak' }]);
  });
});

describe('login-check', () => {
  test('a weak password in use → an alert once per version; a strong one hides it', async () => {
    const f = fake();
    loginCheck(f.s);
    const secret = input('hunter2');
    f.leave(secret, 'login', false);
    f.leave(secret, 'login', true);
    await flush();
    expect(f.cards.get('login-weak')?.role).toBe('alert');
    expect(f.score).toHaveBeenCalledTimes(1);
    f.score.mockResolvedValue(strong);
    f.s.field(secret).version += 1;
    f.leave(secret, 'login', true);
    await flush();
    expect(f.cards.has('login-weak')).toBe(false);
  });
  test('a new password is not its business', async () => {
    const f = fake();
    loginCheck(f.s);
    f.leave(input('x'), 'new', true);
    await flush();
    expect(f.score).not.toHaveBeenCalled();
  });
});

describe('breach', () => {
  test('off by default: the frame is never asked', async () => {
    const f = fake();
    breach(f.s);
    f.leave(input('password1'), 'login', true);
    await flush();
    expect(f.frame.breach).not.toHaveBeenCalled();
  });
  test('on: a breached password → alert and record; unavailable → a quiet status', async () => {
    const f = fake({ breachCheck: true });
    breach(f.s);
    f.frame.breach.mockResolvedValueOnce({ status: 'breached', count: 3 } as never);
    const pw = input('password1');
    f.leave(pw, 'new', false);
    f.leave(pw, 'new', true); // same version: asked once
    await flush();
    expect(f.frame.breach).toHaveBeenCalledTimes(1);
    expect(f.cards.get('breach')?.role).toBe('alert');
    expect(f.records).toEqual([{ kind: 'password-breached', decision: 'shown', detail: 'new-password' }]);
    expect(f.s.field(pw).breached).toBe(0);
    f.frame.breach.mockResolvedValueOnce({ status: 'unavailable' } as never);
    f.s.field(pw).version += 1;
    f.leave(pw, 'login', false);
    await flush();
    expect([...f.cards.values()].some((c) => c.role === 'status')).toBe(true);
  });
});

describe('reuse', () => {
  test('the fingerprint is taken only after the form is gone; a reuse shows the card and is recorded', async () => {
    const f = fake({ reuseWatch: true });
    reuse(f.s);
    f.frame.reuseNotion.mockResolvedValue('shop.example.net');
    const secret = input('Copper-Lantern-Meadow-91');
    const login = { kind: 'login' as const, root: document.body, secret, secretKind: 'password' as const, secretIsNew: false };
    f.scan({ login });
    f.leave(secret, 'login', true);
    f.scan({ login });
    expect(f.frame.reuseNotion).not.toHaveBeenCalled(); // still on screen: maybe mistyped
    secret.remove();
    f.scan({ login: undefined });
    await flush();
    expect(f.frame.reuseNotion).toHaveBeenCalledWith('Copper-Lantern-Meadow-91');
    expect(f.records).toEqual([{ kind: 'password-reused', decision: 'shown', domains: ['shop.example.net'], detail: 'notion' }]);
    expect(f.cards.get('reuse')?.role).toBe('alert');
  });
  test('off: nothing is kept', async () => {
    const f = fake();
    reuse(f.s);
    const secret = input('x-password');
    f.leave(secret, 'login', true);
    secret.remove();
    f.scan({});
    await flush();
    expect(f.frame.reuseNotion).not.toHaveBeenCalled();
  });
});

describe('confirm', () => {
  test('confirm mode holds saving a weak new password; "Use it anyway" replays the press once and records it', async () => {
    const f = fake({ passwordMode: 'confirm' });
    const m = meter(f.s);
    confirm(f.s, m);
    const root = document.createElement('div');
    const next = input('abc');
    const save = document.createElement('button');
    save.setAttribute('data-submit', '');
    root.append(next, save);
    document.body.append(root);
    const pressed = vi.fn();
    save.addEventListener('click', pressed);
    f.scan({ dialog: { root, next }, meterInput: next });
    await flush();
    save.click();
    const card = f.cards.get('confirm')!;
    expect(card.role).toBe('alertdialog');
    expect(pressed).not.toHaveBeenCalled();
    card.actions!.find((a) => !a.primary)!.onClick();
    expect(pressed).toHaveBeenCalledTimes(1);
    expect(f.records).toContainEqual({ kind: 'password-verdict', decision: 'proceeded', detail: 'weak' });
  });
  test('coach mode never holds', async () => {
    const f = fake();
    confirm(f.s, meter(f.s));
    const next = input('abc');
    f.scan({ meterInput: next });
    const pressed = vi.fn();
    const save = document.createElement('button');
    save.addEventListener('click', pressed);
    document.body.append(save);
    save.click();
    expect(pressed).toHaveBeenCalledTimes(1);
    expect(f.cards.has('confirm')).toBe(false);
  });
});
