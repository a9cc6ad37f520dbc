// Vite plugin: builds one extension page's script as ONE ES module file, after the main build has written
// its bundle. The page's HTML loads it with <script type="module" vite-ignore src="/<out>">, so the main
// build leaves that tag alone.
//
// Why (the popup, issue 5): bundled with the rest of the extension, the popup's code was split into 9
// chunks shared with the other pages and content scripts, and the browser only discovers each import
// after fetching the one before: opening the popup took ~180 ms here, of which ~60–90 ms between the
// HTML being parsed and the script running. As one file (~46 kB, not gzipped) the script runs ~20–30
// ms after parsing. The cost: the popup's copy of Preact and the polyfill is not shared with the
// options page (they are separate documents anyway, so nothing is loaded twice in one page).
import { build } from 'vite';
import { join } from 'node:path';

/** @param {{ entry: string; out: string; plugins?: import('vite').PluginOption[] }} page entry: source module; out: file inside the outDir; plugins: for the page's own build */
export function singleFilePage({ entry, out, plugins = [] }) {
  let outDir = '';
  let root = '';
  let nested = false;
  return {
    name: 'srm-single-file-page',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      root = config.root;
      // Builds started by other plugins (CRXJS's IIFE content scripts) inherit this plugin: only the
      // extension's own build (not a library build) makes the page.
      nested = Boolean(config.build.lib);
    },
    async writeBundle() {
      if (nested) return;
      await build({
        configFile: false,
        root,
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
