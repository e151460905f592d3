import { test, expect } from '@playwright/test';
import { axeViolations } from './axe';
import { assessment, environment, seedAssessments } from './seed';

const LANGUAGE_KEY = 'telework-security-checklist.language';

test.beforeEach(async ({ page }) => {
  await seedAssessments(page, [
    assessment('fin1', '2025年度 点検', [environment('pc', '社用ノートPC', 1)], {
      organisation: '株式会社サンプル商事',
    }),
  ]);
});

test('finalise locks the checklist, the report says so, and reopening unlocks it', async ({ page }) => {
  await page.goto('./#/a/fin1');
  await page.getByRole('button', { name: '1年後に設定' }).click();
  await page.getByRole('button', { name: 'この診断を確定する' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '確定する' }).click();
  await expect(page.getByText(/日に確定済みです。内容を変更するには確定を解除してください。/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('./#/a/fin1/e/pc/checklist');
  await expect(page.getByText(/日に確定済みです。/)).toBeVisible();
  await expect(page.getByRole('radio', { name: '実施済み' }).first()).toBeDisabled();
  await expect(page.getByRole('textbox').first()).not.toBeEditable();

  await page.goto('./#/a/fin1/report');
  const cover = page.locator('.print-doc__meta');
  await expect(cover.getByText('確定日')).toBeVisible();
  await expect(cover.getByText('未確定')).toHaveCount(0);
  await expect(cover.getByText('次回見直し予定日')).toBeVisible();
  const seals = page.getByRole('table', { name: '決裁欄' });
  for (const role of ['担当', '確認', '承認'])
    await expect(seals.getByRole('columnheader', { name: role })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'チェックリストの版と改訂履歴' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '第2版策定' })).toBeVisible();
  await expect(page.getByText(/最低限必要となる基本的な対策です/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('./#/a/fin1');
  await page.getByRole('button', { name: '確定を解除' }).click();
  await page.goto('./#/a/fin1/e/pc/checklist');
  await expect(page.getByRole('radio', { name: '実施済み' }).first()).toBeEnabled();
  await expect(page.getByRole('textbox').first()).toBeEditable();
});

test('the finalised overview and report pass axe in English', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, 'en'), LANGUAGE_KEY);
  await page.goto('./#/a/fin1');
  await page.getByRole('button', { name: 'Finalise this assessment' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finalise', exact: true }).click();
  await expect(page.getByText(/Finalised on .+\. To change the content, reopen it first\.$/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('./#/a/fin1/report');
  await expect(page.getByRole('table', { name: 'Approval' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Checklist edition and revision history' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
