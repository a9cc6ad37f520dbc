// npm test: type-check, lint, build both targets, unit + DOM tests (Node/jsdom), then end-to-end tests in real
// Chromium and a Firefox smoke test. Ends with one plain line "N passed, N failed" counting every test
// that ran, and fails when any failed or when a stage collected no tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const bin = (name) => `node_modules/.bin/${name}`;
mkdirSync('.tmp', { recursive: true });

function step(title, cmd, args) {
  console.log(`\n== ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  return r.status === 0;
}

/** Runs a command, showing its output as it comes and keeping it (ANSI-free) for the summary. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
    let out = '';
    const keep = (chunk, sink) => {
      sink.write(chunk);
      out += chunk.toString('utf8');
    };
    child.stdout.on('data', (c) => keep(c, process.stdout));
    child.stderr.on('data', (c) => keep(c, process.stderr));
    child.on('close', (code) => resolve({ ok: code === 0, out: stripVTControlCharacters(out) }));
  });
}

async function vitest(project, extra = []) {
  const out = `.tmp/vitest-${project}.json`;
  rmSync(out, { force: true });
  const args = ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extra];
  console.log(`\n== ${project} tests: vitest ${args.join(' ')}`);
  const { ok, out: text } = await run(bin('vitest'), args);
  // Errors outside any test (an uncaught exception after a test ended) fail the run without failing a test:
  // repeat them here, so the last lines of a CI log say what happened.
  const at = text.indexOf('Unhandled Error');
  const unhandled = at >= 0 ? text.slice(at).split('\n').slice(0, 40).join('\n') : '';
  if (!existsSync(out)) return { ok: false, passed: 0, failed: 1, total: 0, unhandled };
  const r = JSON.parse(readFileSync(out, 'utf8'));
  return { ok, passed: r.numPassedTests, failed: r.numFailedTests, total: r.numTotalTests, unhandled };
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
    const r = await vitest(project);
    passed += r.passed;
    failed += r.failed;
    if (r.total === 0) problems.push(`${project}: no tests collected`);
    if (!r.ok && r.failed === 0) problems.push(`${project}: runner failed${r.unhandled ? `\n${r.unhandled}` : ''}`);
  }
}

console.log('');
for (const p of problems) console.log(`problem: ${p}`);
console.log(`${passed} passed, ${failed + problems.length} failed`);
process.exit(failed === 0 && problems.length === 0 ? 0 : 1);
