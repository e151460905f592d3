import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seedAssessments } from './seed';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { parseCatalogue } from '../../src/domain/catalogue-schema';
import { itemsForMethod } from '../../src/domain/applicability';
import type { Assessment, ItemStatus } from '../../src/domain/assessment';
import { STORAGE_KEY } from '../../src/state/storage-key';

const catalogue = parseCatalogue(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../data/catalogue.json', import.meta.url)), 'utf8')),
);
const AID = 'share-a';
const EID = 'share-pc';
const STATUSES: ItemStatus[] = ['done', 'partial', 'not-done', 'unknown', 'done', 'na'];
const STATUS_LABEL: Record<ItemStatus, string> = {
  unanswered: '未回答',
  done: '実施済み',
  partial: '一部実施',
  'not-done': '未実施',
  unknown: 'わからない',
  na: '対象外',
  'risk-accepted': 'リスク受容',
};

/** A fully answered method ① assessment, every status in use. */
function fullyAnswered(): Assessment {
  const t = Date.UTC(2024, 3, 1);
  const items = itemsForMethod(catalogue, 1);
  return {
    id: AID,
    name: '本社 2024年度',
    organisation: '株式会社サンプル',
    assessor: '山田',
    catalogueVersion: catalogue.version,
    environments: [
      {
        id: EID,
        name: '社用ノートPC',
        method: 1,
        path: [],
        scope: {},
        overrides: [],
        answers: Object.fromEntries(
          items.map((it, i) => [it.id, { status: STATUSES[i % STATUSES.length]!, note: '', updatedAt: t }]),
        ),
        createdAt: t,
        updatedAt: t,
      },
    ],
    createdAt: t,
    updatedAt: t,
  };
}

/** Stores assessments before the app starts, once per context (a reload keeps what the app saved). */
async function seed(page: Page, assessments: Assessment[]) {
  await seedAssessments(page, assessments);
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/** Opens the share dialog on the assessment's overview and copies the link through the real clipboard. */
async function copyLink(browser: Browser, includeText: boolean): Promise<string> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await seed(page, [fullyAnswered()]);
  await page.goto(`./#/a/${AID}`);
  await page.getByRole('button', { name: '共有リンクを作る' }).click();
  const dialog = page.getByRole('dialog', { name: '共有リンク' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('このリンクを知っている人は、誰でも回答の内容を見ることができます');
  if (includeText)
    await dialog.getByRole('checkbox', { name: '診断名・組織名・環境名・メモもリンクに含める' }).check();
  const field = dialog.getByRole('textbox', { name: '共有リンク' });
  await expect(field).toHaveValue(/#S2/);
  const shown = await field.inputValue();
  await expect(dialog).toContainText(`リンクの長さ：${shown.length}文字`);
  await dialog.getByRole('button', { name: 'リンクをコピー' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'コピーしました' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(shown);
  await dialog.getByRole('button', { name: '閉じる' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: '共有リンクを作る' })).toBeFocused();
  await context.close();
  return copied;
}

test.describe('share link', () => {
  test('a fully answered ① assessment fits in a short link', async ({ browser }) => {
    const link = await copyLink(browser, false);
    const fragment = link.split('#')[1]!;
    // The README's figure: the measured length after '#'.
    console.log(
      `share-link length for a fully answered method ① environment: ${fragment.length} characters after '#' (${fragment})`,
    );
    expect(fragment.length).toBeLessThanOrEqual(32);
  });

  test('opens in a fresh browser with the same statuses after choosing to open it', async ({ browser }) => {
    const link = await copyLink(browser, true);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: '共有された診断を開く' })).toBeVisible();
    await expect(page.getByText('本社 2024年度')).toBeVisible();
    await expect(page.getByText('株式会社サンプル')).toBeVisible();
    await expect(page.getByText('社用ノートPC')).toBeVisible();
    expect(await stored(page)).toBeNull();

    await page.getByRole('button', { name: '開く' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '本社 2024年度' })).toBeVisible();
    expect(page.url()).not.toContain('#S2');
    // The link was replaced by the app route: a reload shows the assessment, it does not ask again.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: '本社 2024年度' })).toBeVisible();

    await page
      .getByRole('link', { name: /チェックリストを開く/ })
      .first()
      .click();
    const items = itemsForMethod(catalogue, 1);
    for (const [i, item] of items.entries()) {
      const status = STATUSES[i % STATUSES.length]!;
      const group = page.getByRole('group', { name: `${item.id} の実施状況` });
      await expect(
        group.getByRole('radio', { name: STATUS_LABEL[status], exact: true }),
        item.id,
      ).toBeChecked();
    }
    await context.close();
  });

  test('a tampered link says so and leaves the saved data as it was', async ({ page }) => {
    const link = await copyLink(page.context().browser()!, false);
    const fragment = link.split('#')[1]!;
    const tampered = fragment.slice(0, 12) + (fragment[12] === 'A' ? 'B' : 'A') + fragment.slice(13);
    const mine: Assessment = { ...fullyAnswered(), id: 'mine', name: '自分の診断' };
    await seed(page, [mine]);
    await page.goto('./#/assessments');
    await expect(page.getByRole('heading', { level: 1, name: '診断一覧' })).toBeVisible();
    const before = await stored(page);

    await page.goto(`./#${tampered}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('このリンクは改ざんされているか、壊れています。');
    await expect(alert).toContainText('このブラウザに保存されているデータは変更されていません。');
    expect(await stored(page)).toBe(before);

    await page.goto(`./#${fragment.slice(0, -6)}`);
    await expect(page.getByRole('alert')).toContainText('リンクが途中で切れています');
    expect(await stored(page)).toBe(before);

    // The app stays usable.
    await page.getByRole('alert').getByRole('link', { name: '診断一覧へ' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '診断一覧' })).toBeVisible();
    await expect(page.getByRole('link', { name: '自分の診断', exact: true })).toBeVisible();
  });

  for (const width of [1280, 320]) {
    test(`the dialog, the preview and the error are accessible and fit ${width} px`, async ({ browser }) => {
      const link = await copyLink(browser, true);
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const check = async () => {
        expect(await axeViolations(page, { tags: 'all rules' })).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
          true,
        );
      };
      await seed(page, [{ ...fullyAnswered(), id: 'mine', name: '自分の診断' }]);
      await page.goto(link);
      await page.getByRole('radio', { name: 'このブラウザにある診断を置き換える' }).check();
      await check();
      await page.goto('./#S1AAAA');
      await expect(page.getByRole('alert')).toBeVisible();
      await check();
      await page.goto('./#/a/mine');
      await page.getByRole('button', { name: '共有リンクを作る' }).click();
      await expect(page.getByRole('textbox', { name: '共有リンク' })).toHaveValue(/#S2/);
      await check();
      await context.close();
    });
  }
});
