// npm test: type-check, lint, build both targets, unit + DOM tests (Node/jsdom), then end-to-end tests in real
// Chromium and a Firefox smoke test. Ends with one plain line "N passed, N failed" counting every test
// that ran, and fails when any failed or when a stage collected no tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
mkdirSync('.tmp', { recursive: true });

function step(title, cmd, args) {
  console.log(`\n== ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  return r.status === 0;
}

function vitest(project, extra = []) {
  const out = `.tmp/vitest-${project}.json`;
  rmSync(out, { force: true });
  const ok = step(`${project} tests`, bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extra]);
  if (!existsSync(out)) return { ok: false, passed: 0, failed: 1, total: 0 };
  const r = JSON.parse(readFileSync(out, 'utf8'));
  return { ok, passed: r.numPassedTests, failed: r.numFailedTests, total: r.numTotalTests };
}

let passed = 0;
let failed = 0;
const problems = [];

if (!step('type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])) problems.push('type-check failed');
// The layering rules (.oxlintrc.json): a violation fails the run.
if (!step('lint', bin('oxlint'), ['-c', '.oxlintrc.json', 'src', 'test', 'scripts', 'bench'])) problems.push('lint failed');
if (!step('build', 'node', ['scripts/build.mjs'])) {
  problems.push('build failed');
} else {
  for (const project of ['unit', 'e2e']) {
    const r = vitest(project);
    passed += r.passed;
    failed += r.failed;
    if (r.total === 0) problems.push(`${project}: no tests collected`);
    if (!r.ok && r.failed === 0) problems.push(`${project}: runner failed`);
  }
}

console.log('');
for (const p of problems) console.log(`problem: ${p}`);
console.log(`${passed} passed, ${failed + problems.length} failed`);
process.exit(failed === 0 && problems.length === 0 ? 0 : 1);
