// Checks on the built extension: web-ext lint on the Firefox build, and the Chrome build's manifest.
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/browser.mjs';
import { NOTION_MATCHES } from '../../src/shared/notion-hosts';

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
    expect(m.content_scripts[0].matches.sort()).toEqual([...NOTION_MATCHES].sort());
    expect(m.host_permissions.sort()).toEqual([...NOTION_MATCHES].sort());
    expect(m.storage.managed_schema).toBe('managed-schema.json');
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
