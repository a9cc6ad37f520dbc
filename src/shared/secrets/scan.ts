// High-confidence secret detection for text pasted into a Notion page. PURE: no DOM, no storage, no network.
// The result names only KINDS and COUNTS, never the matched text, so the caller cannot leak the secret by
// logging or displaying the finding. Only documented, prefixed formats are matched (no entropy guessing):
// a miss is better than crying wolf on hashes, UUIDs, order numbers or base64 images.
//
// Performance: every pattern is a single `matchAll` pass with bounded quantifiers (no nested unbounded
// repetition, so no catastrophic backtracking), skipped entirely unless a cheap `includes` of its literal
// prefix succeeds. Payment cards are one regex pass plus a Luhn check per candidate (see cards.ts).
import { countPaymentCards } from './cards';
import { countPrivateKeys, countServiceAccounts, isJwtHeader } from './structured';

export type SecretKind =
  | 'private-key'
  | 'aws-access-key'
  | 'gcp-service-account'
  | 'azure-storage-key'
  | 'github-token'
  | 'gitlab-token'
  | 'slack-token'
  | 'slack-webhook'
  | 'stripe-key'
  | 'openai-key'
  | 'anthropic-key'
  | 'google-api-key'
  | 'twilio-key'
  | 'sendgrid-key'
  | 'npm-token'
  | 'jwt'
  | 'payment-card';

export interface SecretFinding {
  kind: SecretKind;
  count: number;
}

/**
 * Severity order of the findings (most harmful first): keys that grant whole-account or infrastructure
 * control, then money (Stripe keys, card numbers), then SaaS API tokens, then narrower or usually
 * short-lived credentials (webhooks, browser-restricted Google keys, JWTs).
 */
export const SECRET_KINDS: readonly SecretKind[] = [
  'private-key',
  'gcp-service-account',
  'aws-access-key',
  'azure-storage-key',
  'github-token',
  'gitlab-token',
  'stripe-key',
  'payment-card',
  'openai-key',
  'anthropic-key',
  'slack-token',
  'sendgrid-key',
  'twilio-key',
  'npm-token',
  'slack-webhook',
  'google-api-key',
  'jwt',
];

/**
 * Only the first SECRET_SCAN_MAX_CHARS UTF-16 code units of a paste are scanned (about twice the 1 MB
 * cost: ~20–30 ms in Node). A longer paste is almost certainly a file dump; its tail is NOT scanned, so a secret that
 * appears only after this point is missed — an accepted trade-off to keep a paste from freezing the page.
 */
export const SECRET_SCAN_MAX_CHARS = 2_000_000;

interface TokenRule {
  kind: SecretKind;
  /** At least one must occur in the text, or the regex is not run at all. */
  hints: readonly string[];
  /** Global regex; the capture groups hold the random body (used for the placeholder check). */
  re: RegExp;
  accept?: (m: RegExpExecArray) => boolean;
}

/** Bodies like "xxxxxxxx…" or "00000000…" in documentation: fewer than 6 distinct characters. */
function isPlaceholder(body: string): boolean {
  const seen = new Set<string>();
  for (const ch of body) {
    seen.add(ch);
    if (seen.size >= 6) return false;
  }
  return true;
}

function bodyOf(m: RegExpExecArray): string {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return m[i];
  return m[0];
}

const AZURITE_DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const notPlaceholder = (m: RegExpExecArray): boolean => !isPlaceholder(bodyOf(m));

