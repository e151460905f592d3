import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { assessment, environment, seedAssessments, storedAssessments } from './seed';
import { readIcs } from '../fixtures/read-ics';
import type { Assessment, Environment } from '../../src/domain/assessment';

/**
 * The improvement plan (#14) and the cloud-services scope question (#16.1): planning an item, accepting a risk,
 * the plan screen, the report, the CSV and .ics files, and the share link (format 2) in a fresh browser.
 */

const AID = 'plan-a';
const answer = (status: Environment['answers'][string]['status']) => ({ status, note: '', updatedAt: 1 });

/** Two environments (① PC, ⑥ phone) sharing 1-1 and 2-1, with open items and a plan already made for 6-2. */
function planned(): Assessment {
  return assessment(
    AID,
    '2026年度 点検',
    [
      environment('pc', '社用ノートPC', 1, {
        answers: { '1-1': answer('not-done'), '2-1': answer('partial'), '6-2': answer('unknown') },
      }),
      environment('phone', '私用スマホ', 6, {
        answers: { '1-1': answer('unknown'), '2-1': answer('not-done') },
      }),
    ],
    {
      assessor: '山田',
      plans: [
        {
          itemId: '6-2',
          action: 'VPN機器を更新',
          owner: '佐藤',
          dueOn: '2020-04-01',
          state: 'doing',
          updatedAt: 1,
        },
      ],
    },
  );
}

async function seed(page: Page, assessments: Assessment[]) {
  await seedAssessments(page, assessments);
}

