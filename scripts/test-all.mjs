// The test command: the type check, lint, formatting and the production build side by side, then the unit and
// component tests, then end-to-end tests in real Chromium against the build. Ends with one plain line
// "N passed, N failed" counting every runner.
import { spawn } from 'node:child_process';
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

/** Runs a command with its output streamed; resolves true when it succeeds. */
function runStreaming(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const t = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', () => resolve(false));
    child.on('close', (code) => {
      console.log(`--- ${label}: ${code === 0 ? 'ok' : 'FAILED'} in ${elapsed(t)}`);
      resolve(code === 0);
    });
  });
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

/** Vitest's counts from its JSON report; a run that failed without failing a test counts as one failure. */
function countVitest(ok, file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests + (ok || r.numFailedTests > 0 ? 0 : 1) };
}

/** Playwright's counts from its JSON report, likewise. */
function countPlaywright(ok, file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const s = JSON.parse(readFileSync(file, 'utf8')).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected + (ok || s.unexpected > 0 ? 0 : 1) };
}

function add(counts) {
  passed += counts.passed;
  failed += counts.failed;
}

const chrome = ensureChromium({ headlessShell: true });

// 1. The static checks and the build do not depend on each other, and each of the checks uses one core: side by
//    side they keep both cores busy.
const [typecheckOk, lintOk, formatOk, buildOk] = await Promise.all([
  runQuietly('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']),
  runQuietly('lint', bin('eslint'), ['.', '--max-warnings=0']),
  runQuietly('formatting (prettier --check)', bin('prettier'), ['--check', '.']),
  runQuietly('build', 'npm', ['run', 'build']),
]);
for (const ok of [typecheckOk, lintOk, formatOk])
  add(ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

// 2. Unit and component tests, on every core (vite.config.ts). Not beside the end-to-end tests: two test runners
//    on two cores slow each other's tests to their time limits.
const vitestJson = join(out, 'vitest.json');
add(
  countVitest(
    await runStreaming('unit and component tests (vitest)', bin('vitest'), [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestJson}`,
    ]),
    vitestJson,
  ),
);

// 3. End-to-end tests in Chromium against the build.
const pwJson = join(out, 'playwright.json');
add(
  buildOk
    ? countPlaywright(
        await runStreaming(
          'end-to-end tests (Playwright, Chromium)',
          bin('playwright'),
          ['test', '--reporter=list,json'],
          { CHROME_PATH: chrome, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson },
        ),
        pwJson,
      )
    : { passed: 0, failed: 1 },
);

console.log(`\nAll tests in ${elapsed()}.`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
