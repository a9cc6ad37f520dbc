// npm run package: builds, then writes the two store zips with web-ext's own packager (`web-ext build`):
//  - dist/srm-coach-chrome-<v>.zip, for the Chrome Web Store: dist/chrome without the manifest's `key`
//    (the store refuses an upload that has one: "key field is not allowed in manifest"). The key only pins
//    the unpacked build's id, which enterprise policies target; the store gives the listed item its own id.
//  - dist/srm-coach-firefox-<v>.zip, for addons.mozilla.org: dist/firefox as it is.
// test/structure/package.test.ts opens both zips and checks each store's rules.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import webExt from 'web-ext';

if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const { version } = JSON.parse(readFileSync('manifest.json', 'utf8'));
const artifactsDir = resolve('dist');

/** Zips `sourceDir` into dist/<filename> (web-ext leaves out dotfiles and any zip or xpi inside). */
async function pack(sourceDir, filename) {
  const { extensionPath } = await webExt.cmd.build(
    { sourceDir, artifactsDir, filename, overwriteDest: true },
    { shouldExitProgram: false, showReadyMessage: false },
  );
  console.log(`wrote ${extensionPath}`);
}

const chrome = mkdtempSync(join(tmpdir(), 'srm-coach-chrome-'));
try {
  cpSync('dist/chrome', chrome, { recursive: true });
  const manifestPath = join(chrome, 'manifest.json');
  const { key: _unpackedOnly, ...manifest } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  await pack(chrome, `srm-coach-chrome-${version}.zip`);
} finally {
  rmSync(chrome, { recursive: true, force: true });
}
await pack(resolve('dist/firefox'), `srm-coach-firefox-${version}.zip`);