test.describe('the improvement plan', () => {
  test('a ① environment that uses no cloud service sees 6-1 marked 対象外 with the seed’s reason', async ({
    page,
  }) => {
    await seed(page, [assessment('cloud-a', '本社', [environment('vpn', 'VPN専用PC', 1)])]);
    await page.goto('./#/a/cloud-a/e/vpn/scope');
    const cloud = page.getByRole('group', { name: /業務でクラウドサービス/ });
    await expect(cloud).toContainText('クラウドサービスを利用していない場合は対象外');
    await cloud.getByRole('radio', { name: 'いいえ' }).check();
    // A "no" to cloud services answers the web-mail and online-meeting questions too.
    await expect(
      page.getByRole('group', { name: /^業務でWebメール/ }).getByRole('radio', { name: 'いいえ' }),
    ).toBeChecked();
    await expect(
      page.getByRole('group', { name: /^業務でオンライン会議/ }).getByRole('radio', { name: 'いいえ' }),
    ).toBeChecked();

    await page.goto('./#/a/cloud-a/e/vpn/checklist');
    const item = page.getByRole('article', { name: /^6-1/ });
    await expect(item).toContainText('対象外（利用状況の回答による）');
    await expect(item).toContainText('理由：クラウドサービスを利用していない場合は対象外');
    await expect(item.getByRole('radio')).toHaveCount(0);
  });

  test('plan an item, accept a risk with a reason, and see the plan sorted and filtered (axe ja and en)', async ({
    page,
  }) => {
    await seed(page, [planned()]);
    await page.goto(`./#/a/${AID}/e/pc/checklist`);

    // Plan 2-1 (open in both environments) once.
    const item21 = page.getByRole('article', { name: /^2-1/ });
    await item21.getByRole('button', { name: '改善計画を立てる 2-1' }).click();
    await item21.getByLabel('対応内容').fill('ウイルス対策ソフトを全台に導入');
    await item21.getByLabel('担当者').fill('山田');
    await item21.getByLabel('期限').fill('2099-12-31');
    await item21.getByRole('button', { name: '計画を保存' }).click();
    await expect(item21).toContainText('改善計画：未着手・担当 山田・期限 2099-12-31');

    // A due date in the past is allowed but flagged.
    const item11 = page.getByRole('article', { name: /^1-1/ });
    await item11.getByRole('button', { name: '改善計画を立てる 1-1' }).click();
    await item11.getByLabel('期限').fill('2001-01-01');
    await expect(item11.getByRole('status')).toContainText('期限が今日より前です');
    await item11.getByRole('button', { name: 'キャンセル' }).click();

    // リスク受容 needs both a reason and an approver.
    const item31 = page.getByRole('article', { name: /^3-1/ });
    await item31.getByRole('radio', { name: 'リスク受容' }).check();
    await item31.getByRole('button', { name: 'リスク受容として記録' }).click();
    await expect(item31.getByRole('alert')).toHaveText('理由と承認者の両方を入力してください。');
    await item31.getByLabel('受容の理由').fill('社外に持ち出さない端末のため');
    await item31.getByLabel('承認者').fill('社長');
    await item31.getByRole('button', { name: 'リスク受容として記録' }).click();
    await expect(item31).toContainText('リスク受容：社外に持ち出さない端末のため（承認者：社長）');

    // Completing an action offers to mark the item 実施済み; it does not do it by itself.
    const item62 = page.getByRole('article', { name: /^6-2/ });
    await item62.getByRole('button', { name: '改善計画を編集 6-2' }).click();
    await item62.getByLabel('対応状況').selectOption('done');
    await item62.getByRole('button', { name: '計画を保存' }).click();
    const offer = page.getByRole('dialog', { name: '対応が完了しました' });
    await expect(offer).toBeVisible();
    await expect(item62.getByRole('radio', { name: 'わからない' })).toBeChecked();
    await offer.getByRole('button', { name: '実施済みにする' }).click();
    await expect(item62.getByRole('radio', { name: '実施済み', exact: true })).toBeChecked();

    // The plan screen: ◎ first (2-1), then 6-2 (○); an item shared by two environments is one row.
    await page.goto(`./#/a/${AID}/plan`);
    await expect(page.getByRole('heading', { level: 1, name: '改善計画：2026年度 点検' })).toBeVisible();
    const table = page.getByRole('table', { name: '改善計画の一覧' });
    const rowHeads = table.locator('tbody th[scope="row"]');
    await expect(rowHeads).toHaveText(['2-1', '6-2']);
    const row21 = table.getByRole('row', { name: /^2-1/ });
    await expect(row21.getByRole('link', { name: '2-1：社用ノートPCのチェックリストへ' })).toBeVisible();
    await expect(row21.getByRole('link', { name: '2-1：私用スマホのチェックリストへ' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '計画がない項目（1件）' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'リスク受容（1件）' })).toBeVisible();

    const filters = page.getByRole('group', { name: '絞り込み' });
    await filters.getByLabel('担当者').selectOption('佐藤');
    await expect(rowHeads).toHaveText(['6-2']);
    await filters.getByLabel('担当者').selectOption('');
    await filters.getByLabel('対応状況').selectOption('todo');
    await expect(rowHeads).toHaveText(['2-1']);
    await filters.getByLabel('対応状況').selectOption('all');
    await filters.getByLabel('環境').selectOption({ label: '私用スマホ' });
    await expect(rowHeads).toHaveText(['2-1', '6-2']);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('group', { name: '表示言語' }).getByRole('button', { name: 'English' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Improvement plan: 2026年度 点検' }),
    ).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the report, the CSV and the calendar file carry the plan and the accepted risk', async ({
    page,
  }, testInfo) => {
    const a = planned();
    a.environments[0]!.answers['3-1'] = {
      status: 'risk-accepted',
      note: '',
      risk: { reason: '持ち出さない端末', approver: '社長' },
      updatedAt: 1,
    };
    await seed(page, [a]);

    await page.goto(`./#/a/${AID}/report`);
    const section = page.getByRole('region', { name: '改善計画' });
    await expect(section.getByRole('row', { name: /^6-2/ })).toContainText('VPN機器を更新');
    await expect(section.getByRole('row', { name: /^6-2/ })).toContainText('佐藤');
    await expect(section.getByRole('row', { name: /^6-2/ })).toContainText('（期限切れ）');
    await expect(section.getByRole('row', { name: /^3-1/ })).toContainText('持ち出さない端末');
    await expect(section.getByRole('row', { name: /^3-1/ })).toContainText('社長');

    await page.goto(`./#/a/${AID}`);
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSVファイルに書き出す（Excel用）' }).click();
    const csvPath = testInfo.outputPath('plan.csv');
    await (await csvDownload).saveAs(csvPath);
    const rows = readFileSync(csvPath, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .map((r) => r.split(','));
    expect(rows[0]!.slice(-6)).toEqual([
      '対応内容',
      '担当者',
      '期限',
      '対応状況',
      'リスク受容の理由',
      'リスク受容の承認者',
    ]);
    const row62 = rows.find((r) => r[0] === '社用ノートPC' && r[2] === '6\u20112')!;
    expect(row62.slice(-6)).toEqual(['VPN機器を更新', '佐藤', '2020-04-01', '対応中', '', '']);
    const row31 = rows.find((r) => r[0] === '社用ノートPC' && r[2] === '3\u20111')!;
    expect(row31[6]).toBe('リスク受容');
    expect(row31.slice(-2)).toEqual(['持ち出さない端末', '社長']);

    await page.goto(`./#/a/${AID}/plan`);
    const icsDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '6-2 をカレンダーに追加（.ics）' }).click();
    const download = await icsDownload;
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const icsPath = testInfo.outputPath('plan.ics');
    await download.saveAs(icsPath);
    const props = readIcs(readFileSync(icsPath, 'utf8'));
    expect(props.filter((p) => p.name === 'SUMMARY').map((p) => p.value)).toEqual(['6-2 VPN機器を更新']);
    expect(props.find((p) => p.name === 'DTSTART')).toMatchObject({
      params: 'VALUE=DATE',
      value: '20200401',
    });
    expect(props.find((p) => p.name === 'UID')?.value).toBe(`${AID}-6-2@telework-security-checklist.invalid`);
  });

  test('a v2 share link carries the plan and the accepted risk into a fresh browser', async ({ browser }) => {
    const sender = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await sender.newPage();
    const a = planned();
    a.environments[0]!.answers['3-1'] = {
      status: 'risk-accepted',
      note: '',
      risk: { reason: '持ち出さない端末', approver: '社長' },
      updatedAt: 1,
    };
    a.environments[0]!.scope = { cloud: true };
    await seed(page, [a]);
    await page.goto(`./#/a/${AID}`);
    await page.getByRole('button', { name: '共有リンクを作る' }).click();
    const dialog = page.getByRole('dialog', { name: '共有リンク' });
    await dialog.getByRole('checkbox', { name: '診断名・組織名・環境名・メモもリンクに含める' }).check();
    const field = dialog.getByRole('textbox', { name: '共有リンク' });
    await expect(field).toHaveValue(/#S2[A-Za-z0-9_-]+$/);
    const link = await field.inputValue();
    await sender.close();

    const receiver = await browser.newContext();
    const fresh = await receiver.newPage();
    await fresh.goto(link);
    await fresh.getByRole('button', { name: '開く' }).click();
    await expect(fresh.getByRole('heading', { level: 1, name: '2026年度 点検' })).toBeVisible();
    const [opened] = await storedAssessments(fresh);
    expect(opened!.plans).toEqual([
      {
        itemId: '6-2',
        action: 'VPN機器を更新',
        owner: '佐藤',
        dueOn: '2020-04-01',
        state: 'doing',
        updatedAt: expect.any(Number),
      },
    ]);
    expect(opened!.environments[0]!.answers['3-1']).toMatchObject({
      status: 'risk-accepted',
      risk: { reason: '持ち出さない端末', approver: '社長' },
    });
    expect(opened!.environments[0]!.scope).toEqual({ cloud: true });
    await receiver.close();
  });
});
