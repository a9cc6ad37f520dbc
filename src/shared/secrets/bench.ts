// Benchmark inputs and figures for scanForSecrets (read by the benchmark script and the tests). PURE and
// deterministic: the same 1 MB sample and adversarial corpus on every run, built from a seeded generator (no
// Math.random, no I/O); only the figures read the clock.
import { scanForSecrets } from './scan';

export const BENCH_SAMPLE_CHARS = 1 << 20; // 1 MB (UTF-16 code units; the sample is ASCII)

/** Deterministic pseudo-random generator (LCG); `next(n)` is in [0, n). */
function generator(seed: number): (n: number) => number {
  let x = seed >>> 0;
  return (n) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
}

const WORDS = (
  'the team will review our quarterly roadmap and the key results before launch notion page shared ' +
  'with workspace members guests private access settings invoice customer order support ticket meeting ' +
  'notes action items deadline owner budget approved pending security review password manager vault'
).split(' ');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = `${ALNUM}+/`;
const HEX = '0123456789abcdef';

/** A 1 MB paste mixing prose, code, ids, numbers, base64 and a few planted secrets. */
export function buildBenchSample(chars: number = BENCH_SAMPLE_CHARS, seed = 20_240_601): string {
  const next = generator(seed);
  const pick = <T>(xs: readonly T[]): T => xs[next(xs.length)];
  const str = (alphabet: string, n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[next(alphabet.length)];
    return s;
  };
  const digits = (n: number): string => str('0123456789', n);
  const uuid = (): string => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-a${str(HEX, 3)}-${str(HEX, 12)}`;
  const parts: string[] = [];
  let size = 0;
  const push = (s: string): void => {
    parts.push(s);
    size += s.length;
  };
  let line = 0;
  while (size < chars) {
    line++;
    const r = next(100);
    if (r < 45) {
      let s = '';
      for (let w = 8 + next(20); w > 0; w--) s += `${pick(WORDS)} `;
      push(`${s}on ${2000 + next(30)}-0${1 + next(9)}-1${next(10)}, total $${next(9999)}.${digits(2)}.\n`);
    } else if (r < 65) {
      push(`  const ${pick(WORDS)}Id = "${uuid()}"; // commit ${str(HEX, 40)}\n`);
    } else if (r < 75) {
      push(`  "${pick(WORDS)}": { "sha256": "${str(HEX, 64)}", "count": ${digits(1 + next(12))} },\n`);
    } else if (r < 82) {
      push(`Order #${digits(3)}-${digits(7)}-${digits(7)}, call +1 ${digits(3)} ${digits(3)} ${digits(4)}, ISBN 978-${digits(10)}\n`);
    } else if (r < 90) {
      push(`<img src="data:image/png;base64,${str(B64, 200 + next(800))}=">\n`);
    } else if (line % 97 === 0) {
      // A few realistic secrets (built here, never literal in the source).
      push(`AWS_ACCESS_KEY_ID=${'AKIA'}${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)} token=${'gh'}p_${str(ALNUM, 36)}\n`);
    } else {
      push(`export function ${pick(WORDS)}${line}(a, b) { return a.${pick(WORDS)} ?? b[${next(64)}] + ${digits(6)}; }\n`);
    }
  }
  return parts.join('').slice(0, chars);
}

/** Median of 9 scans of the fixed 1 MB sample, in ms (after one warm-up scan). */
export function benchScan(): { paste_scan_1mb_ms: number } {
  const sample = buildBenchSample();
  scanForSecrets(sample);
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    scanForSecrets(sample);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { paste_scan_1mb_ms: Math.round(times[4] * 100) / 100 };
}

// ---- adversarial pastes ------------------------------------------------------------------------------------
// Text built to make a scanner or parser slow: long runs of every separator, near-miss prefixes of each
// secret (repeated, with bodies just too short or too long, and before one 1 MB token), and seeded mixes of
// all of them. The scan must stay linear on every one: paste_scan_adversarial_1mb_ms is the worst of them.

/** Separators and punctuation a token, address or card number can end or restart at. */
export const ADVERSARIAL_SEPARATORS: readonly string[] = [
  ' ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u200b', '-', '_', '.', ',', ';', ':', '/', '\\', '+', '=', '@', '\uff20',
  '"', "'", '`', '<', '>', '(', ')', '[', ']', '{', '}', '|', '#', '?', '!', '&', '*', '%', '~', '$', '^', '\u3002', '\uff0c',
];

/** Starts of secrets, addresses and cards that are not (yet) one. */
export const NEAR_MISS_PREFIXES: readonly string[] = [
  'ey', 'ey-', 'ey_', 'ey.', 'eyJ', 'eyJ.', 'eyJhbGciOiJIUzI1NiJ9.', 'sk-', 'sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-ant-',
  'sk-ant-api03-', 'sk_live_', 'rk_test_', 'glpat-', 'xoxb-', 'xoxb-1-', 'xoxp-1-2-3-', 'AKIA', 'ASIA', 'ghp_', 'github_pat_',
  'SG.', 'SK', 'npm_', 'AIza', 'AccountKey=', 'https://hooks.slack.com/services/T', '-----BEGIN ',
  '-----BEGIN RSA PRIVATE KEY-----', '"type": "service_account", ', '"private_key": "', '\\"private_key\\": \\"', '4111 ',
  '4111-', '4111 1111 1111 ', 'xn--', 'a@', '@a.', 'a@b.', 'mailto:',
];

