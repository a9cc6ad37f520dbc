// Benchmark input and figure for one share-menu flush (read by bench/share.mjs). PURE and deterministic:
// a 20 KB invite field of distinct addresses — personal mail, unknown domains and near misses of the
// trusted ones — against 500 trusted domains, classified from a cold verdict memo (a 20 KB paste arrives
// in one flush).
import * as lib from './classify';
import { createInviteeClassifier } from './invitee-cache';

const SYLLABLES = ['con', 'tos', 'nor', 'th', 'wind', 'tra', 'ders', 'ini', 'tech', 'ac', 'me', 'fab', 'rik', 'am', 'lo', 'vel'];

function generator(seed: number): (n: number) => number {
  let x = seed >>> 0;
  return (n) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
}

export function buildShareSample(seed = 20_261_202): { field: string; trusted: string[] } {
  const next = generator(seed);
  const word = (parts: number) => Array.from({ length: parts }, () => SYLLABLES[next(SYLLABLES.length)]).join('');
  const trusted = new Set<string>();
  while (trusted.size < 500) trusted.add(`${word(2 + next(3))}.${['com', 'io', 'de', 'co.uk'][next(4)]}`);
  const list = [...trusted];
  const addresses: string[] = [];
  let size = 0;
  for (let i = 0; size < 20 * 1024; i++) {
    const t = list[next(list.length)]!;
    const [name, ...tld] = t.split('.');
    const domain = [
      () => `gmail.com`,
      () => `${word(3)}.net`,
      () => `${name}${'xyz'[next(3)]}.${tld.join('.')}`, // addition: a look-alike
      () => `${name!.replace('o', '0')}.${tld.join('.')}`, // homoglyph
      () => `${name}-login.com`,
    ][next(5)]!();
    const a = `user${i}@${domain}`;
    addresses.push(a);
    size += a.length + 2;
  }
  return { field: addresses.join(', '), trusted: list };
}

/** Median milliseconds of one cold flush over `runs` runs. */
export function benchShareFlush(runs = 9): { share_flush_20kb_ms: number } {
  const { field, trusted } = buildShareSample();
  const ctx = { ownDomains: ['acme.com'], trustedDomains: trusted, existingAccess: [] };
  createInviteeClassifier(lib)([field], ctx); // warm-up: JIT and the prepared trust context
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const classify = createInviteeClassifier(lib);
    const t0 = performance.now();
    classify([field], ctx);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { share_flush_20kb_ms: Math.round(times[Math.floor(times.length / 2)]! * 100) / 100 };
}
