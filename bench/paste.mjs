// Secret-paste figures, imported by scripts/bench.mjs: the scanner on a fixed 1 MB mixed sample (median of 9
// runs, after a warm-up), and the worst 1 MB scan over the adversarial corpus (medians, the slowest texts timed
// twice; see src/shared/secrets/bench.ts), loaded from the TypeScript source through Vite's module loader. No browser:
// `node scripts/bench.mjs --only=paste` measures just these and merges them into bench/results.json.
import { createServer } from 'vite';
import { ROOT } from '../scripts/lib/browser.mjs';
import { ALIASES } from '../scripts/lib/aliases.mjs';

export const needsBrowser = false;
export const targets = { paste_scan_adversarial_1mb_ms: '≤ 30' };

export async function benchPaste() {
  // configFile: false — vite.config.ts would bring in CRXJS, whose dev server rewrites dist/chrome (it
  // deleted the build the other figures were measured on).
  const server = await createServer({ configFile: false, root: ROOT, resolve: { alias: ALIASES }, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  try {
    const mod = await server.ssrLoadModule('/src/shared/secrets/bench.ts');
    const adversarial = mod.benchScanAdversarial();
    return {
      ...mod.benchScan(),
      paste_scan_adversarial_1mb_ms: adversarial.paste_scan_adversarial_1mb_ms,
      paste_scan_adversarial_worst: adversarial.worst,
    };
  } finally {
    await server.close();
  }
}
