import { describe, expect, it } from 'vitest';
import { SECRET_KINDS, SECRET_SCAN_MAX_CHARS, scanForSecrets, type SecretFinding, type SecretKind } from '../../../src/shared/secrets';
import * as f from './fixtures';

const { cat, rnd } = f;
const one = (kind: SecretKind, count = 1): SecretFinding[] => [{ kind, count }];

// [label, pasted text, expected findings]
const POSITIVE: Array<[string, string, SecretFinding[]]> = [
  ['PEM RSA key', f.pem('RSA '), one('private-key')],
  ['PEM PKCS#8 key', f.pem(''), one('private-key')],
  ['PEM EC key', f.pem('EC '), one('private-key')],
  ['PEM DSA key', f.pem('DSA '), one('private-key')],
  ['OpenSSH key', f.pem('OPENSSH '), one('private-key')],
  ['encrypted PKCS#8 key', f.pem('ENCRYPTED '), one('private-key')],
  ['PGP private key block', f.pem('PGP '), one('private-key')],
  ['two PEM keys', `${f.pem('RSA ', 1)}\n\n${f.pem('EC ', 9)}`, one('private-key', 2)],
  ['AWS key id in env file', `AWS_ACCESS_KEY_ID=${f.awsKey()}\nAWS_REGION=eu-west-1`, one('aws-access-key')],
  ['AWS temporary key id (ASIA)', `"AccessKeyId": "${f.awsKey(3, 'AS' + 'IA')}"`, one('aws-access-key')],
  ['the same AWS key pasted twice', `${f.awsKey()} and again ${f.awsKey()}`, one('aws-access-key', 2)],
  ['GCP service-account JSON (reported once, not also as a PEM key)', f.serviceAccount(), one('gcp-service-account')],
  ['GCP service-account JSON escaped in a string', JSON.stringify(f.serviceAccount()), one('gcp-service-account')],
  ['Azure storage connection string', f.azureConn(), one('azure-storage-key')],
  ['GitHub classic PAT', `token: ${f.ghToken('p')}`, one('github-token')],
  ['GitHub OAuth token', f.ghToken('o'), one('github-token')],
  ['GitHub user-to-server token', f.ghToken('u'), one('github-token')],
  ['GitHub server-to-server token', f.ghToken('s'), one('github-token')],
  ['GitHub refresh token', f.ghToken('r'), one('github-token')],
  ['GitHub fine-grained PAT', `GH_TOKEN=${f.ghFineGrained()}`, one('github-token')],
  ['GitLab PAT', `git clone https://oauth2:${f.glToken()}@gitlab.com/acme/app.git`, one('gitlab-token')],
  ['Slack bot token', `SLACK_BOT_TOKEN=${f.slackBot()}`, one('slack-token')],
  ['Slack user token', f.slackUser(), one('slack-token')],
  ['Slack incoming webhook', `curl -X POST ${f.slackHook()}`, one('slack-webhook')],
  ['Stripe live secret key', `STRIPE_SECRET_KEY=${f.stripeKey()}`, one('stripe-key')],
  ['Stripe restricted live key', f.stripeKey('live', 'r'), one('stripe-key')],
  ['Stripe test secret key', f.stripeKey('test'), one('stripe-key')],
  ['OpenAI project key', `OPENAI_API_KEY="${f.openaiProject()}"`, one('openai-key')],
  ['OpenAI legacy key', f.openaiLegacy(), one('openai-key')],
  ['Anthropic key (not also OpenAI)', `x-api-key: ${f.anthropicKey()}`, one('anthropic-key')],
  ['Google API key in a URL', `https://maps.googleapis.com/maps/api/js?key=${f.googleKey()}&v=3`, one('google-api-key')],
  ['Twilio API key SID', `TWILIO_API_KEY=${f.twilioKey()}`, one('twilio-key')],
  ['SendGrid key', `Authorization: Bearer ${f.sendgridKey()}`, one('sendgrid-key')],
  ['npm token in .npmrc', `//registry.npmjs.org/:_authToken=${f.npmToken()}`, one('npm-token')],
  ['JWT in an Authorization header', `Authorization: Bearer ${f.jwt()}`, one('jwt')],
  ['JWT with RS256 and kid', f.jwt({ alg: 'RS256', kid: 'k1' }), one('jwt')],
];

