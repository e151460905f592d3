import { test, expect, type Page } from '@playwright/test';
import { STORAGE_KEY } from '../../src/state/storage-key';
import { SAVED_DATA_VERSION } from '../../src/domain/saved-data';

interface SeedAssessment {
  id: string;
  name: string;
  organisation?: string;
  /** Statuses of environment "pc" (method 1) by item id. */
  answers?: Record<string, string>;
  updatedAt?: number;
}

/** Seeds assessments once, before the app starts: a reload must find what the user saved since. */
async function seed(page: Page, assessments: SeedAssessment[]) {
  const t = Date.UTC(2024, 3, 1, 0, 30);
  const state = {
    assessments: assessments.map((a, i) => ({
      id: a.id,
      name: a.name,
      organisation: a.organisation ?? '',
      assessor: '',
      catalogueVersion: '2021.05.1',
      environments: [
        {
          id: `${a.id}-pc`,
          name: '社用ノートPC',
          method: 1,
          path: [],
          scope: {},
          overrides: [],
          answers: Object.fromEntries(
            Object.entries(a.answers ?? {}).map(([k, status]) => [k, { status, note: '', updatedAt: t }]),
          ),
          createdAt: t,
          updatedAt: t,
        },
      ],
      createdAt: t + i,
      updatedAt: a.updatedAt ?? t + i,
    })),
    deletedAssessments: [],
  };
  await page.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [STORAGE_KEY, JSON.stringify({ state, version: SAVED_DATA_VERSION })] as const,
  );
}

const card = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

test.use({ timezoneId: 'Asia/Tokyo' });

