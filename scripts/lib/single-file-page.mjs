// Vite plugin: builds one extension page's script as ONE ES module file, after the main build has written
// its bundle. The page's HTML loads it with <script type="module" vite-ignore src="/<out>">, so the main
// build leaves that tag alone.
//
// Why (the popup): bundled with the rest of the extension, the popup's code was split into 9
// chunks shared with the other pages and content scripts, and the browser only discovers each import
// after fetching the one before: the popup's script ran 60–90 ms after its HTML was parsed. As one file
// (~53 kB with its styles, not gzipped) it runs 20–30 ms after; with its styles inside too, opening the
// popup went from ~205 ms to ~100–120 ms here. The secret frame (~2.2 MB of word lists) is built the
// same way. The cost: these pages' copies of Preact and the polyfill are not shared with the options
// page (separate documents anyway, so nothing is loaded twice in one page).
import { ALIASES } from './aliases.mjs';
import { build } from 'vite';
import { join } from 'node:path';

/** @param {{ entry: string; out: string; plugins?: import('vite').PluginOption[] }} page entry: source module; out: file inside the outDir; plugins: for the page's own build */
export function singleFilePage({ entry, out, plugins = [] }) {
  let outDir = '';
  let root = '';
  return {
    name: 'srm-single-file-page',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      root = config.root;
    },
    async writeBundle() {
      await build({
        configFile: false,
        root,
        resolve: { alias: ALIASES },
        logLevel: 'warn',
        plugins,
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        build: {
          outDir: join(outDir, out, '..'),
          emptyOutDir: false,
          copyPublicDir: false,
          target: 'es2022',
          sourcemap: false,
          modulePreload: false,
          chunkSizeWarningLimit: 3000, // the secret frame carries ~2 MB of word lists on purpose
          rollupOptions: {
            input: join(root, entry),
            output: { format: 'es', entryFileNames: out.split('/').pop(), codeSplitting: false },
          },
        },
      });
    },
  };
}
