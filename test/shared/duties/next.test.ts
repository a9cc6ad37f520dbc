import { describe, expect, it } from 'vitest';
import { dutyStates, nextThings, primaryAction, type DutyId } from '../../../src/shared/duties';
import { NOW, daysAgo, ev, inputs } from './helpers';

const ids = (things: ReturnType<typeof nextThings>) => things.map((n) => [n.state.id, n.kind, n.action]);

describe('nextThings (what the popup leads with)', () => {
  it('a fresh install: the three heaviest duties not checked yet, in catalogue order, none due', () => {
    expect(ids(nextThings(dutyStates(inputs([], {}, undefined, NOW))))).toEqual([
      ['trusted-collaborators', 'unknown', 'mark'],
      ['strong-passwords', 'unknown', 'open-notion'],
      ['two-step', 'unknown', 'open-notion'],
    ]);
  });

  it('needs attention first, then due, then not checked', () => {
    const log = [ev('twofa-status', 1, 'recorded', '2fa-off'), ev('backup', 1)];
    // Installed long ago: the never-done reviews (access, devices) are due; backups is fresh.
    expect(ids(nextThings(dutyStates(inputs(log))))).toEqual([
      ['two-step', 'attention', 'open-notion'],
      ['review-permissions', 'due', 'mark'],
      ['revoke-sessions', 'due', 'mark'],
    ]);
  });

  it('within a kind, heavier duties first', () => {
    const log = [ev('secret-paste', 1, 'proceeded'), ev('invite-risky', 1, 'proceeded'), ev('published-password-prompt', 1, 'shown')];
    const next = nextThings(dutyStates(inputs(log, {}, undefined, NOW)));
    expect(next.map((n) => n.state.id)).toEqual(['trusted-collaborators', 'retention', 'report-issues']);
    expect(next.map((n) => n.kind)).toEqual(['attention', 'attention', 'attention']);
    // Phishing seen: the one action is where to report it.
    expect(next[2]!.action).toBe('open-help');
  });

  it('OK duties are never listed; fewer than three when little is left', () => {
    const marks = Object.fromEntries(
      (['trusted-collaborators', 'review-permissions', 'strong-passwords', 'no-shared-logins', 'two-step', 'watch-activity', 'revoke-sessions', 'offboarding', 'responsible-use', 'report-issues', 'retention'] as DutyId[]).map((id) => [id, daysAgo(1)]),
    );
    const next = nextThings(dutyStates(inputs([ev('backup', 1)], marks)));
    expect(ids(next)).toEqual([['accurate-data', 'unknown', 'mark']]);
    expect(nextThings(dutyStates(inputs([ev('backup', 1)], { ...marks, 'accurate-data': NOW })))).toEqual([]);
  });

  it('a review duty only looked at is still a next thing, with "Mark as reviewed"', () => {
    const next = nextThings(dutyStates(inputs([ev('access-reviewed', 0, 'recorded', 'people-list')], {}, undefined, NOW)), 13);
    const access = next.find((n) => n.state.id === 'review-permissions')!;
    expect(access).toMatchObject({ kind: 'unknown', action: 'mark' });
    expect(access.state.evidence.code).toBe('access-looked-at');
  });

  it('the one action: open Notion where SRM Coach sees the fix, mark where only the user can tell', () => {
    const by = Object.fromEntries(dutyStates(inputs()).map((s) => [s.id, primaryAction(s)]));
    expect(by).toMatchObject({ 'two-step': 'open-notion', 'strong-passwords': 'open-notion', backups: 'open-notion', offboarding: 'mark', 'review-permissions': 'mark', 'report-issues': 'mark' });
  });
});
