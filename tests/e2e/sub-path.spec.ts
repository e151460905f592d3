import { test, expect } from '@playwright/test';
import { hostCopyOfApp, type StaticHost } from './static-host';

// This spec is about what the service worker does (or fetches): let it run (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/**
 * The built app uses relative URLs only, so it works from any sub-path of any static host: here a plain static
 * server that serves it under /sub/dir/ and nothing else (any request outside that folder gets a 404).
 */

let host: StaticHost;
test.beforeAll(async () => {
  host = await hostCopyOfApp('/sub/dir/');
});
test.afterAll(async () => {
  await host.stop();
});

test.describe('served from a sub-path', () => {
  test('loads, navigates, switches language and registers its service worker there', async ({ page }) => {
    const base = `${host.url}sub/dir/`;
    const requested: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));

    await page.goto(base);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('テレワーク');
    await page.getByRole('button', { name: '診断をはじめる' }).click();
    await expect(page).toHaveURL(`${base}#/assessments`);
    await expect(page.getByRole('heading', { level: 1, name: '診断一覧' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: '用語集' })
      .click();
    await expect(page).toHaveURL(`${base}#/glossary`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('link', { name: 'Glossary' })).toBeVisible();

    // The service worker lives in the app's folder and controls only that folder.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(base);

    expect(failed).toEqual([]);
    const paths = requested.filter((u) => u.startsWith('http')).map((u) => new URL(u).pathname);
    expect(paths.filter((p) => !p.startsWith('/sub/dir/'))).toEqual([]);
    // Lazily loaded screens and the English texts came from the sub-path too.
    expect(paths.filter((p) => p.startsWith('/sub/dir/assets/') && p.endsWith('.js')).length).toBeGreaterThan(
      3,
    );
  });

  test('a deep link into the app opens directly', async ({ page }) => {
    await page.goto(`${host.url}sub/dir/#/glossary`);
    await expect(page).toHaveURL(/\/sub\/dir\/#\/glossary$/);
    await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('見つかりません');
  });
});
