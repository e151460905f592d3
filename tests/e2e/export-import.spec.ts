import { readFile, writeFile } from 'node:fs/promises';
import { seedAssessments, storedAssessments } from './seed';
import { test, expect, type Page } from '@playwright/test';
import type { Assessment } from '../../src/domain/assessment';
import { STORAGE_KEY } from '../../src/state/storage-key';

const t = Date.UTC(2024, 3, 1, 9, 30);
const original: Assessment = {
  id: 'export-a',
  name: '大阪支社 2024年度',
  organisation: '株式会社サンプル',
  assessor: '田中',
  catalogueVersion: '2021.05.1',
  environments: [
    {
      id: 'pc',
      name: '社用ノートPC',
      method: 1,
      path: [
        { question: 'device', option: 'company' },
        { question: 'connection-company', option: 'vpn-rdp' },
      ],
      scope: { webmail: false, 'online-meetings': true },
      overrides: ['2-2'],
      answers: {
        '1-1': { status: 'done', note: '資産台帳はExcelで管理（総務部）', updatedAt: t + 1000 },
        '1-2': { status: 'partial', note: '=HYPERLINK("http://example.com")', updatedAt: t + 2000 },
        '2-1': { status: 'not-done', note: '<script>alert(1)</script>', updatedAt: t + 3000 },
      },
      createdAt: t,
      updatedAt: t + 3000,
    },
    {
      id: 'phone',
      name: '私用スマートフォン',
      method: 6,
      path: [],
      scope: { smartphones: true },
      overrides: [],
      answers: { '9-1': { status: 'unknown', note: '', updatedAt: t + 4000 } },
      createdAt: t,
      updatedAt: t + 4000,
    },
  ],
  createdAt: t,
  updatedAt: t + 4000,
};

async function seed(page: Page, assessments: Assessment[]) {
  await seedAssessments(page, assessments);
}

test.describe('export and import', () => {
  test('a JSON export imported in a fresh browser gives back the same assessment', async ({
    page,
    browser,
  }, testInfo) => {
    await seed(page, [original]);
    await page.goto(`./#/a/${original.id}`);
    const exporting = page.waitForEvent('download');
    await page.getByRole('button', { name: 'JSONファイルに書き出す' }).click();
    const download = await exporting;
    expect(download.suggestedFilename()).toMatch(/^大阪支社 2024年度-\d{4}-\d{2}-\d{2}\.json$/);
    const path = testInfo.outputPath('export.json');
    await download.saveAs(path);
    await expect(page.getByRole('status').filter({ hasText: 'ダウンロードを開始しました' })).toBeVisible();

    const context = await browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto('./#/assessments');
    await fresh.getByLabel('JSONファイルから読み込む').setInputFiles(path);
    await expect(fresh.getByRole('heading', { name: /読み込むファイル：/ })).toBeVisible();
    await expect(fresh.getByText('株式会社サンプル')).toBeVisible();
    await expect(fresh.getByText('私用スマートフォン', { exact: true })).toBeVisible();
    expect(await storedAssessments(fresh)).toEqual([]);

    await fresh.getByRole('button', { name: '開く' }).click();
    await expect(fresh.getByRole('heading', { level: 1, name: '大阪支社 2024年度' })).toBeVisible();
    const [imported] = await storedAssessments(fresh);
    expect(imported).toEqual({ ...original, id: imported!.id });
    await context.close();
  });

  test('the CSV for Excel has a byte-order mark, CRLF line ends and neutralised formulas', async ({
    page,
  }, testInfo) => {
    await seed(page, [original]);
    await page.goto(`./#/a/${original.id}`);
    const exporting = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSVファイルに書き出す（Excel用）' }).click();
    const download = await exporting;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const path = testInfo.outputPath('export.csv');
    await download.saveAs(path);
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      '環境,テレワーク方式,No.,分類,優先度,対策内容,状況,メモ,対応内容,担当者,期限,対応状況,リスク受容の理由,リスク受容の承認者',
    );
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(lines.at(-1)).toBe('');
    // Header + 32 items of method ① + 27 of method ⑥.
    expect(lines).toHaveLength(1 + 32 + 27 + 1);
    expect(text).toContain(`,一部実施,"'=HYPERLINK(""http://example.com"")"`);
    expect(text).toContain(
      '社用ノートPC,方式① 会社支給端末・VPN/リモートデスクトップ方式,1\u20111,資産・構成管理,◎,',
    );
  });

  test('a broken file shows what is wrong and changes nothing', async ({ page }, testInfo) => {
    await seed(page, [original]);
    await page.goto('./#/assessments');
    await expect(page.getByRole('heading', { level: 1, name: '診断一覧' })).toBeVisible();
    const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    const path = testInfo.outputPath('broken.json');
    await writeFile(
      path,
      '{"format":"telework-security-checklist/assessment","version":1,"exportedAt":1,"assessment":{"__proto__":{}}}',
    );
    await page.getByLabel('JSONファイルから読み込む').setInputFiles(path);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('「broken.json」は読み込めません');
    await expect(alert).toContainText('このブラウザに保存されているデータは変更されていません。');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
  });
});
