// Secret-paste figures, imported by scripts/bench.mjs: the scanner on a fixed 1 MB mixed sample
// (median of 9 runs, after a warm-up), loaded from the TypeScript source through Vite's module loader.
import { createServer } from 'vite';
import { ROOT } from '../scripts/lib/browser.mjs';
import { ALIASES } from '../scripts/lib/aliases.mjs';

export async function benchPaste() {
  // configFile: false — vite.config.ts would bring in CRXJS, whose dev server rewrites dist/chrome (it
  // deleted the build the other figures were measured on).
  const server = await createServer({ configFile: false, root: ROOT, resolve: { alias: ALIASES }, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  try {
    const mod = await server.ssrLoadModule('/src/shared/secrets/index.ts');
    return mod.benchScan();
  } finally {
    await server.close();
  }
}
