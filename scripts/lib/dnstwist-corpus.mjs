// dnstwist's permutations of some domains, generated offline by scripts/lib/dnstwist-corpus.py (an
// independent typosquatting engine, used to measure the look-alike classifier; see
// test/shared/domain/accuracy.test.ts and src/shared/domain/bench.ts). Needs Debian's `dnstwist` and
// `python3-idna`. Used by the accuracy test and the benchmark.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'dnstwist-corpus.py');

/** The Pythons tried, in order: $DNSTWIST_PYTHON, Debian's own (where apt installs dnstwist), then PATH's. */
function pythons() {
  const env = process.env.DNSTWIST_PYTHON;
  return [...(env ? [env] : []), '/usr/bin/python3', 'python3'];
}

/** The first Python that can import dnstwist and idna, or undefined. */
export function dnstwistPython() {
  for (const py of pythons()) {
    const r = spawnSync(py, ['-c', 'import dnstwist, idna'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return undefined;
}

/**
 * { version, words, tlds, orgs: [{ domain, permutations: [[fuzzer, asciiDomain], …] }] } for `domains`.
 * Throws, saying what to install, when no Python here has dnstwist.
 */
export function dnstwistCorpus(domains) {
  const py = dnstwistPython();
  if (!py) throw new Error('dnstwist is not installed: apt-get install -y dnstwist python3-idna (Debian packages)');
  const r = spawnSync(py, [SCRIPT, ...domains], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`dnstwist-corpus.py failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}
