import { environment as savedEnvironment } from './seed';
import { test, expect, type Page } from '@playwright/test';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalogue, type ItemId, type MethodId } from '../../src/domain/catalogue-schema';
import { itemsForMethod } from '../../src/domain/applicability';
import type { Assessment, Environment, ItemStatus } from '../../src/domain/assessment';
import { SAVED_DATA_VERSION, savedDataSchema } from '../../src/domain/saved-data';
import { STORAGE_KEY } from '../../src/state/storage-key';

const catalogue = parseCatalogue(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../data/catalogue.json', import.meta.url)), 'utf8')),
);
const PDFTOTEXT = '/usr/bin/pdftotext';
const LANGUAGE_KEY = 'telework-security-checklist.language';

const T = Date.UTC(2025, 10, 20, 3, 0);
const method1 = itemsForMethod(catalogue, 1).map((i) => i.id);
const method6 = itemsForMethod(catalogue, 6).map((i) => i.id);
/** Method 1 gets every status there is, in turn; method 6 is half done. */
const cycle: ItemStatus[] = ['done', 'partial', 'not-done', 'unknown', 'done', 'na'];
const pcStatus = (i: number): ItemStatus => cycle[i % cycle.length]!;
const pcNote = (id: ItemId) => `PC確認${id}`;

function answers(ids: ItemId[], status: (i: number) => ItemStatus, note: (id: ItemId) => string) {
  return Object.fromEntries(ids.map((id, i) => [id, { status: status(i), note: note(id), updatedAt: T }]));
}

const environment = (id: string, name: string, method: MethodId, extra: Partial<Environment>) =>
  savedEnvironment(id, name, method, extra, T);

const assessment: Assessment = {
  id: 'rep1',
  name: '2025年度 テレワーク点検',
  organisation: '株式会社サンプル商事',
  assessor: '総務部 山田',
  catalogueVersion: catalogue.version,
  createdAt: T,
  updatedAt: T,
  environments: [
    environment('pc', '社用ノートPC', 1, {
      path: [
        { question: 'device', option: 'company' },
        { question: 'connection-company', option: 'vpn-rdp' },
      ],
      // Online meetings are used, so every method-1 item stays in scope and shows the answer given.
      scope: { webmail: true, 'online-meetings': true, smartphones: true, 'data-on-device': true },
      answers: answers(method1, pcStatus, pcNote),
    }),
    environment('phone', '私用スマートフォン', 6, {
      scope: { 'online-meetings': false },
      // The first half answered, the rest left 未回答.
      answers: answers(
        method6.slice(0, Math.floor(method6.length / 2)),
        (i) => (i % 2 ? 'not-done' : 'done'),
        () => '',
      ),
    }),
  ],
};

async function seed(page: Page, language?: 'en') {
  const data = savedDataSchema.parse({
    assessments: [assessment],
    deletedAssessments: [],
  });
  await page.addInitScript(
    ({ key, value, languageKey, language }) => {
      // Seed once per tab, so a reload shows what the test changed.
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, value);
      if (language) localStorage.setItem(languageKey, language);
    },
    {
      key: STORAGE_KEY,
      value: JSON.stringify({ state: data, version: SAVED_DATA_VERSION }),
      languageKey: LANGUAGE_KEY,
      language,
    },
  );
}

