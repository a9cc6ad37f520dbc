import { describe, expect, test } from 'vitest';
import {
  FRAME_HELLO,
  MAX_FRAME_PASSWORD,
  clipForFrame,
  isFrameReply,
  isFrameRequest,
  isFrameToken,
  isHello,
  newFrameToken,
} from '../../../src/shared/password/frame-protocol';
import { DEFAULT_POLICY } from '../../../src/shared/password/policy';

const policy = { ...DEFAULT_POLICY };

describe('handshake token', () => {
  test('128 random bits as 32 hex chars, different each time', () => {
    const a = newFrameToken();
    expect(isFrameToken(a)).toBe(true);
    expect(a).not.toBe(newFrameToken());
  });
  test('hello only with the exact token', () => {
    const token = newFrameToken();
    expect(isHello({ type: FRAME_HELLO, token }, token)).toBe(true);
    expect(isHello({ type: FRAME_HELLO, token: newFrameToken() }, token)).toBe(false);
    expect(isHello({ type: FRAME_HELLO, token }, '')).toBe(false); // a frame opened without a token accepts nobody
    expect(isHello({ type: 'other', token }, token)).toBe(false);
    expect(isHello(null, token)).toBe(false);
  });
});

describe('requests', () => {
  test.each([
    [{ id: 1, op: 'score', password: 'pw', context: {}, policy }, true],
    [{ id: 1, op: 'score', password: 'pw', context: { email: 'a@b.co' }, policy, has2fa: true }, true],
    [{ id: 1, op: 'breach', password: 'pw' }, true],
    [{ id: 1, op: 'reuse-notion', password: 'pw' }, true],
    [{ id: 1, op: 'score', password: 'pw', context: {}, policy: {} }, false],
    [{ id: 1, op: 'score', password: 'pw', context: { email: 5 }, policy }, false],
    [{ id: 1.5, op: 'breach', password: 'pw' }, false],
    [{ id: 1, op: 'breach', password: 'x'.repeat(MAX_FRAME_PASSWORD + 1) }, false],
    [{ id: 1, op: 'dump', password: 'pw' }, false],
    [{ id: 1, op: 'breach' }, false],
    // Learning the own domain is not the secret frame's work any more: the frame answers nothing to it.
    [{ id: 1, op: 'learn-domain', email: 'jane@acme.com' }, false],
  ])('%j → %s', (v, want) => expect(isFrameRequest(v)).toBe(want));
});

describe('replies', () => {
  test.each([
    [{ id: 1, op: 'score', verdict: { ok: true, reasons: [] } }, true],
    [{ id: 1, op: 'breach', result: { status: 'clean' } }, true],
    [{ id: 1, op: 'breach', result: { status: 'maybe' } }, false],
    [{ id: 1, op: 'reuse-notion' }, true],
    [{ id: 1, op: 'reuse-notion', reusedOn: 'example.com' }, true],
    [{ id: 1, op: 'error' }, true],
    [{ id: 1, op: 'learn-domain' }, false],
    [{ op: 'error' }, false],
  ])('%j → %s', (v, want) => expect(isFrameReply(v)).toBe(want));
});

describe('clipForFrame', () => {
  test('short passwords unchanged; a 10,000-char paste cut to 1,000', () => {
    expect(clipForFrame('abc')).toBe('abc');
    expect(clipForFrame('a'.repeat(10_000))).toHaveLength(MAX_FRAME_PASSWORD);
  });
  test('never cuts a surrogate pair in half', () => {
    const s = 'a'.repeat(MAX_FRAME_PASSWORD - 1) + '😀';
    const out = clipForFrame(s);
    expect(out).toHaveLength(MAX_FRAME_PASSWORD - 1);
    expect(out.at(-1)).toBe('a');
  });
});
