import { test, expect, type Page, type Route } from '@playwright/test';
import { axeViolations } from './axe';
import { assessment, environment, seedAssessments } from './seed';

const AID = 'load-assessment';
const EID = 'load-env';

/** Holds back the app's own script (its first-screen chunk, `app-*.js`, see vite.config.ts) until `release` is called. */
async function holdAppScript(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route(/\/assets\/app-[^/]*\.js$/, (route) => {
    if (released) void route.continue();
    else held.push(route);
  });
  // Returns how many requests were held, so a test knows it really held the app back.
  return () => {
    released = true;
    const routes = held.splice(0);
    for (const r of routes) void r.continue();
    return routes.length;
  };
}

test.describe('loading', () => {
  test('an English browser is shown the English first screen before any app script runs, then it works', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const release = await holdAppScript(page);
    await page.goto('./', { waitUntil: 'commit' });
    // Painted from the page alone: the English pre-render, not the Japanese one.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(/telework security/i);
    await expect(page.getByRole('heading', { name: /テレワーク/ })).toHaveCount(0);
    expect(await page.evaluate(() => performance.getEntriesByName('app-interactive').length)).toBe(0);

    expect(release()).toBeGreaterThan(0);
    await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
    // Hydrated in place: one first screen only, still English, and the language switch works both ways.
    await expect(page.locator('[data-prerendered]')).toHaveCount(0);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(heading).toHaveText(/テレワーク/);
    await page.getByRole('link', { name: '用語集' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: '用語集' })).toBeVisible();
    await page.getByRole('group', { name: '表示言語' }).getByRole('button', { name: 'English' }).click();
    // The catalogue's English texts arrive with the switch.
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await expect(page.getByText('Operating System', { exact: false }).first()).toBeVisible();
    await context.close();
  });

  test('a deep link starts its screen and its language’s catalogue texts before the app script has loaded', async ({
    browser,
  }) => {
    for (const [locale, own, other] of [
      ['ja-JP', 'ja', 'en'],
      ['en-US', 'en', 'ja'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await seedAssessments(page, [assessment(AID, '本社', [environment(EID, '社用ノートPC', 1)])]);
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname.split('/').pop() ?? ''));
      const release = await holdAppScript(page);
      await page.goto(`./#/a/${AID}/e/${EID}/checklist`, { waitUntil: 'commit' });
      // While the app's script is held back, the checklist's own chunk and the texts are already on their way.
      await expect
        .poll(() => requested.some((f) => f.startsWith('checklist-screen-')), { message: locale })
        .toBe(true);
      await expect.poll(() => requested.some((f) => f.startsWith(`_catalogue-${own}-`))).toBe(true);
      // Meanwhile the page says it is loading, and never shows the pre-rendered home screen instead.
      const [loading, otherLoading] =
        own === 'ja' ? ['読み込んでいます…', 'Loading…'] : ['Loading…', '読み込んでいます…'];
      await expect(page.getByRole('status').getByText(loading, { exact: true })).toBeVisible();
      await expect(page.getByText(otherLoading, { exact: true })).toBeHidden();
      await expect(page.getByRole('heading')).toHaveCount(0);
      expect(release()).toBeGreaterThan(0);
      await expect(
        page.getByRole('radio', { name: own === 'ja' ? '実施済み' : 'Implemented', exact: true }).first(),
      ).toBeVisible();
      await expect(page.locator('.boot-loading')).toHaveCount(0);
      // Only the visitor's language of the catalogue was downloaded.
      expect(requested.filter((f) => f.startsWith(`_catalogue-${other}-`))).toEqual([]);
      await context.close();
    }
  });
});
