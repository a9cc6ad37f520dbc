// Checks on the built extension: web-ext lint on the Firefox build, and the Chrome build's manifest.
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/browser.mjs';
import { APP_MATCHES, LOGIN_MATCHES, NOTION_MATCHES, PUBLISHED_MATCH } from '../../src/shared/notion-hosts';

interface LintMessage { code: string; file?: string; message: string }
interface LintReport { summary: { errors: number; warnings: number }; errors: LintMessage[]; warnings: LintMessage[] }

describe('built extension', () => {
  test('web-ext lint on dist/firefox: 0 errors, and warnings only from dependencies (Preact runtime innerHTML)', () => {
    let out: string;
    try {
      out = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    } catch (e) {
      out = (e as { stdout: string }).stdout; // lint exits 1 on errors; the JSON still says why
    }
    const report = JSON.parse(out) as LintReport;
    expect(report.errors).toEqual([]);
    // Warnings must all be Preact's own innerHTML support (dangerouslySetInnerHTML), which we never use.
    for (const w of report.warnings) {
      expect(w.code).toBe('UNSAFE_VAR_ASSIGNMENT');
      expect(readFileSync(join(ROOT, 'dist/firefox', w.file ?? ''), 'utf8')).toMatch(/dangerouslySetInnerHTML|__html/);
    }
  }, 60_000);

  test('Chrome build: content script matches and host permissions are exactly the Notion hosts', () => {
    const m = JSON.parse(readFileSync(join(ROOT, 'dist/chrome/manifest.json'), 'utf8'));
    expect(m.content_scripts[0].matches.sort()).toEqual([...APP_MATCHES].sort());
    expect(m.content_scripts[2].matches).toEqual([PUBLISHED_MATCH]);
    expect(m.host_permissions.sort()).toEqual([...NOTION_MATCHES].sort());
    expect(m.storage.managed_schema).toBe('managed-schema.json');
  });

  test.each(['chrome', 'firefox'])('%s build: the login/signup prewarm is one classic script at document_start (no import())', (browser) => {
    const m = JSON.parse(readFileSync(join(ROOT, `dist/${browser}/manifest.json`), 'utf8'));
    const prewarm = m.content_scripts[1];
    expect(prewarm.matches.sort()).toEqual([...LOGIN_MATCHES].sort());
    expect(prewarm.run_at).toBe('document_start');
    expect(prewarm.js).toHaveLength(1);
    const code = readFileSync(join(ROOT, `dist/${browser}`, prewarm.js[0]), 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|\bexport\s/m);
  });

  test('the popup loads one script file and no style sheet (it opens faster; scripts/lib/single-file-page.mjs)', () => {
    const html = readFileSync(join(ROOT, 'dist/chrome/src/popup/index.html'), 'utf8');
    expect([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((x) => x[1])).toEqual(['/popup/main.js']);
    expect(html).not.toMatch(/rel="(stylesheet|modulepreload)"/);
    const code = readFileSync(join(ROOT, 'dist/chrome/popup/main.js'), 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(|\bfrom\s*["']\.{1,2}\//);
  });

  test('Firefox build: background scripts, fixed gecko id, min version ≥ 128, no data collection', () => {
    const m = JSON.parse(readFileSync(join(ROOT, 'dist/firefox/manifest.json'), 'utf8'));
    expect(m.background.scripts?.length).toBeGreaterThan(0);
    expect(m.background.service_worker).toBeUndefined();
    expect(m.browser_specific_settings.gecko.id).toBe('srm-coach@srm-coach.org');
    expect(Number.parseFloat(m.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(128);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.key).toBeUndefined();
  });
});