test.describe('assessments', () => {
  test('from the first screen, one press creates an assessment; an environment leads on to picking its method', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: '診断をはじめる' }).click();
    await expect(page).toHaveURL(/#\/assessments$/);
    await expect(page.getByRole('heading', { name: '最初の診断を作成しましょう' })).toBeVisible();
    const name = page.getByRole('textbox', { name: '診断の名前' });
    await expect(name).toHaveValue(/^\d{4}年度の診断$/);
    await name.fill('2024年度 第1四半期');
    await page.getByRole('button', { name: '診断を作成' }).click();

    await expect(page).toHaveURL(/#\/a\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2024年度 第1四半期');
    await expect(page.getByText('まだ環境がありません。')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '保存しました' })).toBeVisible();

    // An empty name is refused with a message, and nothing is added.
    await page.getByRole('button', { name: '追加して方式を選ぶ' }).click();
    await expect(page.getByText('環境の名前を入力してください。')).toBeVisible();
    await expect(page.getByRole('textbox', { name: '環境の名前' })).toBeFocused();

    await page.getByRole('button', { name: '「社用ノートPC」を入力' }).click();
    await expect(page.getByRole('textbox', { name: '環境の名前' })).toHaveValue('社用ノートPC');
    await page.getByRole('button', { name: '追加して方式を選ぶ' }).click();
    await expect(page).toHaveURL(/#\/a\/[^/]+\/e\/[^/]+\/pick$/);

    await page.goBack();
    const env = page.getByRole('article', { name: '社用ノートPC' });
    await expect(env).toContainText('方式はまだ選んでいません');
    await expect(env.getByRole('link', { name: /方式を選ぶ/ })).toHaveAttribute(
      'href',
      /#\/a\/[^/]+\/e\/[^/]+\/pick$/,
    );
    // The suggestion already used is no longer offered.
    await expect(page.getByRole('button', { name: '「社用ノートPC」を入力' })).toHaveCount(0);

    await page.getByRole('navigation', { name: '現在位置' }).getByRole('link', { name: '診断一覧' }).click();
    const item = card(page, '2024年度 第1四半期');
    await expect(item).toContainText('社用ノートPC');
    await expect(item).toContainText('方式はまだ選んでいません');
    await expect(item.getByText(/^最終更新：\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}$/)).toBeVisible();

    // With exactly one assessment, the start button goes straight back to it.
    await page.goto('./');
    await page.getByRole('button', { name: '診断をはじめる' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2024年度 第1四半期');
  });

  test('the list shows progress, methods and last change, newest first, and can rename and duplicate', async ({
    page,
  }) => {
    await seed(page, [
      {
        id: 'old',
        name: '本社',
        organisation: '株式会社サンプル',
        answers: { '1-1': 'done', '1-2': 'partial', '2-2': 'na' },
      },
      { id: 'new', name: '営業部', updatedAt: Date.UTC(2024, 5, 3, 1, 5) },
    ]);
    await page.goto('./#/assessments');
    const cards = page.getByRole('list', { name: '保存されている診断' }).getByRole('article');
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0)).toHaveAccessibleName('営業部');
    await expect(cards.nth(0)).toContainText('最終更新：2024年6月3日 10:05');

    const main = card(page, '本社');
    await expect(main).toContainText('株式会社サンプル');
    await expect(main).toContainText('方式①');
    // 方式① has 32 items; 2-2 is 対象外 and left out of the totals.
    await expect(main).toContainText('回答済み2 / 31件');
    await expect(main).toContainText('実施済み1 / 31件');
    await expect(main).toContainText('◎の実施済み1 / 12件');
    await expect(main).toContainText('対象外（集計に含めない）1件');

    await main.getByRole('button', { name: '名前を変更（本社）' }).click();
    const field = main.getByRole('textbox', { name: '新しい名前' });
    await expect(field).toBeFocused();
    await field.fill('本社 総務部');
    await field.press('Enter');
    await expect(card(page, '本社 総務部')).toBeVisible();
    await expect(page.getByRole('button', { name: '名前を変更（本社 総務部）' })).toBeFocused();

    await card(page, '本社 総務部').getByRole('button', { name: '複製（本社 総務部）' }).click();
    await expect(cards).toHaveCount(3);
    await expect(cards.nth(0)).toHaveAccessibleName('本社 総務部（コピー）');
    await expect(cards.nth(0)).toContainText('回答済み2 / 31件');

    await page.reload();
    await expect(cards).toHaveCount(3);
    await expect(card(page, '本社 総務部（コピー）')).toBeVisible();
  });

  test('delete takes effect at once and can be undone', async ({ page }) => {
    await seed(page, [
      { id: 'a1', name: '本社', answers: { '1-1': 'done' } },
      { id: 'a2', name: '支店' },
    ]);
    await page.goto('./#/assessments');
    await card(page, '本社').getByRole('button', { name: '削除（本社）' }).click();
    await expect(card(page, '本社')).toHaveCount(0);
    const undo = page.getByRole('status').filter({ hasText: '診断「本社」を削除しました。' });
    await expect(undo).toBeFocused();
    await undo.getByRole('button', { name: '元に戻す' }).click();
    await expect(card(page, '本社')).toContainText('回答済み1 / 32件');

    // Deleted and not undone: still gone after a reload.
    await card(page, '支店').getByRole('button', { name: '削除（支店）' }).click();
    await page.getByRole('button', { name: '閉じる' }).click();
    await page.reload();
    await expect(card(page, '支店')).toHaveCount(0);
    await expect(card(page, '本社')).toBeVisible();
  });

  test('reset asks in a modal dialog, Escape cancels, and a confirmed reset can be undone', async ({
    page,
  }) => {
    await seed(page, [{ id: 'a1', name: '本社', answers: { '1-1': 'done', '1-2': 'not-done' } }]);
    await page.goto('./#/assessments');
    const reset = page.getByRole('button', { name: '回答をリセット（本社）' });
    await reset.click();
    const dialog = page.getByRole('dialog', { name: '回答をリセットしますか？' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('「本社」のすべての環境で、実施状況とメモが消去されます。');
    await expect(dialog.getByRole('button', { name: 'キャンセル' })).toBeFocused();
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.matches(':modal'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(reset).toBeFocused();
    await expect(card(page, '本社')).toContainText('回答済み2 / 32件');

    await reset.click();
    await dialog.getByRole('button', { name: 'リセットする' }).click();
    await expect(dialog).toBeHidden();
    await expect(card(page, '本社')).toContainText('回答済み0 / 32件');
    await page
      .getByRole('status')
      .filter({ hasText: '回答をリセットしました' })
      .getByRole('button', { name: '元に戻す' })
      .click();
    await expect(card(page, '本社')).toContainText('回答済み2 / 32件');
  });

  test('the overview edits the details, manages environments and links on', async ({ page }) => {
    await seed(page, [{ id: 'a1', name: '本社', answers: { '1-1': 'done' } }]);
    await page.goto('./#/a/a1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('本社');
    await page.getByRole('textbox', { name: '組織名（任意）' }).fill('株式会社サンプル');
    await page.getByRole('textbox', { name: '診断者（任意）' }).fill('情報システム担当 山田');
    await page.getByRole('textbox', { name: '診断の名前' }).fill('本社 2024年度');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('本社 2024年度');

    const env = page.getByRole('article', { name: '社用ノートPC' });
    await expect(env).toContainText('方式①');
    await expect(env).toContainText('回答済み1 / 32件');
    await expect(env.getByRole('link', { name: 'チェックリストを開く（社用ノートPC）' })).toHaveAttribute(
      'href',
      '#/a/a1/e/a1-pc/checklist',
    );
    await expect(env.getByRole('link', { name: '方式を選び直す（社用ノートPC）' })).toHaveAttribute(
      'href',
      '#/a/a1/e/a1-pc/pick',
    );
    await expect(page.getByRole('link', { name: '結果のまとめ' })).toHaveAttribute('href', '#/a/a1/summary');
    await expect(page.getByRole('link', { name: '報告書（印刷用）' })).toHaveAttribute(
      'href',
      '#/a/a1/report',
    );

    await env.getByRole('button', { name: '名前を変更（社用ノートPC）' }).click();
    await page.getByRole('textbox', { name: '新しい名前' }).fill('社用ノートPC（営業）');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const renamed = page.getByRole('article', { name: '社用ノートPC（営業）' });
    await expect(renamed).toBeVisible();

    await page.reload();
    await expect(page.getByRole('textbox', { name: '組織名（任意）' })).toHaveValue('株式会社サンプル');
    await expect(page.getByRole('textbox', { name: '診断者（任意）' })).toHaveValue('情報システム担当 山田');

    await renamed.getByRole('button', { name: '削除（社用ノートPC（営業））' }).click();
    const dialog = page.getByRole('dialog', { name: '環境を削除しますか？' });
    await dialog.getByRole('button', { name: '削除する' }).click();
    await expect(renamed).toHaveCount(0);
    await page
      .getByRole('status')
      .filter({ hasText: '環境「社用ノートPC（営業）」を削除しました。' })
      .getByRole('button', { name: '元に戻す' })
      .click();
    await expect(renamed).toContainText('回答済み1 / 32件');

    await page.getByRole('button', { name: 'この診断を削除' }).click();
    await expect(page).toHaveURL(/#\/assessments$/);
    await expect(
      page.getByRole('status').filter({ hasText: '診断「本社 2024年度」を削除しました。' }),
    ).toBeVisible();
  });

  test('a link to an assessment that does not exist explains and leads back', async ({ page }) => {
    await page.goto('./#/a/nothing-here');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('この診断が見つかりません');
    await page.getByRole('link', { name: '診断一覧' }).last().click();
    await expect(page).toHaveURL(/#\/assessments$/);
  });
});