const TOKEN_RULES: readonly TokenRule[] = [
  {
    kind: 'aws-access-key', // access key id; AWS's documented example key (…EXAMPLE) is not a secret
    hints: ['AKIA', 'ASIA'],
    re: /\b(?:AKIA|ASIA)([A-Z0-9]{16})\b/g,
    accept: (m) => !m[1].endsWith('EXAMPLE') && !isPlaceholder(m[1]),
  },
  {
    kind: 'azure-storage-key', // connection string AccountKey: 64 bytes = 88 base64 chars; not the Azurite dev key
    hints: ['AccountKey='],
    re: /AccountKey=([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/g,
    accept: (m) => m[1] !== AZURITE_DEV_KEY && !isPlaceholder(m[1]),
  },
  {
    kind: 'github-token', // classic ghp_/gho_/ghu_/ghs_/ghr_ + 36; fine-grained github_pat_ + 82
    hints: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    re: /\b(?:gh[pousr]_([A-Za-z0-9]{36})|github_pat_([A-Za-z0-9_]{82}))\b/g,
    accept: notPlaceholder,
  },
  {
    kind: 'gitlab-token', // personal access token glpat- + 20 (newer ones are longer)
    hints: ['glpat-'],
    re: /\bglpat-([A-Za-z0-9_-]{20,100})(?![A-Za-z0-9_-])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'stripe-key', // secret and restricted keys, live and test
    hints: ['k_live_', 'k_test_'],
    re: /\b[sr]k_(?:live|test)_([0-9A-Za-z]{24,247})(?![0-9A-Za-z_])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'anthropic-key', // sk-ant-api03-…, sk-ant-admin01-…
    hints: ['sk-ant-'],
    re: /\bsk-ant-[a-z]{2,10}[0-9]{2}-([A-Za-z0-9_-]{32,300})(?![A-Za-z0-9_-])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'openai-key', // sk-proj-/sk-svcacct-/sk-admin- project keys; legacy sk- + 48
    hints: ['sk-'],
    re: /\bsk-(?:(?:proj|svcacct|admin)-([A-Za-z0-9_-]{20,300})|([A-Za-z0-9]{48}))(?![A-Za-z0-9_-])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'slack-token', // xoxb-/xoxp-/xoxa-/xoxr-/xoxs- followed by numeric ids and a random tail
    hints: ['xox'],
    re: /\bxox[baprs]-(?:[0-9]{1,13}-){1,3}([A-Za-z0-9]{10,64})(?![A-Za-z0-9-])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'sendgrid-key', // SG.<22>.<43>
    hints: ['SG.'],
    re: /\bSG\.[A-Za-z0-9_-]{22}\.([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'twilio-key', // API key SID: SK + 32 lowercase hex
    hints: ['SK'],
    re: /\bSK([0-9a-f]{32})\b/g,
    accept: notPlaceholder,
  },
  {
    kind: 'npm-token', // npm_ + 36
    hints: ['npm_'],
    re: /\bnpm_([A-Za-z0-9]{36})\b/g,
    accept: notPlaceholder,
  },
  {
    kind: 'slack-webhook', // https://hooks.slack.com/services/T…/B…/<24>
    hints: ['hooks.slack.com/services/'],
    re: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/([A-Za-z0-9]{24})(?![A-Za-z0-9])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'google-api-key', // AIza + 35
    hints: ['AIza'],
    re: /\bAIza([0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'jwt', // header.payload.signature, the header being base64url JSON with "alg" ({" → "ey")
    hints: ['ey'],
    re: /\b(ey[A-Za-z0-9_-]{8,2000})\.[A-Za-z0-9_-]{2,10000}\.[A-Za-z0-9_-]{16,2000}(?![A-Za-z0-9_-])/g,
    accept: (m) => isJwtHeader(m[1]),
  },
];

function countTokens(text: string, rule: TokenRule): number {
  if (!rule.hints.some((h) => text.includes(h))) return 0;
  let count = 0;
  for (const m of text.matchAll(rule.re)) if (rule.accept === undefined || rule.accept(m)) count++;
  return count;
}

/**
 * Kinds and counts of high-confidence secrets in `text`, most severe first; [] when none.
 * Never returns or retains the matched text.
 */
export function scanForSecrets(text: string): SecretFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const t = text.length > SECRET_SCAN_MAX_CHARS ? text.slice(0, SECRET_SCAN_MAX_CHARS) : text;
  const counts = new Map<SecretKind, number>();
  const gcp = countServiceAccounts(t);
  counts.set('gcp-service-account', gcp);
  counts.set('private-key', countPrivateKeys(t, gcp > 0));
  for (const rule of TOKEN_RULES) counts.set(rule.kind, countTokens(t, rule));
  counts.set('payment-card', countPaymentCards(t));
  const findings: SecretFinding[] = [];
  for (const kind of SECRET_KINDS) {
    const count = counts.get(kind) ?? 0;
    if (count > 0) findings.push({ kind, count });
  }
  return findings;
}
