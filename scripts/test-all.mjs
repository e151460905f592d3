// The test command: typecheck, lint, formatting and the production build side by side, then the unit and
// component tests, then end-to-end tests in real Chromium against the built app. Ends with one plain line
// "N passed, N failed" counting every runner.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';

const bin = (name) => join('node_modules', '.bin', name);
let passed = 0;
let failed = 0;
const out = mkdtempSync(join(tmpdir(), 'telework-tests-'));
const started = Date.now();
const elapsed = (since = started) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/** Runs a command with its output streamed; true when it succeeds. */
function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`--- ${label}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${elapsed(t)}`);
  return r.status === 0;
}

/** Runs a command with its output kept, then printed in one block when it ends; resolves true when it succeeds. */
function runQuietly(label, cmd, args) {
  const t = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, FORCE_COLOR: '0' } });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('error', (e) => chunks.push(Buffer.from(String(e))));
    child.on('close', (code) => {
      console.log(`\n=== ${label} ===\n${Buffer.concat(chunks).toString().trimEnd()}`);
      console.log(`--- ${label}: ${code === 0 ? 'ok' : 'FAILED'} in ${elapsed(t)}`);
      resolve(code === 0);
    });
  });
}

// 1. The static checks and the build do not depend on each other: on two cores, running them side by side
//    takes about half the time of running them one after another.
const [typecheckOk, lintOk, formatOk, buildOk] = await Promise.all([
  runQuietly('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']),
  runQuietly('lint', bin('eslint'), ['.', '--max-warnings=0']),
  runQuietly('formatting (prettier --check)', bin('prettier'), ['--check', '.']),
  runQuietly('build', 'npm', ['run', 'build']),
]);
for (const ok of [typecheckOk, lintOk, formatOk]) {
  if (ok) passed += 1;
  else failed += 1;
}

// 2. Unit and component tests.
const vitestJson = join(out, 'vitest.json');
const vitestOk = run('unit and component tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (vitestOk || r.numFailedTests > 0 ? 0 : 1);
} else failed += 1;

// 3. End-to-end tests in Chromium against the build.
if (!buildOk) failed += 1;
else {
  const chrome = ensureChromium();
  const pwJson = join(out, 'playwright.json');
  const pwOk = run(
    'end-to-end tests (Playwright, Chromium)',
    bin('playwright'),
    ['test', '--reporter=list,json'],
    {
      CHROME_PATH: chrome,
      PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
    },
  );
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected + (pwOk || s.unexpected > 0 ? 0 : 1);
  } else failed += 1;
}

console.log(`\nAll tests in ${elapsed()}.`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
