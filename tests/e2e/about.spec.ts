import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { assessment, environment, seedAssessments } from './seed';

const LINE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/13.19.0';

/** Notes that do not compress, so that a link with names and notes runs long. */
function noise(n: number, seed: number): string {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return String.fromCharCode(0x4e00 + (s % 2000));
  }).join('');
}

const ITEMS = ['1-1', '1-2', '2-1', '2-2', '3-1', '4-1', '5-1', '5-2', '6-1', '7-1', '8-1', '10-1'];

async function seedOne(page: Page, noteLength = 0) {
  const answers = Object.fromEntries(
    ITEMS.map((id, i) => [id, { status: 'done' as const, note: noise(noteLength, i + 1), updatedAt: 1 }]),
  );
  await seedAssessments(page, [
    assessment('qa', '本社の点検', [environment('pc', '社用PC', 1, noteLength ? { answers } : {})]),
  ]);
}

async function openShareDialog(page: Page) {
  await page.goto('./#/a/qa');
  await page.getByRole('button', { name: '共有リンクを作る' }).click();
  const dialog = page.getByRole('dialog', { name: '共有リンク' });
  await expect(dialog.getByRole('textbox', { name: '共有リンク' })).toHaveValue(/#S2/);
  return dialog;
}

test.describe('about page', () => {
  test('is linked from the footer and gives purpose, references, revisions, contact and trademarks', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('contentinfo').getByRole('link', { name: 'この手引きとツールについて' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'この手引きとツールについて' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '本書の目的' })).toBeVisible();
    const refs = page.getByRole('region', { name: '参考情報（手引きの参考2）' });
    await expect(refs.getByRole('link')).toHaveCount(8);
    await expect(page.getByRole('region', { name: '改定履歴' })).toContainText('2021年6月2日');
    await expect(page.getByRole('region', { name: '問い合わせ先' })).toContainText(
      'telework-security×ml.soumu.go.jp',
    );
    await expect(page.getByText(/各社の商標・登録商標です/)).toBeVisible();
    await expect(page.getByRole('region', { name: '手引きが扱う方式と扱わない方式' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('reads in English too, and passes axe', async ({ page }) => {
    await page.goto('./#/about');
    await page.getByRole('group', { name: '表示言語' }).getByRole('button', { name: 'English' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'About the guide and this tool' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Intended readers' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Revision history' })).toContainText('31 May 2021');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('caveats of a result', () => {
  test('are on the home page and the summary', async ({ page }) => {
    await seedOne(page);
    await page.goto('./');
    const home = page.getByRole('complementary', { name: 'この結果について' });
    await expect(home).toContainText('「安全である」という意味ではありません');
    await expect(home).toContainText('オフィスネットワーク等');
    await page.goto('./#/a/qa/summary');
    const summary = page.getByRole('complementary', { name: 'この結果について' });
    await expect(summary).toContainText('最低限必要となる基本的な対策です');
    await summary.getByText('手引きの記載（(1) 本書の目的）').click();
    await expect(summary).toContainText('必ずしも網羅的ではありませんが');
  });
});

test.describe('share link opened in LINE', () => {
  test.use({ userAgent: LINE_UA });

  test('explains, before anything is added, how to open it in the default browser', async ({ page }) => {
    await seedOne(page);
    const dialog = await openShareDialog(page);
    const link = await dialog.getByRole('textbox', { name: '共有リンク' }).inputValue();
    await page.goto(link);
    const notice = page.getByRole('region', { name: 'アプリ内のブラウザで開いています' });
    await expect(notice).toContainText('LINEの中のブラウザ');
    await expect(notice).toContainText('「︙」を押し、「ブラウザで開く」');
    await expect(notice.getByRole('button', { name: 'リンクをコピー' })).toBeVisible();
    await expect(page.getByRole('button', { name: '開く' })).toBeVisible();
  });
});

test.describe('share dialog', () => {
  test('shows a QR code that decodes to the link', async ({ page }) => {
    await seedOne(page);
    const dialog = await openShareDialog(page);
    const link = await dialog.getByRole('textbox', { name: '共有リンク' }).inputValue();
    const qr = dialog.getByRole('img', { name: '共有リンクのQRコード' });
    await expect(qr).toBeVisible();
    await expect(dialog).not.toContainText('リンクが長いため');
    const png = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(link);
  });

  test('warns about a link over 2,000 characters and offers the JSON file', async ({ page }) => {
    await seedOne(page, 100);
    const dialog = await openShareDialog(page);
    await dialog.getByRole('checkbox', { name: '診断名・組織名・環境名・メモもリンクに含める' }).check();
    await expect(dialog.getByText('リンクが長いため、途中で切れるおそれがあります')).toBeVisible();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'JSONファイルに書き出す' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);
  });
});
