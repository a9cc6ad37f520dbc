// A Vite plugin: the built manifest's web_accessible_resources keep only the files named here. CRXJS
// makes every `?script` file (the reuse watch, the content script's lazy parts) web-accessible, but those
// are injected with scripting.executeScript / registerContentScripts, which need no such entry; each
// entry is a file any page it matches can fetch to learn that SRM Coach is installed (SECURITY.md).
// CRXJS writes the manifest last (after its classic-script builds), so this edits the written file.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function exposeOnly(keep) {
  let outDir = 'dist';
  return {
    name: 'srm-coach:expose-only',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const file = join(outDir, 'manifest.json');
        if (!existsSync(file)) return;
        const m = JSON.parse(readFileSync(file, 'utf8'));
        m.web_accessible_resources = (m.web_accessible_resources ?? [])
          .map((w) => ({ ...w, resources: (w.resources ?? []).filter((r) => keep.includes(r)) }))
          .filter((w) => w.resources.length);
        writeFileSync(file, JSON.stringify(m, null, 2));
      },
    },
  };
}
