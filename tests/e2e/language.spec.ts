import { test, expect, type Page } from '@playwright/test';
import { assessment, environment, seedAssessments } from './seed';

const AID = 'lang-assessment';
const EID = 'lang-env';

/** One assessment with one method ① environment, seeded once so that a reload finds what the user saved. */
async function seed(page: Page) {
  const now = Date.now();
  const answers = {
    '1-1': { status: 'done' as const, note: '', updatedAt: now },
    '1-2': { status: 'partial' as const, note: '', updatedAt: now },
  };
  await seedAssessments(page, [assessment(AID, '本社', [environment(EID, '社用ノートPC', 1, { answers })])]);
}

test.describe('language', () => {
  test('switching to English mid-checklist keeps every status, and English stays after a reload', async ({
    page,
  }) => {
    await seed(page);
    await page.goto(`./#/a/${AID}/e/${EID}/checklist`);
    await page
      .getByRole('group', { name: '2-1 の実施状況' })
      .getByRole('radio', { name: '未実施', exact: true })
      .check();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

    await page.getByRole('group', { name: '表示言語' }).getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(/Telework Security Self-Assessment/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checklist: 社用ノートPC');
    // Catalogue texts follow the language too.
    const first = page.getByRole('article', { name: /^1-1 / });
    await expect(first).toContainText('Only authorised telework devices are used for telework');
    await expect(
      page
        .getByRole('group', { name: 'Status of 1-1' })
        .getByRole('radio', { name: 'Implemented', exact: true }),
    ).toBeChecked();
    await expect(
      page
        .getByRole('group', { name: 'Status of 1-2' })
        .getByRole('radio', { name: 'Partly implemented', exact: true }),
    ).toBeChecked();
    await expect(
      page
        .getByRole('group', { name: 'Status of 2-1' })
        .getByRole('radio', { name: 'Not implemented', exact: true }),
    ).toBeChecked();

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page
        .getByRole('group', { name: 'Status of 2-1' })
        .getByRole('radio', { name: 'Not implemented', exact: true }),
    ).toBeChecked();

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(
      page
        .getByRole('group', { name: '1-1 の実施状況' })
        .getByRole('radio', { name: '実施済み', exact: true }),
    ).toBeChecked();
  });

  test('a first visit follows a browser that prefers English', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: 'The 8 telework methods' })).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'The 8 telework methods' }).getByRole('listitem'),
    ).toHaveCount(8);
    await context.close();
  });

  test('a share link created in Japanese opens in English', async ({ browser }) => {
    const jaContext = await browser.newContext({ locale: 'ja-JP' });
    const ja = await jaContext.newPage();
    await seed(ja);
    await ja.goto(`./#/a/${AID}`);
    await ja.getByRole('button', { name: '共有リンクを作る' }).click();
    const field = ja.getByRole('dialog', { name: '共有リンク' }).getByRole('textbox', { name: '共有リンク' });
    await expect(field).toHaveValue(/#S2/);
    const link = await field.inputValue();
    await jaContext.close();

    const enContext = await browser.newContext({ locale: 'en-US' });
    const en = await enContext.newPage();
    await en.goto(`./#${link.split('#')[1]}`);
    await expect(en.getByRole('heading', { level: 1, name: 'Open a shared assessment' })).toBeVisible();
    await expect(en.getByRole('main')).toContainText('Company-issued device – VPN/remote desktop method');
    await en.getByRole('button', { name: 'Open', exact: true }).click();
    await en
      .getByRole('link', { name: /Open the checklist/ })
      .first()
      .click();
    await expect(
      en
        .getByRole('group', { name: 'Status of 1-1' })
        .getByRole('radio', { name: 'Implemented', exact: true }),
    ).toBeChecked();
    await expect(
      en
        .getByRole('group', { name: 'Status of 1-2' })
        .getByRole('radio', { name: 'Partly implemented', exact: true }),
    ).toBeChecked();
    await enContext.close();
  });
});
