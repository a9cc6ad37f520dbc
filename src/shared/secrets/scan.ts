// High-confidence secret detection for text pasted into a Notion page. PURE: no DOM, no storage, no network.
// The result names only KINDS and COUNTS, never the matched text, so the caller cannot leak the secret by
// logging or displaying the finding. Only documented, prefixed formats are matched (no entropy guessing):
// a miss is better than crying wolf on hashes, UUIDs, order numbers or base64 images.
//
// Performance: linear in the text, whatever it holds. Every pattern is one left-to-right regex pass with
// bounded quantifiers, and no two tries of a pattern read the same characters more than a bounded number of
// times. A pattern whose body may contain the "-" its prefix is glued with (ey…, glpat-…, sk-proj-…, sk-ant-…)
// therefore starts only at a token boundary, after a character outside [A-Za-z0-9_-]: with `\b` it was also
// tried after every "-" INSIDE a token, and each try read up to the body's maximum again (1 MB of "ey-ey-…"
// took 4 s, of "sk-proj-sk-proj-…" 150 ms). Payment cards are one regex pass plus a Luhn check per candidate
// (see cards.ts). A big paste can be scanned a slice at a time with the same result (SecretScan,
// scanInSlices), so no single step blocks the page for long.
import { paymentCardsIn } from './cards';
import { eachMatch, regionOf, type Cursor, type Region } from './region';
import { isJwtHeader, privateKeysIn, serviceAccountsIn } from './structured';

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
 * appears only after this point is missed — an accepted trade-off: scanned in slices, a big paste never blocks the
 * page, but confirm mode holds it until its scan ends, and that wait grows with what is scanned.
 */
export const SECRET_SCAN_MAX_CHARS = 2_000_000;

