import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe';

const DEVICE_Q = /テレワークで使う端末（PCやスマートフォン等）は/;
const CONNECTION_Q = /オフィスのネットワーク（社内のシステムやファイルサーバ等）にどのように接続していますか/;
const CLOUD_Q =
  /業務でクラウドサービス（Webメール、チャット、オンライン会議、ファイル共有等）を利用していますか/;

/** Creates an assessment and an environment through the app, as a person would; ends on the first question. */
async function newEnvironment(page: Page, name: string) {
  await page.goto('./#/assessments');
  await page.getByLabel('診断の名前').fill('2024年度 テレワーク点検');
  await page.getByRole('button', { name: '診断を作成' }).click();
  await page.getByLabel('環境の名前').fill(name);
  await page.getByRole('button', { name: '追加して方式を選ぶ' }).click();
  await expect(page).toHaveURL(/#\/a\/[^/]+\/e\/[^/]+\/pick\/device$/);
  await expect(page.getByRole('heading', { level: 1, name: DEVICE_Q })).toBeVisible();
}

const question = (page: Page, name: RegExp) => page.getByRole('group', { name });

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).toEqual([]);
}

test.describe('method picker', () => {
  test('a company-issued laptop over VPN ends at ①, with the keyboard alone', async ({ page }) => {
    await newEnvironment(page, '社用ノートPC');
    await expect(page.getByText('「社用ノートPC」のテレワーク方式を確認します')).toBeVisible();

    // Focus is on the question's heading after navigation; the options come next in tab order.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: '会社支給の端末' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: '会社支給の端末' })).toBeChecked();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/pick\/connection-company$/);
    await expect(page.getByRole('heading', { level: 1, name: CONNECTION_Q })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: /VPN、リモートデスクトップ等/ })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/result$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '方式① 会社支給端末・VPN/リモートデスクトップ方式',
    );
    await expect(page.getByText('あなたの回答から、この環境は方式①にあたります。')).toBeVisible();
    await expect(page.getByText('全32項目（◎ 12項目・○ 20項目）')).toBeVisible();
    // The flowchart beside the result is drawn from the data, with the route described for screen readers.
    const diagram = page.getByRole('img', { name: 'テレワーク方式を確認するフローチャート' });
    await expect(diagram).toBeVisible();
    await expect(diagram).toHaveAccessibleDescription(/会社支給.*VPN、リモートデスクトップ等.*方式①/);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'チェックリストを始める' }).click();
    await expect(page).toHaveURL(/\/checklist$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('社用ノートPC');
  });

  test('a personal phone using only cloud mail ends at ⑥, without 3-2, 5-4, 7-3, 9-3 and 10-3', async ({
    page,
  }) => {
    await newEnvironment(page, '私用スマートフォン');
    await question(page, DEVICE_Q).getByRole('radio', { name: '個人所有の端末' }).check();
    await page.getByRole('button', { name: '次の質問へ' }).click();
    await question(page, CONNECTION_Q)
      .getByRole('radio', { name: 'オフィスネットワークには接続しない' })
      .check();
    await page.getByRole('button', { name: '次の質問へ' }).click();
    await expect(page).toHaveURL(/\/pick\/cloud-personal$/);
    await question(page, CLOUD_Q)
      .getByRole('radio', { name: /Webメール/ })
      .check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '結果を見る' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '方式⑥ 個人所有端末・クラウドサービス方式',
    );
    await expect(page.getByText('全27項目（◎ 11項目・○ 16項目）')).toBeVisible();
    await page.getByText('対策項目の一覧を見る').click();
    const listed = page.locator('.result-items__id');
    await expect(listed).toHaveCount(27);
    const ids = await listed.allTextContents();
    for (const absent of ['3-2', '5-4', '7-3', '9-3', '10-3']) expect(ids).not.toContain(absent);
    expect(ids).toContain('2-2');

    // Only cloud mail: no online meetings, and the phone keeps no company data.
    await page.getByRole('link', { name: '利用状況の質問に進む' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '利用状況の確認' })).toBeVisible();
    await page
      .getByRole('group', { name: /Webメール/ })
      .getByRole('radio', { name: 'はい' })
      .check();
    await page
      .getByRole('group', { name: /オンライン会議/ })
      .getByRole('radio', { name: 'いいえ' })
      .check();
    await page
      .getByRole('group', { name: /スマートフォンやタブレット/ })
      .getByRole('radio', { name: 'はい' })
      .check();
    await page
      .getByRole('group', { name: /会社のデータを保存/ })
      .getByRole('radio', { name: 'いいえ' })
      .check();
    const summary = page.getByRole('region', { name: '対象外になる項目' });
    await expect(summary.getByRole('status')).toHaveText('対象外：6件（全27項目中）');
    await expect(
      summary.getByText('対象外の理由：クラウドサービス(オンライン会議)利用無しの場合は対象外'),
    ).toHaveCount(4);
    await expect(summary.getByText('対象外の理由：端末に会社のデータを保管しない場合は対象外')).toHaveCount(
      2,
    );
    await expectNoAxeViolations(page);

    // The choices survive a reload.
    await page.reload();
    await expect(
      page.getByRole('group', { name: /オンライン会議/ }).getByRole('radio', { name: 'いいえ' }),
    ).toBeChecked();

    await page.getByRole('link', { name: 'チェックリストを始める' }).click();
    await expect(page).toHaveURL(/\/checklist$/);
    await expect(page.locator('#item-1-1')).toHaveCount(1);
    for (const absent of ['3-2', '5-4', '7-3', '9-3', '10-3'])
      await expect(page.locator(`#item-${absent}`)).toHaveCount(0);
  });

  test('the browser’s back button and a reload keep the place', async ({ page }) => {
    await newEnvironment(page, '社用ノートPC');
    await question(page, DEVICE_Q).getByRole('radio', { name: '会社支給の端末' }).check();
    await page.getByRole('button', { name: '次の質問へ' }).click();
    await expect(page).toHaveURL(/\/pick\/connection-company$/);

    await page.goBack();
    await expect(page).toHaveURL(/\/pick\/device$/);
    await expect(question(page, DEVICE_Q).getByRole('radio', { name: '会社支給の端末' })).toBeChecked();

    await page.goForward();
    await expect(page).toHaveURL(/\/pick\/connection-company$/);
    await question(page, CONNECTION_Q)
      .getByRole('radio', { name: 'オフィスネットワークには接続しない' })
      .check();
    await page.getByRole('button', { name: '次の質問へ' }).click();
    await expect(page).toHaveURL(/\/pick\/cloud-company$/);

    await page.reload();
    await expect(page).toHaveURL(/\/pick\/cloud-company$/);
    await expect(page.getByRole('heading', { level: 1, name: CLOUD_Q })).toBeVisible();
    await expect(page.getByText('質問 3（全部で最大 3 問）')).toBeVisible();

    // The in-page back button and the browser's agree, even after the reload.
    await page.getByRole('button', { name: '前の質問に戻る' }).click();
    await expect(page).toHaveURL(/\/pick\/connection-company$/);
    await expect(
      question(page, CONNECTION_Q).getByRole('radio', { name: 'オフィスネットワークには接続しない' }),
    ).toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/\/pick\/device$/);

    await page.goForward();
    await page.goForward();
    await expect(page).toHaveURL(/\/pick\/cloud-company$/);
    await question(page, CLOUD_Q)
      .getByRole('radio', { name: /端末に保存したデータ/ })
      .check();
    await page.getByRole('button', { name: '結果を見る' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '方式③ 会社支給端末・スタンドアロン方式',
    );
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '方式③ 会社支給端末・スタンドアロン方式',
    );
    await page.goBack();
    await expect(page).toHaveURL(/\/pick\/cloud-company$/);
  });

  test('someone who knows the method picks it directly, and a second environment gets its own method', async ({
    page,
  }) => {
    await newEnvironment(page, '社用ノートPC');
    await page.getByRole('link', { name: '8つの方式の一覧から選ぶ' }).click();
    await page.getByRole('radio', { name: /方式④/ }).check();
    await page.getByRole('button', { name: 'この方式にする' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '方式④ 会社支給端末・セキュアブラウザ方式',
    );
    await expect(page.getByText('一覧から方式④が選ばれています。')).toBeVisible();

    await page.getByRole('link', { name: '環境の一覧へ' }).click();
    await page.getByLabel('環境の名前').fill('私用スマートフォン');
    await page.getByRole('button', { name: '追加して方式を選ぶ' }).click();
    await question(page, DEVICE_Q).getByRole('radio', { name: '個人所有の端末' }).check();
    await page.getByRole('button', { name: '次の質問へ' }).click();
    await question(page, CONNECTION_Q)
      .getByRole('radio', { name: /VPN、リモートデスクトップ等/ })
      .check();
    await page.getByRole('button', { name: '結果を見る' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '方式⑤ 個人所有端末・VPN/リモートデスクトップ方式',
    );

    await page.getByRole('link', { name: '環境の一覧へ' }).click();
    const environments = page.getByRole('list', { name: 'この診断の環境' }).getByRole('listitem');
    await expect(environments).toHaveCount(2);
    await expect(environments.nth(0)).toContainText('方式④');
    await expect(environments.nth(1)).toContainText('方式⑤');
  });
});