/** Prints the current page to A4 PDF with Chromium and returns the text of each page. */
async function printedPages(page: Page, name: string): Promise<string[]> {
  if (!existsSync(PDFTOTEXT))
    throw new Error(`${PDFTOTEXT} is missing: install poppler-utils to check the printed report.`);
  const pdf = await page.pdf({ format: 'A4', displayHeaderFooter: false, printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  const file = join(dir, `${name}.pdf`);
  let result: SpawnSyncReturns<string>;
  try {
    writeFileSync(file, pdf);
    result = spawnSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  // pdftotext ends every page with a form feed.
  return result.stdout.split('\f').slice(0, -1);
}

/** The page number Chromium prints in the bottom margin, "3 / 21" (pdftotext may drop the spaces). */
const pageNumber = (n: number, of: number) => new RegExp(`(^|\\s)${n}\\s*/\\s*${of}(\\s|$)`, 'm');
const hasId = (text: string, id: string) => new RegExp(`(^|\\s)${id}(\\s|$)`, 'm').test(text);
/** pdftotext breaks long lines where the PDF does: compare without any white space. */
const flat = (s: string) => s.replace(/\s/g, '');
function expectText(text: string, expected: string, what?: string) {
  expect(flat(text), what ?? expected).toContain(flat(expected));
}

test.describe('printed report', () => {
  test('prints every item, status, note, page number and the source to A4 PDF', async ({ page }) => {
    await seed(page);
    await page.goto('./#/a/rep1/report');
    await expect(page.getByRole('heading', { level: 1, name: assessment.name })).toBeVisible();
    await expect(page.getByRole('button', { name: '印刷 / PDFに保存' })).toBeVisible();

    const pages = await printedPages(page, 'report-ja');
    const text = pages.join('\n');
    expect(pages.length).toBeGreaterThan(3);

    // Each page carries its number out of the total.
    pages.forEach((p, i) => expect(p, `page ${i + 1}`).toMatch(pageNumber(i + 1, pages.length)));

    // The cover.
    for (const s of [
      assessment.name,
      assessment.organisation,
      assessment.assessor,
      catalogue.version,
      '確認者',
      '承認者',
    ]) {
      expectText(text, s);
    }
    // The path through the flowchart, and the method chosen directly.
    expectText(text, 'VPN、リモートデスクトップ等で接続する');
    expectText(text, '方式を直接選びました');

    // The item tables: every item of both environments, every status label, every note.
    const itemsStart = pages.findIndex((p) => p.includes('対策項目の一覧'));
    const itemsText = pages.slice(itemsStart).join('\n');
    for (const id of new Set([...method1, ...method6])) expect(hasId(itemsText, id), `item ${id}`).toBe(true);
    for (const label of ['実施済み', '一部実施', '未実施', 'わからない', '対象外', '未回答'])
      expect(text).toContain(label);
    for (const id of method1) expectText(text, pcNote(id), `note of ${id}`);
    // The phone's online-meeting items are out of scope, as its scope answers say, each with the reason.
    expectText(text, '3-3、3-4、3-5、8-5 を対象外');
    expect(flat(itemsText).match(/理由：/g)).toHaveLength(4);

    // The to-do list and the pointer to MIC's setting guides.
    expect(text).toContain('やることリスト');
    expect(text).toContain('要確認');
    expectText(text, catalogue.settingGuides.url);

    // The source attribution.
    expect(text).toContain('総務省');
    expect(text).toContain('第2版');
  });

  test('prints no buttons, navigation or form fields', async ({ page }) => {
    await seed(page);
    await page.goto('./#/a/rep1/report');
    await expect(page.getByRole('button', { name: '印刷 / PDFに保存' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: '組織名' })).toHaveValue(assessment.organisation);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: assessment.name })).toBeVisible();
    // The charts are printed as drawn, with their figures.
    await expect(page.getByRole('img', { name: /環境別・優先度別の実施状況/ })).toBeVisible();
  });

  test('puts the organisation typed above the report on its cover', async ({ page }) => {
    await seed(page);
    await page.goto('./#/a/rep1/report');
    const org = page.getByRole('textbox', { name: '組織名' });
    await org.fill('有限会社テスト');
    await expect(page.getByRole('article')).toContainText('有限会社テスト');
    await page.reload();
    await expect(page.getByRole('textbox', { name: '組織名' })).toHaveValue('有限会社テスト');
  });

  test('follows the chosen language', async ({ page }) => {
    await seed(page, 'en');
    await page.goto('./#/a/rep1/report');
    await expect(page.getByRole('button', { name: 'Print / save as PDF' })).toBeVisible();
    const text = (await printedPages(page, 'report-en')).join('\n');
    for (const s of [
      'All checklist items',
      'Implemented',
      'Partly implemented',
      'Not implemented',
      'To-do list',
      'Reviewed by',
      'Approved by',
    ]) {
      expectText(text, s);
    }
    expectText(text, 'Malware infection');
    expect(text).not.toContain('実施済み');
  });

  test('says so when the assessment is not in this browser', async ({ page }) => {
    await page.goto('./#/a/nothing-here/report');
    await expect(page.getByRole('heading', { name: 'この診断が見つかりません' })).toBeVisible();
  });
});

test.describe('summary', () => {
  test('shows the figures as charts and tables, and the to-do list with ◎ first', async ({ page }) => {
    await seed(page);
    await page.goto('./#/a/rep1/summary');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(assessment.name);

    const byEnv = page.getByRole('img', { name: /環境別・優先度別の実施状況/ });
    await expect(byEnv).toBeVisible();
    await expect(page.getByRole('img', { name: /分類別の実施状況/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /想定される脅威別の実施状況/ })).toBeVisible();
    // The same figures in a table, and in the chart's text alternative.
    await expect(page.getByRole('table', { name: /環境別・優先度別の実施状況/ })).toContainText(
      '私用スマートフォン（方式⑥）',
    );
    await expect(byEnv).toHaveAttribute(
      'aria-label',
      new RegExp(`私用スマートフォン（方式⑥） 優先度◎：対象\\d+件のうち実施済み`),
    );

    const groups = page.getByRole('list').filter({ has: page.locator('.todo-entry') });
    await expect(groups).toHaveCount(2);
    const first = page.locator('.todo-entry').first();
    await expect(first).toContainText('未実施');
    await expect(page.getByRole('heading', { name: /優先度◎（\d+件）/ })).toBeVisible();
    await expect(page.locator('.follow-up').first()).toHaveText('要確認');

    // Narrowing the category and threat figures to one environment.
    await page.getByLabel('分類別・脅威別の集計対象').selectOption({ label: '社用ノートPC（方式①）' });
    await expect(page.getByRole('img', { name: /分類別の実施状況（社用ノートPC（方式①））/ })).toBeVisible();

    await page.getByRole('link', { name: '印刷用の報告書を開く' }).click();
    await expect(page).toHaveURL(/#\/a\/rep1\/report$/);
  });
});

test.describe('blank checklist', () => {
  test('is reachable from the home page and prints every item of the method with boxes to tick', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('link', { name: '方式③の手書き用チェックリストを印刷' }).click();
    await expect(page).toHaveURL(/#\/blank\/3$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('会社支給端末・スタンドアロン方式');

    const pages = await printedPages(page, 'blank-3');
    const text = pages.join('\n');
    for (const id of itemsForMethod(catalogue, 3).map((i) => i.id))
      expect(hasId(text, id), `item ${id}`).toBe(true);
    expect(hasId(text, '3-2')).toBe(false); // not an item of method 3
    for (const label of [
      '実施済み',
      '一部実施',
      '未実施',
      'わからない',
      '対象外',
      '記入者',
      '確認者',
      '承認者',
      '総務省',
    ]) {
      expect(text).toContain(label);
    }
    pages.forEach((p, i) => expect(p, `page ${i + 1}`).toMatch(pageNumber(i + 1, pages.length)));
  });

  test('says so for a method that does not exist', async ({ page }) => {
    await page.goto('./#/blank/9');
    await expect(page.getByRole('heading', { name: 'この方式は見つかりません' })).toBeVisible();
  });
});
