// The test command: typecheck, lint, unit and component tests, then end-to-end tests in real Chromium
// against the built app. Ends with one plain line "N passed, N failed" counting every runner.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';

const bin = (name) => join('node_modules', '.bin', name);
let passed = 0;
let failed = 0;
const out = mkdtempSync(join(tmpdir(), 'telework-tests-'));

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function step(label, cmd, args) {
  if (run(label, cmd, args)) passed += 1;
  else failed += 1;
}

step('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
step('lint', bin('eslint'), ['.', '--max-warnings=0']);
step('formatting (prettier --check)', bin('prettier'), ['--check', '.']);

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

const chrome = ensureChromium();
if (!run('build', 'npm', ['run', 'build'])) failed += 1;
else {
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

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
