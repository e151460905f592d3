import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// npm test sets CHROME_PATH (scripts/chromium.mjs); run alone, Debian's headless shell, else its Chromium.
const executablePath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((p) => existsSync(p)) ??
  '/usr/bin/chromium';
// E2E_PORT and E2E_DIST let several builds be tested side by side; the defaults serve dist/ on 4174.
const port = Number(process.env.E2E_PORT ?? 4174);
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  // Two Chromium pages at once keep both cores of a small machine busy (E2E_WORKERS overrides it).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'ja-JP',
    trace: 'off',
    // The service worker caches the whole app in every new browser context; only the specs about it (offline,
    // sub-path, privacy) let it run (test.use({ serviceWorkers: 'allow' })), so the others do not pay for it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // Serves the built app (npm test builds it first), as a user would get it.
    command: `node node_modules/vite/bin/vite.js preview --outDir ${dist} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