interface TokenRule {
  kind: SecretKind;
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
    re: /\b(?:AKIA|ASIA)([A-Z0-9]{16})\b/g,
    accept: (m) => !m[1].endsWith('EXAMPLE') && !isPlaceholder(m[1]),
  },
  {
    kind: 'azure-storage-key', // connection string AccountKey: 64 bytes = 88 base64 chars; not the Azurite dev key
    re: /AccountKey=([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/g,
    accept: (m) => m[1] !== AZURITE_DEV_KEY && !isPlaceholder(m[1]),
  },
  {
    kind: 'github-token', // classic ghp_/gho_/ghu_/ghs_/ghr_ + 36; fine-grained github_pat_ + 82
    re: /\b(?:gh[pousr]_([A-Za-z0-9]{36})|github_pat_([A-Za-z0-9_]{82}))\b/g,
    accept: notPlaceholder,
  },
  {
    kind: 'gitlab-token', // personal access token glpat- + 20 (newer ones are longer)
    re: /(?<![A-Za-z0-9_-])glpat-([A-Za-z0-9_-]{20,100})(?![A-Za-z0-9_-])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'stripe-key', // secret and restricted keys, live and test
    re: /\b[sr]k_(?:live|test)_([0-9A-Za-z]{24,247})(?![0-9A-Za-z_])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'anthropic-key', // sk-ant-api03-…, sk-ant-admin01-…
    re: /(?<![A-Za-z0-9_-])sk-ant-[a-z]{2,10}[0-9]{2}-([A-Za-z0-9_-]{32,300})(?![A-Za-z0-9_-])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'openai-key', // sk-proj-/sk-svcacct-/sk-admin- project keys; legacy sk- + 48
    re: /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-([A-Za-z0-9_-]{20,300})|([A-Za-z0-9]{48}))(?![A-Za-z0-9_-])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'slack-token', // xoxb-/xoxp-/xoxa-/xoxr-/xoxs- followed by numeric ids and a random tail
    re: /\bxox[baprs]-(?:[0-9]{1,13}-){1,3}([A-Za-z0-9]{10,64})(?![A-Za-z0-9-])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'sendgrid-key', // SG.<22>.<43>
    re: /\bSG\.[A-Za-z0-9_-]{22}\.([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'twilio-key', // API key SID: SK + 32 lowercase hex
    re: /\bSK([0-9a-f]{32})\b/g,
    accept: notPlaceholder,
  },
  {
    kind: 'npm-token', // npm_ + 36
    re: /\bnpm_([A-Za-z0-9]{36})\b/g,
    accept: notPlaceholder,
  },
  {
    kind: 'slack-webhook', // https://hooks.slack.com/services/T…/B…/<24>
    re: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/([A-Za-z0-9]{24})(?![A-Za-z0-9])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'google-api-key', // AIza + 35
    re: /\bAIza([0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
    accept: notPlaceholder,
  },
  {
    kind: 'jwt', // header.payload.signature, the header being base64url JSON with "alg" ({" → "ey")
    re: /(?<![A-Za-z0-9_-])(ey[A-Za-z0-9_-]{8,2000})\.[A-Za-z0-9_-]{2,10000}\.[A-Za-z0-9_-]{16,2000}(?![A-Za-z0-9_-])/g,
    accept: (m) => isJwtHeader(m[1]),
  },
];

function countTokens(r: Region, cursor: Cursor, rule: TokenRule): number {
  let count = 0;
  eachMatch(rule.re, r, cursor, (m) => {
    if (rule.accept === undefined || rule.accept(m)) count++;
  });
  return count;
}

/**
 * One scan of one paste, run a slice at a time: `step(n)` scans the next n characters (reading SCAN_CONTEXT
 * more on either side), and `findings()` is then what scanForSecrets gives for the part scanned so far.
 * Only the first SECRET_SCAN_MAX_CHARS are scanned. Never retains the matched text.
 */
export class SecretScan {
  private readonly text: string;
  private scanned = 0;
  private readonly cursor: Cursor = new Map();
  private readonly counts = new Map<SecretKind, number>();
  /** Private keys inside a JSON "private_key" field: a service-account file's own key, if there is one. */
  private keysInJson = 0;

  constructor(text: string) {
    const t = typeof text === 'string' ? text : '';
    this.text = t.length > SECRET_SCAN_MAX_CHARS ? t.slice(0, SECRET_SCAN_MAX_CHARS) : t;
  }

  get done(): boolean {
    return this.scanned >= this.text.length;
  }

  step(chars: number): void {
    if (this.done) return;
    const from = this.scanned;
    const to = Math.min(this.text.length, from + Math.max(1, chars));
    const r = regionOf(this.text, from, to);
    const add = (kind: SecretKind, n: number): void => {
      if (n > 0) this.counts.set(kind, (this.counts.get(kind) ?? 0) + n);
    };
    add('gcp-service-account', serviceAccountsIn(r, this.cursor));
    const keys = privateKeysIn(r, this.cursor);
    add('private-key', keys.plain);
    this.keysInJson += keys.inJson;
    for (const rule of TOKEN_RULES) add(rule.kind, countTokens(r, this.cursor, rule));
    add('payment-card', paymentCardsIn(r, this.cursor));
    this.scanned = to;
  }

  findings(): SecretFinding[] {
    const counts = new Map(this.counts);
    // The "private_key" of a service-account file is reported as that file, not twice.
    if (!counts.has('gcp-service-account') && this.keysInJson > 0) counts.set('private-key', (counts.get('private-key') ?? 0) + this.keysInJson);
    const findings: SecretFinding[] = [];
    for (const kind of SECRET_KINDS) {
      const count = counts.get(kind) ?? 0;
      if (count > 0) findings.push({ kind, count });
    }
    return findings;
  }
}

/**
 * Kinds and counts of high-confidence secrets in `text`, most severe first; [] when none.
 * Never returns or retains the matched text.
 */
export function scanForSecrets(text: string): SecretFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const scan = new SecretScan(text);
  scan.step(text.length);
  return scan.findings();
}

/** Slice size for scanInSlices: ~3 ms of scanning on prose, under 10 ms on the adversarial corpus (bench.ts). */
export const SCAN_SLICE_CHARS = 256 * 1024;

/**
 * scanForSecrets a slice of `sliceChars` at a time, awaiting `pause()` between slices (the caller decides how
 * to give the page its turn: a timer, a task). Same findings as scanForSecrets; a text of one slice or less is
 * scanned at once, before the promise is returned.
 */
export async function scanInSlices(text: string, pause: () => Promise<unknown>, sliceChars = SCAN_SLICE_CHARS): Promise<SecretFinding[]> {
  if (typeof text !== 'string' || text.length === 0) return [];
  const scan = new SecretScan(text);
  scan.step(sliceChars);
  while (!scan.done) {
    await pause();
    scan.step(sliceChars);
  }
  return scan.findings();
}
