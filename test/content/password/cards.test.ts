// The plain-word reasons of the password cards (strings come from _locales/en through i18n.getMessage).
import { describe, expect, test, vi } from 'vitest';
import messages from '../../../extension/_locales/en/messages.json' with { type: 'json' };

vi.mock('../../../src/platform/ext', () => ({
  ext: {
    i18n: {
      getMessage: (key: string, subs: string[] = []) => {
        const m = (messages as Record<string, { message: string }>)[key]?.message ?? '';
        return m.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
      },
    },
  },
}));
import { breachedCard, breachUnavailableCard, confirmWeakCard, loginWeakCard, meterCard, reasonLines } from '../../../src/content/password/cards';
import type { StrengthVerdict } from '../../../src/shared/password/policy';

const v = (over: Partial<StrengthVerdict>): StrengthVerdict => ({ ok: false, score: 1, bucket: 'weak', reasons: [], requiredLength: 15, length: 9, ...over });

describe('reasonLines', () => {
  test('most actionable first, at most two', () => {
    const lines = reasonLines(v({ reasons: ['too-short', 'common', 'dates', 'low-score'] }));
    expect(lines).toEqual([
      'Too short: use at least 15 characters. A few random words make a long password that is easy to remember.',
      'It is one of the most common passwords, which attackers try first.',
    ]);
  });
  test('"would be guessed quickly" only when nothing more specific was found', () => {
    expect(reasonLines(v({ reasons: ['low-score'] }))).toEqual(['A password-cracking program would guess it quickly.']);
    expect(reasonLines(v({ reasons: ['personal', 'low-score'] }), 5)).toEqual([
      "It contains your name, your email or your workspace's name, which attackers try first.",
    ]);
  });
  test('with 2-step verification the shorter minimum is named', () => {
    expect(reasonLines(v({ reasons: ['too-short-2fa'], requiredLength: 8 }))[0]).toMatch(/even with 2-step verification: use at least 8/);
  });
});

describe('cards', () => {
  test('confirm: an alertdialog with the reasons, "Choose a stronger one" first, and a way through', () => {
    const picks: boolean[] = [];
    const card = confirmWeakCard(v({ reasons: ['common'] }), false, null, (p) => picks.push(p));
    expect(card.role).toBe('alertdialog');
    expect(card.body?.[0]).toMatch(/most common passwords/);
    expect(card.actions?.map((a) => [a.label, Boolean(a.primary)])).toEqual([
      ['Choose a stronger one', true],
      ['Use it anyway', false],
    ]);
    card.actions?.forEach((a) => a.onClick());
    card.onCancel?.();
    expect(picks).toEqual([false, true, false]); // Escape goes back
    // Breached only (the verdict itself was fine): says so first.
    expect(confirmWeakCard(v({ ok: true, bucket: 'strong', reasons: [] }), true, null, () => undefined).body?.[0]).toMatch(/known data breaches/);
  });

  test('the meter is role=status and names the length', () => {
    const c = meterCard(v({ ok: true, bucket: 'strong', score: 4, length: 31 }), null);
    expect(c.role).toBe('status');
    expect(c.title).toBe('Password strength: strong');
    expect(c.body).toContain('31 characters (15 needed).');
  });
  test('the login alert is role=alert and says what to do', () => {
    const c = loginWeakCard(v({ reasons: ['common', 'low-score'] }), null, () => undefined);
    expect(c.role).toBe('alert');
    // Steps are an ordered list, not alert items; a weak password is amber, not the red of a breach.
    expect(c.items).toBeUndefined();
    expect(c.steps?.join(' ')).toMatch(/Account security → Change password.*password manager.*2-step verification/s);
    expect(c.tone).toBe('caution');
    expect(breachedCard(3, false, null, () => undefined).tone ?? 'danger').toBe('danger');
  });
  test('a failed breach check is a quiet status, never an alert', () => {
    expect(breachUnavailableCard(null).role).toBe('status');
  });
});
