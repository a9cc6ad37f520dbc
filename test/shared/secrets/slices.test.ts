// Scanning a big paste a slice at a time: the same findings as one scan, secrets across slice boundaries
// included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCAN_CONTEXT, SCAN_SLICE_CHARS, SECRET_SCAN_MAX_CHARS, SecretScan, scanForSecrets, scanInSlices } from '../../../src/shared/secrets';
import { regionOf } from '../../../src/shared/secrets/region';
import * as f from './fixtures';

const now = (): Promise<void> => Promise.resolve();
const fillWith = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/** One of every kind (the GCP file's own key is reported as the file). */
const SECRETS: Array<[string, string]> = [
  ['private-key', f.pem('RSA ')],
  ['aws-access-key', f.awsKey()],
  ['gcp-service-account', f.serviceAccount()],
  ['azure-storage-key', f.azureConn()],
  ['github-token', f.ghFineGrained()],
  ['gitlab-token', f.glToken()],
  ['slack-token', f.slackUser()],
  ['slack-webhook', f.slackHook()],
  ['stripe-key', f.stripeKey()],
  ['openai-key', f.openaiProject()],
  ['anthropic-key', f.anthropicKey()],
  ['google-api-key', f.googleKey()],
  ['twilio-key', f.twilioKey()],
  ['sendgrid-key', f.sendgridKey()],
  ['npm-token', f.npmToken()],
  ['jwt', f.jwt()],
  ['payment-card', '4111 1111 1111 1111'],
];

describe('regionOf', () => {
  it('reads SCAN_CONTEXT beyond each side, and the whole string when that is all of it', () => {
    const text = 'x'.repeat(100_000);
    const r = regionOf(text, 50_000, 60_000);
    expect([r.offset, r.text.length, r.from, r.to]).toEqual([50_000 - SCAN_CONTEXT, 10_000 + 2 * SCAN_CONTEXT, 50_000, 60_000]);
    expect(regionOf(text, 0, text.length).text).toBe(text);
    expect(regionOf(text, 90_000, 100_000).text.length).toBe(10_000 + SCAN_CONTEXT);
  });
});

describe('scanInSlices', () => {
  it.each(SECRETS)('finds a %s across every slice boundary offset', async (kind, secret) => {
    const slice = 1_000;
    const filler = fillWith('lorem ipsum dolor sit amet\n', 3 * slice);
    for (let cut = 1; cut < secret.length; cut += Math.max(1, Math.floor(secret.length / 40))) {
      // The secret starts `cut` characters before the second slice boundary.
      const text = `${filler.slice(0, 2 * slice - cut - 1)} ${secret} ${filler}`;
      const found = await scanInSlices(text, now, slice);
      expect(found, `cut ${cut}`).toEqual(scanForSecrets(text));
      expect(found.map((x) => x.kind), `cut ${cut}`).toContain(kind);
    }
  });

  it('gives the same findings as one scan, whatever the slice size (300 generated pastes)', async () => {
    const piece = fc.oneof(
      fc.constantFrom(...SECRETS.map(([, s]) => s), ...SECRETS.map(([, s]) => s.slice(0, 12))),
      fc.constantFrom(' ', '\n', '.', '-', '"', 'ey', 'eyJ', '4111 ', '"private_key": "', '"type": "service_account"'),
      fc.string({ unit: fc.constantFrom(...'ab0-_. \n'), maxLength: 400 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 80 }), fc.integer({ min: 1, max: 5_000 }), async (pieces, slice) => {
        const text = pieces.join('');
        expect(await scanInSlices(text, now, slice)).toEqual(scanForSecrets(text));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('counts a secret once even when both neighbouring slices read it', async () => {
    const key = f.awsKey();
    const text = `${' '.repeat(SCAN_SLICE_CHARS - 10)}${key} ${key}${' '.repeat(SCAN_SLICE_CHARS)}`;
    expect(await scanInSlices(text, now)).toEqual([{ kind: 'aws-access-key', count: 2 }]);
  });

  it('pauses between slices only; a paste of one slice is scanned before the promise is returned', async () => {
    let pauses = 0;
    const pause = (): Promise<void> => {
      pauses++;
      return Promise.resolve();
    };
    await scanInSlices('x'.repeat(10 * SCAN_SLICE_CHARS), pause);
    expect(pauses).toBe(Math.ceil(SECRET_SCAN_MAX_CHARS / SCAN_SLICE_CHARS) - 1); // the rest is beyond the limit
    pauses = 0;
    await scanInSlices(`${'x'.repeat(SCAN_SLICE_CHARS - 40)} ${f.awsKey()}`, pause);
    expect(pauses).toBe(0);
  });

  it('SecretScan: findings so far after each step, all of them when done', () => {
    const text = `${f.awsKey()}${' '.repeat(5_000)}${f.ghToken()}`;
    const scan = new SecretScan(text);
    scan.step(1_000);
    expect(scan.findings()).toEqual([{ kind: 'aws-access-key', count: 1 }]);
    expect(scan.done).toBe(false);
    while (!scan.done) scan.step(1_000);
    expect(scan.findings()).toEqual(scanForSecrets(text));
  });
});
