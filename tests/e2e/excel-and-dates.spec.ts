import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import type { Assessment } from '../../src/domain/assessment';
import { seedAssessments } from './seed';

const LANGUAGE_KEY = 'telework-security-checklist.language';
// 30 November 2026 (令和8年), local time.
const t = new Date(2026, 10, 30, 9, 5).getTime();
const sample: Assessment = {
  id: 'excel-a',
  name: '本社 2026年度',
  organisation: '株式会社サンプル',
  assessor: '田中',
  catalogueVersion: '2021.05.1',
  environments: [
    {
      id: 'pc',
      name: '社用ノートPC',
      method: 1,
      path: [],
      scope: {},
      overrides: [],
      answers: { '1-1': { status: 'done', note: '台帳あり', updatedAt: t } },
      createdAt: t,
      updatedAt: t,
    },
  ],
  createdAt: t,
  updatedAt: t,
};

async function open(page: Page, language?: 'en') {
  await seedAssessments(page, [sample]);
  if (language)
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      LANGUAGE_KEY,
      language,
    ] as const);
  await page.goto(`./#/a/${sample.id}`);
}

/** Clicks the Excel button, saves the download and reads it back with ExcelJS. */
async function saveWorkbook(page: Page, testInfo: TestInfo, button: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloading;
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const bytes = await readFile(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return { workbook, file: download.suggestedFilename() };
}

/** The row of an item on the checklist sheet, as header → value. */
function itemRow(sheet: ExcelJS.Worksheet, number: string): Map<string, unknown> {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1);
    if (values.includes(number)) return new Map(headers.map((h, i) => [h, values[i]]));
  }
  throw new Error(`no row for ${number}`);
}

test.describe('Excel export', () => {
  test('saves a workbook in Japanese with the item number as text and its status', async ({
    page,
  }, testInfo) => {
    await open(page);
    const { workbook, file } = await saveWorkbook(page, testInfo, 'Excel（.xlsx）で保存');
    expect(file).toMatch(/^本社 2026年度-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['概要', 'チェックリスト', '出典']);
    const sheet = workbook.getWorksheet('チェックリスト')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(
      expect.arrayContaining(['環境', 'No.', '状況', 'メモ']),
    );
    const row = itemRow(sheet, '1-1');
    expect(row.get('No.')).toBe('1-1');
    expect(row.get('状況')).toBe('実施済み');
    await expect(page.getByText(`「${file}」のダウンロードを開始しました。`)).toBeVisible();
  });

  test('saves a workbook in English', async ({ page }, testInfo) => {
    await open(page, 'en');
    const { workbook } = await saveWorkbook(page, testInfo, 'Save as Excel (.xlsx)');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Checklist', 'Source']);
    const row = itemRow(workbook.getWorksheet('Checklist')!, '1-1');
    expect(row.get('No.')).toBe('1-1');
    expect(row.get('Status')).toBe('Implemented');
  });
});

test.describe('dates in 西暦 or 和暦', () => {
  test('remembers 和暦 across a reload, on the overview and the report', async ({ page }) => {
    await open(page);
    await expect(page.getByText('最終更新：2026年11月30日 9:05')).toBeVisible();
    const choice = page.getByRole('group', { name: '日付の表示' });
    await expect(choice.getByRole('radio', { name: '西暦' })).toBeChecked();
    await choice.getByRole('radio', { name: '和暦' }).check();
    await expect(page.getByText('最終更新：令和8年11月30日 9:05')).toBeVisible();

    await page.reload();
    await expect(page.getByRole('radio', { name: '和暦' })).toBeChecked();
    await expect(page.getByText('最終更新：令和8年11月30日 9:05')).toBeVisible();
    await page.goto(`./#/a/${sample.id}/report`);
    await expect(page.getByText('令和8年11月30日 9:05').first()).toBeVisible();
  });

  test('writes English dates in the Gregorian calendar, with no choice offered', async ({ page }) => {
    await open(page);
    await page.getByRole('radio', { name: '和暦' }).check();
    await page.evaluate((key) => localStorage.setItem(key, 'en'), LANGUAGE_KEY);
    await page.reload();
    await expect(page.getByText('Last changed: 30 November 2026 at 09:05')).toBeVisible();
    await expect(page.getByRole('group', { name: '日付の表示' })).toHaveCount(0);
    await expect(page.getByText(/令和/)).toHaveCount(0);
  });
});
