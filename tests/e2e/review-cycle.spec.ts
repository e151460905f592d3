import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import type { Assessment, ItemId, ItemStatus } from '../../src/domain/assessment';
import { axeViolations } from './axe';
import { assessment, environment, seedAssessments, storedAssessments } from './seed';

const LANGUAGE_KEY = 'telework-security-checklist.language';
const DAY = 86_400_000;
const now = Date.now();

const answers = (statuses: Partial<Record<ItemId, ItemStatus>>, carriedOver?: true) =>
  Object.fromEntries(
    Object.entries(statuses).map(([id, status]) => [
      id,
      { status: status!, note: '', updatedAt: now - 400 * DAY, ...(carriedOver ? { carriedOver } : {}) },
    ]),
  );

/** Two earlier reviews of one series, both 確定; the later one's next review date has passed. */
function twoReviews(): Assessment[] {
  const first = assessment(
    'r1',
    '2024年度 点検',
    [
      environment('pc1', '社用ノートPC', 1, {
        answers: answers({ '1-1': 'not-done', '1-2': 'done', '2-1': 'not-done' }),
      }),
    ],
    { finalisedAt: now - 700 * DAY, createdAt: now - 730 * DAY, updatedAt: now - 700 * DAY },
  );
  const second = assessment(
    'r2',
    '2025年度 点検',
    [
      environment('pc2', '社用ノートPC', 1, {
        answers: answers({ '1-1': 'not-done', '1-2': 'not-done', '2-1': 'done', '3-1': 'done' }),
      }),
    ],
    {
      seriesId: 'r1',
      finalisedAt: now - 360 * DAY,
      nextReviewOn: new Date(now - 5 * DAY).toISOString().slice(0, 10),
      createdAt: now - 380 * DAY,
      updatedAt: now - 360 * DAY,
    },
  );
  return [first, second];
}

async function setStatus(page: Page, id: string, status: string) {
  await page
    .getByRole('group', { name: `${id} の実施状況` })
    .getByText(status, { exact: true })
    .click();
}

test('start the next review, confirm and change answers, and see what improved and got worse with the trend', async ({
  page,
}) => {
  await seedAssessments(page, twoReviews());
  await page.goto('./');
  const due = page.getByRole('region', { name: '見直しの時期が来ている診断' });
  await expect(due).toContainText('「2025年度 点検」の次回見直し予定日');
  await due.getByRole('link', { name: '「2025年度 点検」を開く' }).click();

  await expect(page.getByText('この診断は、同じシリーズの2回目の診断です。')).toBeVisible();
  await page.getByRole('button', { name: 'この診断をもとに次回の診断を始める' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '次回の診断を始める' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^2025年度 点検（.+ 見直し）$/ })).toBeVisible();
  await expect(page.getByText('この診断は、同じシリーズの3回目の診断です。')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: /^チェックリストを開く/ }).click();
  await expect(page.getByText(/前回の診断から引き継いだ回答が4件あり/)).toBeVisible();
  const item11 = page.getByRole('article', { name: /^1-1 / });
  await expect(item11.getByText('前回の回答：未実施（未確認）')).toBeVisible();
  // A carried-over answer is not this review's result: nothing counts as done yet.
  await expect(
    page.getByRole('group', { name: '2-1 の実施状況' }).getByRole('radio', { name: '未回答' }),
  ).toBeChecked();

  await setStatus(page, '1-1', '実施済み'); // improved
  await page.getByRole('button', { name: '2-1 を前回と同じ「実施済み」で確認' }).click(); // unchanged
  await setStatus(page, '3-1', '一部実施'); // got worse
  await expect(item11.getByText('今回確認済み')).toBeVisible();
  await page.getByRole('button', { name: '変わっていない項目をまとめて確認（1件）' }).click();
  await expect(page.getByText('1件を前回と同じ回答で確認しました。')).toBeVisible();

  await page.getByRole('link', { name: /^2025年度 点検（/ }).click();
  await expect(page.getByRole('link', { name: '前回の診断と比べる' })).toBeVisible();
  // The previous review was finalised when the next one started; the new one holds this review's answers.
  const stored = await storedAssessments(page);
  expect(stored.find((a) => a.id === 'r2')?.finalisedAt).toEqual(expect.any(Number));
  const next = stored.find((a) => a.seriesId === 'r1' && a.id !== 'r2')!;
  expect(next.environments[0]!.answers['1-1']).toMatchObject({ status: 'done' });
  expect(next.environments[0]!.answers['1-1']!.carriedOver).toBeUndefined();
  expect(next.environments[0]!.answers['3-1']).toMatchObject({ status: 'partial' });
});

