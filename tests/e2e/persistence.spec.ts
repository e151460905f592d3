import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { assessment, environment, seedAssessments } from './seed';
import { STORAGE_KEY } from '../../src/state/storage-key';
import { SAVED_DATA_VERSION } from '../../src/domain/saved-data';

const AID = 'persist-a';
const EID = 'persist-pc';

/** One assessment with one environment of method 1 and no answers, stored before the app starts (once). */
async function seed(page: Page) {
  const t = Date.UTC(2024, 3, 1);
  await seedAssessments(page, [assessment(AID, '本社', [environment(EID, '社用ノートPC', 1, {}, t)], {}, t)]);
}

const group = (page: Page, id: string) => page.getByRole('group', { name: `${id} の実施状況` });
const saved = (page: Page) => page.getByRole('banner').getByRole('status');
const card = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

test.describe('persistence', () => {
  test('answers and notes given in the checklist are all there after a reload', async ({ page }) => {
    await seed(page);
    await page.goto(`./#/a/${AID}/e/${EID}/checklist`);
    await group(page, '1-1').getByText('実施済み').click();
    await group(page, '1-2').getByText('一部実施').click();
    await group(page, '2-1').getByText('わからない').click();
    await page.getByRole('textbox', { name: '1-2 のメモ' }).fill('営業部の端末のみ未対応。6月に対応予定。');
    await expect(saved(page)).toHaveText('保存しました');

    await page.reload();
    await expect(group(page, '1-1').getByRole('radio', { name: '実施済み' })).toBeChecked();
    await expect(group(page, '1-2').getByRole('radio', { name: '一部実施' })).toBeChecked();
    await expect(group(page, '2-1').getByRole('radio', { name: 'わからない' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: '1-2 のメモ' })).toHaveValue(
      '営業部の端末のみ未対応。6月に対応予定。',
    );

    await page.goto(`./#/a/${AID}`);
    await expect(page.getByRole('article', { name: '社用ノートPC' })).toContainText('回答済み3 / 32件');
  });

  test('two tabs see each other’s changes, and neither overwrites the other’s', async ({ context }) => {
    const one = await context.newPage();
    const two = await context.newPage();
    await one.goto('./#/assessments');
    await two.goto('./#/assessments');

    // Created in one tab, it appears in the other without a reload.
    await one.getByRole('textbox', { name: '診断の名前' }).fill('本社');
    await one.getByRole('button', { name: '診断を作成' }).click();
    await expect(one.getByRole('heading', { level: 1 })).toHaveText('本社');
    await expect(card(two, '本社')).toBeVisible();

    // Each tab creates and edits its own assessment; both survive in both tabs.
    await two.getByRole('textbox', { name: '診断の名前' }).fill('支店');
    await two.getByRole('button', { name: '診断を作成' }).click();
    await one.getByRole('textbox', { name: '組織名（任意）' }).fill('株式会社サンプル 本社');
    await two.getByRole('textbox', { name: '組織名（任意）' }).fill('株式会社サンプル 支店');

    await one.goto('./#/assessments');
    await expect(card(one, '支店')).toContainText('株式会社サンプル 支店');
    await expect(card(one, '本社')).toContainText('株式会社サンプル 本社');

    // A change made while the other tab shows the same assessment appears there as it is typed.
    await two.getByRole('textbox', { name: '診断者（任意）' }).fill('山田');
    await one.goto(`./${await two.evaluate(() => location.hash)}`);
    await expect(one.getByRole('textbox', { name: '診断者（任意）' })).toHaveValue('山田');
    await one.getByRole('textbox', { name: '診断者（任意）' }).fill('山田・佐藤');
    await expect(two.getByRole('textbox', { name: '診断者（任意）' })).toHaveValue('山田・佐藤');

    // Deleted in one tab: gone in the other, and an edit there does not bring it back.
    await two.goto('./#/assessments');
    await one.goto('./#/assessments');
    await card(one, '本社').getByRole('button', { name: '削除（本社）' }).click();
    await expect(card(two, '本社')).toHaveCount(0);
    await card(two, '支店').getByRole('button', { name: '名前を変更（支店）' }).click();
    await two.getByRole('textbox', { name: '新しい名前' }).fill('大阪支店');
    await two.getByRole('textbox', { name: '新しい名前' }).press('Enter');
    await expect(card(one, '大阪支店')).toBeVisible();
    await expect(card(one, '本社')).toHaveCount(0);

    // Undo in one tab brings it back in both.
    await one.getByRole('button', { name: '元に戻す' }).click();
    await expect(card(two, '本社')).toBeVisible();

    const reloaded = await context.newPage();
    await reloaded.goto('./#/assessments');
    await expect(reloaded.getByRole('list', { name: '保存されている診断' }).getByRole('article')).toHaveCount(
      2,
    );
  });

  test('corrupted data: the app starts, explains in plain words, keeps a backup and offers it for download', async ({
    page,
  }) => {
    await page.goto('./');
    const broken =
      '{"state":{"assessments":[{"id":"x","name":"本社","environments":[{"answers":{"1-1":{"status":"do';
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, broken] as const);
    await page.reload();

    const alert = page.getByRole('alert').filter({ hasText: '保存されていたデータを読み込めませんでした' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('壊れていた');
    await expect(alert).toContainText('元のデータは消さずに、控えとしてこのブラウザの中に残してあります');
    // The app still works underneath.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const backups = await page.evaluate(
      (key) =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith(`${key}.backup-`))
          .map((k) => localStorage.getItem(k)),
      STORAGE_KEY,
    );
    expect(backups).toEqual([broken]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: '元のデータをダウンロード' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^telework-checklist-unreadable-data-\d{4}-\d{2}-\d{2}\.txt$/,
    );
    expect(await readFile((await download.path())!, 'utf8')).toBe(broken);

    // A reload before any change finds the same data again: still explained, still one backup.
    await page.reload();
    await expect(alert).toBeVisible();
    expect(
      await page.evaluate(
        (key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.backup-`)).length,
        STORAGE_KEY,
      ),
    ).toBe(1);

    await alert.getByRole('button', { name: '閉じる' }).click();
    await expect(alert).toHaveCount(0);

    // Starting afresh saves normally, and the backup stays.
    await page.goto('./#/assessments');
    await page.getByRole('button', { name: '診断を作成' }).click();
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('保存しました');
    await page.reload();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(
      await page.evaluate(
        (key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.backup-`)).length,
        STORAGE_KEY,
      ),
    ).toBe(1);
  });

  test('today’s saved data (version 1, one key) opens unchanged and is kept in the new layout', async ({
    page,
  }) => {
    const sample = await readFile('tests/fixtures/saved-data-v1.txt', 'utf8');
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      },
      [STORAGE_KEY, sample] as const,
    );
    await page.goto('./#/assessments');
    await expect(card(page, '2024年度 本社')).toBeVisible();
    await expect(card(page, '営業所')).toBeVisible();
    await page.goto('./#/a/m1a2b3c4-0001/e/e-pc/checklist');
    await expect(page.getByRole('textbox', { name: '1-1 のメモ' })).toHaveValue(
      /台帳は総務部が管理。"引用"と改行\nも含む/,
    );
    const index = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key)!) as unknown,
      STORAGE_KEY,
    );
    expect(index).toEqual({
      version: SAVED_DATA_VERSION,
      index: {
        ids: ['m1a2b3c4-0001', 'm1a2b3c4-0002'],
        deletedAssessments: [{ id: 'm1a2b3c4-0000', deletedAt: 1_732_000_050_000 }],
      },
    });
    await page.reload();
    await expect(page.getByRole('textbox', { name: '1-1 のメモ' })).toHaveValue(/台帳は総務部が管理/);
  });

  test('one damaged assessment is backed up and explained, and the others open', async ({ page }) => {
    await seedAssessments(page, [
      assessment('ok-1', '本社', [environment('pc', '社用ノートPC', 1)]),
      assessment('bad-1', '支店', [environment('pc', '社用ノートPC', 1)]),
    ]);
    await page.goto('./#/assessments');
    await expect(card(page, '支店')).toBeVisible();
    // Make a change so the app stores the new layout, then damage one record.
    await page.getByRole('textbox', { name: '診断の名前' }).fill('営業所');
    await page.getByRole('button', { name: '診断を作成' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('営業所');
    await page.evaluate((key) => localStorage.setItem(`${key}.a.bad-1`, '{"version":2,"assess'), STORAGE_KEY);
    await page.goto('./#/assessments');
    await page.reload();
    await expect(
      page.getByRole('alert').filter({ hasText: '保存されていたデータを読み込めませんでした' }).first(),
    ).toBeVisible();
    await expect(card(page, '本社')).toBeVisible();
    await expect(card(page, '営業所')).toBeVisible();
    await expect(card(page, '支店')).toHaveCount(0);
    const backups = await page.evaluate(
      (key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.backup-bad-1-`)).length,
      STORAGE_KEY,
    );
    expect(backups).toBe(1);
  });

  test('data from another app under our key is kept and explained too', async ({ page }) => {
    await page.goto('./');
    await page.evaluate(
      (key) => localStorage.setItem(key, JSON.stringify({ theme: 'dark', fontSize: 14 })),
      STORAGE_KEY,
    );
    await page.goto('./#/assessments');
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('このアプリの形式ではなかった');
    await expect(page.getByRole('heading', { name: '最初の診断を作成しましょう' })).toBeVisible();
  });

  test('a storage that refuses writes: the app keeps working in memory and says how to keep the work', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function refuse() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('./');
    const alert = page.getByRole('alert').filter({ hasText: '変更が保存されていません' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('保存領域がいっぱい');
    await expect(alert).toContainText('データをファイルに書き出してください');

    await page.getByRole('button', { name: '診断をはじめる' }).click();
    await page.getByRole('button', { name: '診断を作成' }).click();
    await page.getByRole('button', { name: '「社用ノートPC」を入力' }).click();
    await page.getByRole('button', { name: '追加して方式を選ぶ' }).click();
    await page.goBack();
    await expect(page.getByRole('article', { name: '社用ノートPC' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('status')).toHaveText('保存できていません');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'この診断をファイルに書き出す' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await file.path())!, 'utf8')) as {
      assessment: { environments: { name: string }[] };
    };
    expect(exported.assessment.environments.map((e) => e.name)).toEqual(['社用ノートPC']);

    const [all] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'すべてのデータを書き出す' }).click(),
    ]);
    const everything = JSON.parse(await readFile((await all.path())!, 'utf8')) as {
      state: { assessments: unknown[] };
      version: number;
    };
    expect(everything.version).toBe(SAVED_DATA_VERSION);
    expect(everything.state.assessments).toHaveLength(1);
  });
});
