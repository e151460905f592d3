import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { hostCopyOfApp, type StaticHost } from './static-host';

// This spec is about what the service worker does (or fetches): let it run (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/**
 * Offline and installable: after one visit the service worker has cached the whole app, so it keeps working
 * when the host cannot be reached; a new deployment is used on the next visit; the web app manifest is valid.
 * The "network off" here is real: the test's own static host is stopped.
 */

let host: StaticHost;
test.beforeEach(async () => {
  host = await hostCopyOfApp('/app/');
});
test.afterEach(async () => {
  await host.stop();
});

/** Waits until the service worker has installed, activated and taken control of the page. */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test.describe('offline', () => {
  test('after the first visit, the app opens and works with the host unreachable', async ({ page }) => {
    const base = `${host.url}app/`;
    await page.goto(base);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('テレワーク');
    await controlled(page);

    await host.stopServing();
    // Without the service worker this navigation would fail: nothing listens on the port any more.
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('テレワーク');

    // Deeper screens load their code from the cache: create an assessment and start its first environment.
    await page.getByRole('button', { name: '診断をはじめる' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '診断一覧' })).toBeVisible();
    await page.getByLabel('診断の名前').fill('オフラインでの点検');
    await page.getByRole('button', { name: '診断を作成' }).click();
    await page.getByLabel('環境の名前').fill('社用ノートPC');
    await page.getByRole('button', { name: '追加して方式を選ぶ' }).click();
    await expect(page).toHaveURL(/\/pick\/device$/);
    await expect(page.getByRole('radio', { name: '会社支給の端末' })).toBeVisible();

    // A deep link opened directly, and English, whose texts load on demand.
    await page.goto(`${base}#/glossary`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('link', { name: 'Glossary' })).toBeVisible();
  });

  test('a new deployment is used on the next visit, and the old caches are removed', async ({ page }) => {
    const base = `${host.url}app/`;
    await page.goto(base);
    await controlled(page);
    const before = await cacheNames(page);
    expect(before).toHaveLength(1);

    // Deploy a "new version": a changed page and a service worker with a new version.
    const index = join(host.dir, 'index.html');
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace('<head>', '<head><meta name="deployment" content="second">'),
    );
    const sw = join(host.dir, 'sw.js');
    writeFileSync(
      sw,
      readFileSync(sw, 'utf8').replace(/const VERSION = "[^"]*";/, 'const VERSION = "second";'),
    );

    await page.reload();
    await expect(page.locator('meta[name="deployment"]')).toHaveAttribute('content', 'second');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('テレワーク');
    // The new worker takes over and keeps only its own cache.
    await expect
      .poll(() => cacheNames(page), { timeout: 10_000 })
      .toEqual([expect.stringMatching(/:second$/)]);

    // Offline, the new version is what opens.
    await host.stopServing();
    await page.reload();
    await expect(page.locator('meta[name="deployment"]')).toHaveAttribute('content', 'second');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('テレワーク');
  });
});

test.describe('installable', () => {
  /** Width and height from a PNG's IHDR chunk. */
  const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

  test('the page links a valid web app manifest whose icons exist', async ({ page, request }) => {
    const base = `${host.url}app/`;
    await page.goto(base);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('./manifest.webmanifest');
    const manifestUrl = new URL(href!, base).href;
    const res = await request.get(manifestUrl);
    expect(res.ok()).toBe(true);
    const manifest = JSON.parse(await res.text()) as Record<string, unknown>;

    expect(manifest).toMatchObject({
      name: 'テレワークセキュリティ自己診断',
      short_name: expect.any(String),
      lang: 'ja',
      start_url: '.',
      scope: '.',
      display: 'standalone',
    });
    // Relative start URL and scope: installed from a sub-path, the app opens there.
    expect(new URL(manifest.start_url as string, manifestUrl).href).toBe(base);
    // The theme colour is the brand colour of the design tokens, and the one index.html announces.
    const brand = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--brand').trim(),
    );
    expect(manifest.theme_color).toBe(brand);
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', brand);

    const icons = manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[];
    for (const size of ['192x192', '512x512']) {
      expect(
        icons.some((i) => i.sizes === size && i.type === 'image/png' && (i.purpose ?? 'any').includes('any')),
      ).toBe(true);
    }
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of icons) {
      const r = await request.get(new URL(icon.src, manifestUrl).href);
      expect(r.ok(), icon.src).toBe(true);
      expect(r.headers()['content-type'], icon.src).toContain(icon.type);
      if (icon.type === 'image/png') {
        const { width, height } = pngSize(await r.body());
        expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
      }
    }
  });
});