test('compare with the previous review on screen and in the report, with the trend over three reviews', async ({
  page,
}) => {
  const third = assessment(
    'r3',
    '2026年度 点検',
    [
      environment('pc3', '社用ノートPC', 1, {
        answers: answers({ '1-1': 'done', '1-2': 'not-done', '2-1': 'done', '3-1': 'partial' }),
      }),
    ],
    { seriesId: 'r1', createdAt: now - DAY, updatedAt: now - DAY },
  );
  await seedAssessments(page, [...twoReviews(), third]);
  await page.goto('./#/a/r3');
  await page.getByRole('link', { name: '前回の診断と比べる' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '前回との比較' })).toBeVisible();
  await expect(page.getByText('改善：1件')).toBeVisible();
  await expect(page.getByText('後退：1件')).toBeVisible();
  const items = page.getByRole('table', { name: '社用ノートPC の項目ごとの変化' });
  await expect(items.getByRole('row', { name: /^1-1 .*未実施 実施済み 改善$/ })).toBeVisible();
  await expect(items.getByRole('row', { name: /^3-1 .*実施済み 一部実施 後退$/ })).toBeVisible();
  await page.getByRole('checkbox', { name: '変化なし（実施済み）' }).check();
  await expect(items.getByRole('row', { name: /^2-1 / })).toBeVisible();
  const trend = page.getByRole('table', { name: '実施率の推移（表）' });
  await expect(trend.getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('img', { name: /実施率の推移のグラフ/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goBack();
  await page.getByRole('link', { name: '報告書（印刷用）' }).click();
  await expect(page.getByRole('heading', { name: '前回からの変化' })).toBeVisible();
  const worse = page.locator('.review-changes__list').first();
  await expect(worse).toContainText('3-1');
  await expect(page.locator('.review-changes__list').nth(1)).toContainText('1-1');
  await expect(page.getByRole('columnheader', { name: '前回比' }).first()).toBeVisible();
  await expect(page.getByRole('table', { name: '実施率の推移（表）' })).toBeVisible();
  await expect(page.locator('.print-doc__meta').getByText('次回見直し予定日')).toBeVisible();
});

test('export the series and the reminder, and import the series back', async ({ page }, testInfo) => {
  await seedAssessments(page, twoReviews());
  await page.goto('./#/a/r2');
  await expect(page.getByText('まだファイルに保存していません。')).toBeVisible();

  const ics = page.waitForEvent('download');
  await page.getByRole('button', { name: 'カレンダーに追加（.ics）' }).click();
  const icsText = await readFile(await (await ics).path(), 'utf8');
  expect(icsText).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(icsText).toContain('DTSTART;VALUE=DATE:');
  expect(icsText.replace(/\r\n /g, '')).toContain(
    'SUMMARY:テレワークセキュリティ自己診断の見直し：2025年度 点検',
  );
  expect(icsText.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);

  const exporting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'シリーズ全体をJSONで保存（2回分）' }).click();
  const download = await exporting;
  const path = testInfo.outputPath('series.json');
  await download.saveAs(path);
  const file = JSON.parse(await readFile(path, 'utf8')) as { format: string; assessments: Assessment[] };
  expect(file.format).toBe('telework-security-checklist/series');
  expect(file.assessments.map((a) => a.name)).toEqual(['2024年度 点検', '2025年度 点検']);
  await expect(page.getByText(/^最後にファイルへ保存した日時：/)).toBeVisible();

  await page.goto('./#/assessments');
  await expect(page.getByText('見直しの履歴（2回）：実施率 6%')).toBeVisible();
  await page.getByLabel('JSONファイルから読み込む').setInputFiles(path);
  await expect(
    page.getByRole('heading', { name: 'series.json はシリーズのファイルです（2回分の診断）' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'シリーズとして追加' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '2025年度 点検' })).toBeVisible();
  await expect(page.getByText('この診断は、同じシリーズの2回目の診断です。')).toBeVisible();
  const stored = await storedAssessments(page);
  expect(stored).toHaveLength(4);
  const imported = stored.slice(2);
  expect(new Set(imported.map((a) => a.seriesId)).size).toBe(1);
  expect(imported[0]!.seriesId).not.toBe('r1');
  expect(imported[1]!.environments[0]!.answers['3-1']?.status).toBe('done');
});

test('the review screens pass axe in English', async ({ page }) => {
  const [first, second] = twoReviews();
  const third = assessment(
    'r3',
    '2026 review',
    [
      environment('pc3', '社用ノートPC', 1, {
        answers: { ...answers({ '1-1': 'done' }), ...answers({ '1-2': 'not-done', '2-1': 'done' }, true) },
      }),
      environment('phone', 'Phones', 6),
    ],
    { seriesId: 'r1', createdAt: now - DAY, updatedAt: now - DAY },
  );
  await seedAssessments(page, [first!, second!, third]);
  await page.addInitScript((key) => localStorage.setItem(key, 'en'), LANGUAGE_KEY);

  await page.goto('./#/a/r3/e/pc3/checklist');
  await expect(page.getByText(/2 answers were carried over from the previous review/)).toBeVisible();
  await expect(page.getByText('Previous answer: Implemented (not confirmed)')).toBeVisible();
  // The items with carried-over answers (◎ first: 1-1, 1-2, 2-1); the rest of the checklist is unchanged.
  expect(await axeViolations(page, { include: '.checklist-items > li:nth-child(-n+3)' })).toEqual([]);

  await page.goto('./#/a/r3/compare/r1');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Comparison with the previous review' }),
  ).toBeVisible();
  await expect(page.getByText('Only in this review: Phones')).toBeVisible();
  await expect(page.getByLabel('Review to compare with (the earlier one)')).toHaveValue('r1');
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('./#/a/r3');
  await expect(page.getByRole('button', { name: 'Start the next review from this one' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('./#/assessments');
  await expect(page.getByText('Review history (3 reviews): done rate 1%')).toBeVisible();
});
