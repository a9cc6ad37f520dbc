// Benchmark input and figure for scanForSecrets (read by the benchmark script). PURE and deterministic:
// the same 1 MB sample on every run, built from a seeded generator (no Math.random, no I/O).
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
