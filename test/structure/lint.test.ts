// The layering rules in .oxlintrc.json fire: a probe tree with one violation of each rule fails the linter
// with exactly those findings, and the real tree passes. (A rule that matched nothing would pass both.)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const OXLINT = join(ROOT, 'node_modules/.bin/oxlint');
const probe = mkdtempSync(join(tmpdir(), 'srm-lint-probe-'));
afterAll(() => rmSync(probe, { recursive: true, force: true }));

const lint = (cwd: string, ...paths: string[]) => spawnSync(OXLINT, ['-c', join(cwd, '.oxlintrc.json'), '--format', 'unix', ...paths], { cwd, encoding: 'utf8' });

describe('lint rules hold the layering', () => {
  it('each violation is reported', () => {
    copyFileSync(join(ROOT, '.oxlintrc.json'), join(probe, '.oxlintrc.json'));
    const files: Record<string, string> = {
      'src/shared/dom.ts': 'export const t = () => document.title;\n',
      'src/shared/polyfill.ts': "import browser from 'webextension-polyfill';\nexport const b = browser;\n",
      'src/shared/ui.ts': "import { render } from 'preact';\nexport const r = render;\n",
      'src/content/direct.ts': "import { browser } from '../platform/browser';\nexport const b = browser;\n",
      'src/popup/global.ts': 'export const id = () => chrome.runtime.id;\n',
      'src/log/bg.ts': "import { LOG_KEY } from '../background/log-store';\nexport const k = LOG_KEY;\n",
      'src/platform/browser.ts': 'export const browser = {};\n',
      'src/platform/ok.ts': "import { browser } from './browser';\nexport const b = browser;\n",
      'src/background/log-store.ts': "export const LOG_KEY = 'log';\n",
      'src/background/ok.ts': "import { browser } from '../platform/browser';\nimport { LOG_KEY } from './log-store';\nexport const b = [browser, LOG_KEY];\n",
    };
    for (const [path, code] of Object.entries(files)) {
      mkdirSync(join(probe, dirname(path)), { recursive: true });
      writeFileSync(join(probe, path), code);
    }
    const r = lint(probe, 'src');
    const flagged = [...new Set([...r.stdout.matchAll(/^src\/(\S+?):\d+/gm)].map((m) => m[1]))].sort();
    expect(flagged).toEqual(['content/direct.ts', 'log/bg.ts', 'popup/global.ts', 'shared/dom.ts', 'shared/polyfill.ts', 'shared/ui.ts']);
    expect(r.status).not.toBe(0);
  });

  it('the real tree passes', () => {
    const r = lint(ROOT, 'src', 'test', 'scripts', 'bench');
    expect(r.status, r.stdout).toBe(0);
  }, 30_000);
});