export interface AdversarialPaste {
  label: string;
  /** Builds the text (BENCH_SAMPLE_CHARS long) on demand, so a corpus run holds one at a time. */
  make: () => string;
}

/** `unit` repeated to exactly `chars`. */
export function fillWith(unit: string, chars: number = BENCH_SAMPLE_CHARS): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** A seeded mix of `pieces`, `chars` long. */
function mix(pieces: readonly string[], seed: number, chars: number): string {
  const next = generator(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < chars) {
    const piece = pieces[next(pieces.length)];
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('').slice(0, chars);
}

/** The adversarial corpus, each text `chars` long (1 MB by default). Deterministic. */
export function adversarialPastes(chars: number = BENCH_SAMPLE_CHARS): AdversarialPaste[] {
  const out: AdversarialPaste[] = [];
  const add = (label: string, make: () => string): void => {
    out.push({ label, make });
  };
  const body = (n: number): string => fillWith('Ab0', n);
  for (const sep of ADVERSARIAL_SEPARATORS) {
    const name = JSON.stringify(sep);
    add(`run of ${name}`, () => fillWith(sep, chars));
    add(`a${name} repeated`, () => fillWith(`a${sep}`, chars));
    add(`1${name} repeated`, () => fillWith(`1${sep}`, chars));
  }
  for (const p of NEAR_MISS_PREFIXES) {
    add(`${p} repeated`, () => fillWith(p, chars));
    add(`${p} + 20 chars + "-" repeated`, () => fillWith(`${p}${body(20)}-`, chars));
    add(`${p} + 301 chars + "." repeated`, () => fillWith(`${p}${body(301)}.`, chars));
    add(`${p} + one long token`, () => p + fillWith('Ab0', chars - p.length));
  }
  add('one 1 MB token', () => fillWith('A', chars));
  add('one 1 MB base64url token', () => fillWith(`${ALNUM}-_`, chars));
  add('xn-- labels', () => fillWith('xn--a.', chars));
  add('JWT-shaped, header not JSON, repeated', () => fillWith(`eyJ${body(1997)}.${body(2)}.${body(16)} `, chars));
  add('JWT-shaped, longest header, repeated', () => fillWith(`eyJhbGciOiJIUzI1NiJ9${'A'.repeat(1980)}.${body(9_000)}.${body(2_000)}.`, chars));
  add('JWT segments chained by dots', () => fillWith(`eyJhbGciOiJIUzI1NiJ9.${body(20)}.`, chars));
  add('PEM headers over 39-char runs', () => fillWith(`-----BEGIN PRIVATE KEY-----${`${body(39)} `.repeat(10)}`, chars));
  add('PEM headers over 400 spaces', () => fillWith(`-----BEGIN PRIVATE KEY-----${' '.repeat(400)}`, chars));
  add('service-account fields', () => fillWith('"type": "service_account", "private_key": "', chars));
  add('addresses without end', () => fillWith('a@b.c', chars));
  add('local part runs', () => fillWith(`${body(70)}@`, chars));
  const tokens = [...NEAR_MISS_PREFIXES, ...ADVERSARIAL_SEPARATORS];
  for (let seed = 1; seed <= 4; seed++) add(`mix of prefixes and separators #${seed}`, () => mix(tokens, seed, chars));
  for (let seed = 5; seed <= 8; seed++) add(`mix of prefixes and bodies #${seed}`, () => mix([...NEAR_MISS_PREFIXES, body(20), body(47), 'a', '1', '-', '.'], seed, chars));
  add('mix of digits, spaces and dashes', () => mix(['4111', '1111', '0', '12', ' ', '-', '\u00a0', '.', '/'], 9, chars));
  add('mix of base64url and dots', () => mix(['ey', 'J', 'A', 'b', '0', '-', '_', '.', '..'], 10, chars));
  return out;
}

/** Median of `runs` timed scans of `text`, in ms. */
function medianScanMs(text: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    scanForSecrets(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[(runs - 1) >> 1];
}

/**
 * The worst 1 MB scan over the adversarial corpus, in ms, and the text it was: every text is timed (median of
 * 3 scans, after one warm-up scan of the bench sample), then the 8 slowest again (median of 9), and the figure
 * is the largest of those. The second pass keeps one unlucky moment of a busy machine (a maximum over 300
 * texts finds it) from passing for the cost of a text.
 */
export function benchScanAdversarial(pastes: readonly AdversarialPaste[] = adversarialPastes()): {
  paste_scan_adversarial_1mb_ms: number;
  worst: string;
} {
  scanForSecrets(buildBenchSample());
  const first = pastes.map((p) => ({ p, ms: medianScanMs(p.make(), 3) }));
  first.sort((a, b) => b.ms - a.ms);
  let worst = { ms: 0, label: '' };
  for (const { p } of first.slice(0, 8)) {
    const ms = medianScanMs(p.make(), 9);
    if (ms > worst.ms) worst = { ms, label: p.label };
  }
  return { paste_scan_adversarial_1mb_ms: Math.round(worst.ms * 100) / 100, worst: worst.label };
}
