import { describe, expect, test } from 'vitest';
import { learnOwnDomain, ownDomainFromEmail } from '../../../src/shared/domain/own-domain';

describe('ownDomainFromEmail', () => {
  test.each([
    ['jane@acme.com', 'acme.com'],
    ['Jane.Doe@EU.Acme.com', 'acme.com'],
    ['jane@mail.acme.co.uk', 'acme.co.uk'],
    ['jane@bücher.de', 'xn--bcher-kva.de'],
    ['jane@gmail.com', undefined],
    ['jane@hotmail.co.uk', undefined],
    ['jane@proton.me', undefined],
    ['jane', undefined],
    ['@acme.com', undefined],
    ['jane@localhost', undefined],
    ['jane@co.uk', undefined],
  ])('%s → %s', (email, want) => expect(ownDomainFromEmail(email)).toBe(want));
});

describe('learnOwnDomain', () => {
  test('adds a new work domain once', () => {
    expect(learnOwnDomain([], 'jane@acme.com')).toEqual(['acme.com']);
    const cur = ['acme.com'];
    expect(learnOwnDomain(cur, 'bob@acme.com')).toBe(cur);
  });
  test('never learns a personal mail domain', () => {
    const cur: string[] = [];
    expect(learnOwnDomain(cur, 'jane@gmail.com')).toBe(cur);
  });
});
