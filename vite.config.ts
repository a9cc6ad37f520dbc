import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import sourceManifest from './manifest.json' with { type: 'json' };
import { zxcvbnWordLists } from './scripts/lib/zxcvbn-word-lists.mjs';

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
    plugins: [zxcvbnWordLists(), crx({ manifest: manifestFor(browser), browser })],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      // Otherwise a content-script import() injects <link rel=modulepreload> into Notion's <head>.
      modulePreload: false,
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
