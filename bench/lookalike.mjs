// Look-alike figures, imported by scripts/bench.mjs: accuracy against dnstwist's permutations of four
// organisation domains (per organisation and per technique), false look-alikes on ordinary domains, and
// the classifier's cost (src/shared/domain/bench.ts), in Node through Vite's module loader (no browser).
import { createServer } from 'vite';
import { ROOT } from '../scripts/lib/browser.mjs';
import { ALIASES } from '../scripts/lib/aliases.mjs';
import { dnstwistCorpus } from '../scripts/lib/dnstwist-corpus.mjs';

export const needsBrowser = false;

export async function benchLookalike() {
  // configFile: false — see bench/paste.mjs (CRXJS's dev server would rewrite dist/chrome).
  const server = await createServer({ configFile: false, root: ROOT, resolve: { alias: ALIASES }, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  try {
    const mod = await server.ssrLoadModule('/src/shared/domain/bench.ts');
    const { dictionary } = await server.ssrLoadModule('@zxcvbn-ts/language-en');
    const corpus = dnstwistCorpus(mod.ORG_DOMAINS);
    const words = mod.ORDINARY_WORD_LISTS.flatMap((k) => dictionary[k].map(String));
    const b = mod.benchLookalike(corpus, words);
    for (const line of mod.formatLookalikeBench(b)) console.log(line);
    const figures = {
      lookalike_false_rate_pct: b.falsePositives.ratePct,
      lookalike_false_corpus: b.falsePositives.size,
      ...b.cost,
    };
    for (const o of b.orgs) figures[`lookalike_recall_pct_${o.org.split('.')[0]}`] = o.lookalikePct;
    return figures;
  } finally {
    await server.close();
  }
}
