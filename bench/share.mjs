// Share-menu flush figure, imported by scripts/bench.mjs: one flush of a 20 KB invite field against 500
// trusted domains (src/shared/domain/share-bench.ts), in Node through Vite's module loader (no browser).
import { createServer } from 'vite';
import { ROOT } from '../scripts/lib/browser.mjs';
import { ALIASES } from '../scripts/lib/aliases.mjs';

export const needsBrowser = false;

export async function benchShare() {
  // configFile: false — see bench/paste.mjs (CRXJS's dev server would rewrite dist/chrome).
  const server = await createServer({ configFile: false, root: ROOT, resolve: { alias: ALIASES }, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  try {
    const mod = await server.ssrLoadModule('/src/shared/domain/share-bench.ts');
    return mod.benchShareFlush();
  } finally {
    await server.close();
  }
}
