import { test, expect, type Page } from '@playwright/test';
import { assessment, environment, seedAssessments } from './seed';

const AID = 'e2e-assessment';
const EID = 'e2e-env';
const CHECKLIST = `./#/a/${AID}/e/${EID}/checklist`;
const NOTE = '総務の佐藤が2024年4月に端末台帳を作成。';

/** Seeds one assessment with one environment of method 1, once: a reload must find what the user saved. */
async function seed(page: Page, scope: Record<string, boolean> = {}) {
  await seedAssessments(page, [
    assessment(AID, 'E2E 診断', [environment(EID, '社用ノートPC', 1, { scope })]),
  ]);
}

const group = (page: Page, id: string) => page.getByRole('group', { name: `${id} の実施状況` });
const item = (page: Page, id: string) => page.getByRole('article', { name: new RegExp(`^${id} `) });

test.describe('checklist', () => {
  test('answers by mouse and keyboard and a note are still there after a reload', async ({ page }) => {
    await seed(page);
    await page.goto(CHECKLIST);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('社用ノートPC のチェックリスト');
    await expect(page.getByText('方式①')).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(32);

    // Mouse: one click on the status.
    await group(page, '1-1').getByText('実施済み').click();
    await expect(group(page, '1-1').getByRole('radio', { name: '実施済み' })).toBeChecked();

    // Keyboard: a single key while the focus is in the item…
    await group(page, '1-2').getByRole('radio', { name: '未回答' }).focus();
    await page.keyboard.press('3');
    await expect(group(page, '1-2').getByRole('radio', { name: '未実施' })).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: '1-2 を「未実施」にしました。' })).toBeVisible();

    // …and the arrow keys within the radio group, as native radios do.
    await group(page, '2-1').getByRole('radio', { name: '未回答' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(group(page, '2-1').getByRole('radio', { name: '一部実施' })).toBeChecked();

    // A note, with the counter; a digit typed in the note stays text and does not change the status.
    const note = item(page, '1-1').getByRole('textbox', { name: /^1-1 のメモ/ });
    await note.click();
    await page.keyboard.type(NOTE);
    await expect(note).toHaveValue(NOTE);
    await expect(item(page, '1-1').getByText(`${NOTE.length} / 1000文字`)).toBeVisible();
    await expect(group(page, '1-1').getByRole('radio', { name: '実施済み' })).toBeChecked();

    // "N" jumps to the next unanswered item.
    await group(page, '2-1').getByRole('radio', { name: '一部実施' }).focus();
    await page.keyboard.press('n');
    await expect(item(page, '3-1')).toBeFocused();

    const envCard = page.getByRole('region', { name: 'この環境' });
    await expect(envCard).toContainText('3 / 32件（9%）');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('社用ノートPC のチェックリスト');
    await expect(group(page, '1-1').getByRole('radio', { name: '実施済み' })).toBeChecked();
    await expect(group(page, '1-2').getByRole('radio', { name: '未実施' })).toBeChecked();
    await expect(group(page, '2-1').getByRole('radio', { name: '一部実施' })).toBeChecked();
    await expect(group(page, '3-1').getByRole('radio', { name: '未回答' })).toBeChecked();
    await expect(item(page, '1-1').getByRole('textbox', { name: /^1-1 のメモ/ })).toHaveValue(NOTE);
    await expect(page.getByRole('region', { name: 'この環境' })).toContainText('3 / 32件（9%）');
  });

  test('filters the list, and shows scope exclusions with their reason', async ({ page }) => {
    await seed(page, { 'online-meetings': false });
    await page.goto(CHECKLIST);
    await expect(item(page, '3-3')).toContainText('クラウドサービス(オンライン会議)利用無しの場合は対象外');
    await expect(page.getByRole('region', { name: 'この環境' })).toContainText('対象外：4件');

    // Method 1 has 12 ◎ items.
    await page.getByRole('combobox', { name: '優先度' }).selectOption('◎');
    await expect(page.getByRole('article')).toHaveCount(12);
    await page.getByRole('checkbox', { name: /未完了の項目のみ/ }).check();
    await group(page, '1-1').getByText('実施済み').click();
    // Still shown until the filter changes, so the person does not lose their place.
    await expect(item(page, '1-1')).toBeVisible();
    await page.getByRole('combobox', { name: '分類' }).selectOption('1');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(item(page, '1-2')).toBeVisible();
  });

  test('opens a glossary term in place', async ({ page }) => {
    await seed(page);
    await page.goto(CHECKLIST);
    await item(page, '8-2').getByRole('button', { name: /^MDM/ }).click();
    await expect(item(page, '8-2').getByRole('heading', { name: '「MDM」について' })).toBeVisible();
    await expect(item(page, '8-2')).toContainText('Mobile Device Management');
  });

  // axe on this screen at 320 px, with a term and "why" open, is in accessibility.spec.ts's sweep (all rules).
  test('fits a 320 px wide screen without sideways scrolling, with a term and “why it matters” open', async ({
    page,
  }) => {
    await seed(page);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(CHECKLIST);
    await expect(page.getByRole('article')).toHaveCount(32);
    await item(page, '10-1')
      .getByRole('button', { name: /^管理者権限/ })
      .click();
    await item(page, '10-1').getByRole('button', { name: 'なぜ必要か' }).click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
