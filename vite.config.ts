import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import sourceManifest from './manifest.json' with { type: 'json' };
import { zxcvbnWordLists } from './scripts/lib/zxcvbn-word-lists.mjs';
import { singleFilePage } from './scripts/lib/single-file-page.mjs';
import { exposeOnly } from './scripts/lib/expose-only.mjs';
import { ALIASES } from './scripts/lib/aliases.mjs';

// One source manifest (manifest.json), two targets:
//   vite build                → dist/chrome   (service worker, managed-policy schema)
//   vite build --mode firefox → dist/firefox  (background scripts, fixed gecko id, no managed schema:
//                                              Firefox ignores it and reads policies.json, validated by our code)
export const GECKO_ID = 'srm-coach@srm-coach.org';

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  const m = structuredClone(sourceManifest) as Record<string, unknown>;
  if (browser === 'firefox') {
    delete m.storage;
    delete m.key; // Chrome-only: fixes the unpacked extension id (ggcejggpjoeagpmcbcljfahoacbcgmii) for policies and tests
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 142: first desktop+Android release that knows data_collection_permissions (web-ext lint).
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  // JSON import widens literal types (e.g. manifest_version: number); the object is the MV3 manifest above.
  return m as unknown as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    publicDir: 'extension',
    resolve: { alias: ALIASES },
    plugins: [
      zxcvbnWordLists(),
      crx({ manifest: manifestFor(browser), browser }),
      // The popup's script as one file: it opens ~80 ms sooner (src/popup/index.html, scripts/lib/single-file-page.mjs).
      singleFilePage({ entry: 'src/popup/main.tsx', out: 'popup/main.js' }),
      // The secret frame too: one file, no chain of chunks (main → strength → Public Suffix List) before the dictionaries load.
      singleFilePage({ entry: 'src/password-frame/main.ts', out: 'password-frame/main.js', plugins: [zxcvbnWordLists()] }),
      // Only the secret frame's page is web-accessible (it must be framed by Notion's pages).
      exposeOnly(['src/password-frame/index.html']),
    ],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      // Extension pages (popup, options, …) list every chunk their entry needs as <link rel=modulepreload>,
      // so the browser fetches them at once instead of discovering them one import level at a time (the
      // popup's 9 chunks were 3 levels deep). A script's import() gets none: in a content script that
      // would inject <link rel=modulepreload> into Notion's <head>. No polyfill (Chromium and Firefox have it).
      modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 2000,
      // Extension pages the manifest does not name (CRXJS builds only what the manifest references).
      rollupOptions: {
        input: { welcome: 'src/welcome/index.html', log: 'src/log/index.html', 'password-frame': 'src/password-frame/index.html' },
      },
    },
  };
});