const NEGATIVE: Array<[string, string]> = [
  ['empty', ''],
  ['prose about keys', 'Rotate the private key yearly; never paste an API key, token or password here.'],
  ['a PEM header quoted in documentation', cat('The file starts with -----', 'BEGIN RSA PRIVATE KEY----- and ends with the END line.')],
  ['a redacted PEM block', cat('-----', 'BEGIN PRIVATE KEY-----\nMIIE…redacted…\n-----END PRIVATE KEY-----')],
  ['a public key block', cat('-----', 'BEGIN PUBLIC KEY-----\n', rnd(f.B64, 64), '\n-----END PUBLIC KEY-----')],
  ['random hex, 32 chars', rnd(f.HEX, 32, 40)],
  ['random hex, 40 chars', rnd(f.HEX, 40, 41)],
  ['random hex, 64 chars', rnd(f.HEX, 64, 42)],
  ['upper-case hex', rnd('0123456789ABCDEF', 64, 43)],
  ['git log', `commit ${rnd(f.HEX, 40, 44)}\nMerge: ${rnd(f.HEX, 7, 45)} ${rnd(f.HEX, 7, 46)}`],
  ['UUIDs', '550e8400-e29b-41d4-a716-446655440000 123e4567-e89b-12d3-a456-426614174000'],
  ['AWS documentation example key id', cat('AK', 'IAIOSFODNN7EXAMPLE')],
  ['AWS-like id glued to a word', cat('X', f.awsKey(), 'Y')],
  ['AWS-like id that is too short', f.awsKey().slice(0, 19)],
  ['Azurite well-known development key', cat('AccountName=devstoreaccount1;Account', 'Key=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==')],
  ['AccountKey too short', cat('Account', 'Key=', rnd(f.B64, 60), '==')],
  ['service_account without a private key', '{"type": "service_account", "project_id": "acme"}'],
  ['GitHub token one char short', f.ghToken('p').slice(0, -1)],
  ['GitHub placeholder', cat('gh', 'p_', 'x'.repeat(36))],
  ['GitHub-like prefix glued to a word', cat('my', f.ghToken('p'))],
  ['GitLab token too short', f.glToken().slice(0, -2)],
  ['Slack token placeholder text', cat('xo', 'xb-your-bot-token-here')],
  ['Slack documentation webhook', cat('https://hooks.', 'slack.com/services/T00000000/B00000000/', 'X'.repeat(24))],
  ['sk_test mentioned without a key', 'Use your sk_test key from the dashboard (sk_test_...).'],
  ['Stripe placeholder', cat('sk', '_test_', 'x'.repeat(24))],
  ['Stripe publishable key', cat('pk', '_live_', rnd(f.ALNUM, 99))],
  ['sk- with 47 chars', f.openaiLegacy().slice(0, -1)],
  ['sk- inside a word', cat('task-', rnd(f.ALNUM, 48))],
  ['AIza one char short', f.googleKey().slice(0, -1)],
  ['SK + upper-case hex (not a Twilio SID)', cat('S', 'K', rnd('0123456789ABCDEF', 32))],
  ['SK + 31 hex', f.twilioKey().slice(0, -1)],
  ['SendGrid-like with a short segment', cat('S', 'G.', rnd(f.ALNUM, 21), '.', rnd(f.ALNUM, 43))],
  ['npm_ + 35', f.npmToken().slice(0, -1)],
  ['JWT-looking, header not JSON', cat(Buffer.from('{not json at all').toString('base64url'), '.', 'eyJzdWIiOiIxIn0', '.', rnd(f.B64URL, 43))],
  ['JWT-looking, header JSON without alg', f.jwt({ typ: 'JWT' })],
  ['JWT-looking, header a JSON array', f.jwt(['alg'])],
  ['JWT-looking, signature too short', f.jwt().replace(/\.[^.]+$/, '.abc')],
  ['dotted words starting with ey', 'eyebrows.eyeglasses.eyewitnesses'],
  ['order and invoice numbers', 'Order #112-4567890-1234567, INV-2024-000123, PO 4500012345'],
  ['phone numbers', 'Call +1 (415) 555-2671 or +44 20 7946 0958 or +49 151 12345678.'],
  ['ISBNs', 'ISBN 978-3-16-148410-0, ISBN-10 0-306-40615-2, 9783161484100'],
  ['base64 image data', `<img src="data:image/png;base64,${rnd(f.B64, 20_000, 47)}=">`],
];

describe('scanForSecrets: finds each kind (true cases)', () => {
  it.each(POSITIVE)('%s', (_label, text, expected) => {
    expect(scanForSecrets(text)).toEqual(expected);
    // Surrounded by prose on both sides, still found exactly once per occurrence.
    expect(scanForSecrets(`Here it is:\n${text}\nthanks!`)).toEqual(expected);
  });
});

describe('scanForSecrets: stays quiet (false cases)', () => {
  it.each(NEGATIVE)('%s', (_label, text) => {
    expect(scanForSecrets(text)).toEqual([]);
  });
});

describe('scanForSecrets: result shape', () => {
  const mixed = [f.jwt(), f.googleKey(), '4111 1111 1111 1111', f.awsKey(), f.pem(), f.ghToken(), f.awsKey(2)].join('\n');

  it('sorts by the fixed severity order and counts each kind', () => {
    expect(scanForSecrets(mixed)).toEqual([
      { kind: 'private-key', count: 1 },
      { kind: 'aws-access-key', count: 2 },
      { kind: 'github-token', count: 1 },
      { kind: 'payment-card', count: 1 },
      { kind: 'google-api-key', count: 1 },
      { kind: 'jwt', count: 1 },
    ]);
  });

  it('never carries the matched text', () => {
    const out = JSON.stringify(scanForSecrets(mixed));
    expect(out).not.toContain(f.awsKey());
    for (const finding of scanForSecrets(mixed)) expect(Object.keys(finding).sort()).toEqual(['count', 'kind']);
  });

  it('lists every kind exactly once in SECRET_KINDS', () => {
    expect(new Set(SECRET_KINDS).size).toBe(17);
    expect(SECRET_KINDS[0]).toBe('private-key');
  });

  it.each([
    ['within the limit', SECRET_SCAN_MAX_CHARS - 40, true],
    ['beyond the limit (not scanned)', SECRET_SCAN_MAX_CHARS + 10, false],
  ])('a key at an offset %s', (_label, offset, found) => {
    const text = ' '.repeat(offset) + f.awsKey();
    expect(scanForSecrets(text).length > 0).toBe(found);
  });
});
