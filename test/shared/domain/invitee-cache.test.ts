// Per-flush share classification: de-duplicated before classifying, remembered per trust context.
import { describe, expect, it, vi } from 'vitest';
import * as lib from '../../../src/shared/domain/classify';
import { createInviteeClassifier } from '../../../src/shared/domain/invitee-cache';

const trust = (trustedDomains: string[]) => ({ ownDomains: ['acme.com'], trustedDomains, existingAccess: [] });

describe('createInviteeClassifier', () => {
  it('gives the same verdicts as the classifier, each address once', () => {
    const classify = createInviteeClassifier(lib);
    const text = 'a@gmail.com, b@acme.com, a@gmail.com\nJane <j@vendor.io>, j@vendor.io';
    expect(classify([text], trust([]))).toEqual(lib.classifyInvitees(text, trust([])));
  });

  it('classifies only what is new on the next flush; a changed trust context starts again', () => {
    const spy = { splitInvitees: lib.splitInvitees, classifyInvitees: vi.fn(lib.classifyInvitees) };
    const classify = createInviteeClassifier(spy);
    const many = Array.from({ length: 300 }, (_, i) => `p${i}@gmail.com`).join(', ');
    classify([many], trust([]));
    classify([many], trust([]));
    classify([`${many}, new@vendor.io`], trust([]));
    expect(spy.classifyInvitees.mock.calls.map((c) => c[0])).toEqual([expect.stringContaining('p299@gmail.com'), 'new@vendor.io']);
    expect(classify(['x@vendor.io'], trust(['vendor.io']))[0]!.kind).toBe('trusted');
    expect(classify(['x@vendor.io'], trust([]))[0]!.kind).toBe('unknown');
  });

  it('a 20 KB field of repeated addresses is classified once per distinct address', () => {
    const spy = { splitInvitees: lib.splitInvitees, classifyInvitees: vi.fn(lib.classifyInvitees) };
    const classify = createInviteeClassifier(spy);
    const text = 'x@gmail.com, '.repeat(1600);
    expect(classify([text], trust([]))).toHaveLength(1);
    expect(spy.classifyInvitees.mock.calls[0]![0]).toBe('x@gmail.com');
  });
});
