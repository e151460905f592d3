// The test command: the type check, lint, formatting, unit and component tests, and the production build with
// end-to-end tests in real Chromium against it, in two lanes side by side. Ends with one plain line
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

/** Runs a command with its output streamed, without blocking the other lane; resolves true when it succeeds. */
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

/*
 * Two lanes side by side, so that both cores stay busy:
 * - the build, then the end-to-end tests in Chromium against it (its output streams);
 * - the type check, the linter, the formatting check, then the unit and component tests in one Vitest worker
 *   (their output is printed in a block as each ends).
 * The end-to-end tests spend much of their time waiting on the browser; the other lane fills that time.
 */
const chrome = ensureChromium();
const vitestJson = join(out, 'vitest.json');
const checks = (async () => {
  const results = [];
  results.push(await runQuietly('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']));
  results.push(await runQuietly('lint', bin('eslint'), ['.', '--max-warnings=0']));
  results.push(await runQuietly('formatting (prettier --check)', bin('prettier'), ['--check', '.']));
  const vitestOk = await runQuietly('unit and component tests (vitest)', bin('vitest'), [
    'run',
    '--maxWorkers=1',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestJson}`,
  ]);
  return { static: results, vitest: countVitest(vitestOk, vitestJson) };
})();

const buildOk = await runStreaming('build', 'npm', ['run', 'build']);
const pwJson = join(out, 'playwright.json');
const e2e = buildOk
  ? countPlaywright(
      await runStreaming(
        'end-to-end tests (Playwright, Chromium)',
        bin('playwright'),
        ['test', '--reporter=list,json'],
        {
          CHROME_PATH: chrome,
          PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
        },
      ),
      pwJson,
    )
  : { passed: 0, failed: 1 };

const lane = await checks;
for (const ok of lane.static) add(ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
add(lane.vitest);
add(e2e);

console.log(`\nAll tests in ${elapsed()}.`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
