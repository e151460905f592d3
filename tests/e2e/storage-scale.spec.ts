import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import { itemsForMethod } from '../../src/domain/applicability';
import type { Assessment } from '../../src/domain/assessment';
import { parseCatalogue } from '../../src/domain/catalogue-schema';
import { SAVED_DATA_VERSION, serializeAssessment, serializeIndex } from '../../src/domain/saved-data';
import { STORAGE_KEY } from '../../src/state/storage-key';
import { assessment, environment, seedAssessments, seedRecords, storedRecords } from './seed';

/**
 * Where the app keeps its data (issue #12): the index in localStorage, each assessment's record in IndexedDB,
 * so that 100 fully noted assessments fit; what users saved before (records in localStorage) opens unchanged.
 */

const catalogue = parseCatalogue(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../data/catalogue.json', import.meta.url)), 'utf8')),
);
const methodOneItems = itemsForMethod(catalogue, 1).map((i) => i.id);

const localKeys = (page: Page) =>
  page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(key)), STORAGE_KEY);
const note = (page: Page, id: string) => page.getByRole('textbox', { name: `${id} のメモ` });
const saved = (page: Page) => page.getByRole('banner').getByRole('status');

test.describe('storage at scale', () => {
  test('data saved by the previous version (a key per assessment) opens unchanged and moves to IndexedDB', async ({
    page,
  }) => {
    const sample = JSON.parse(readFileSync('tests/fixtures/saved-data-v2.json', 'utf8')) as Record<
      string,
      string
    >;
    await page.addInitScript((texts) => {
      if (sessionStorage.getItem('seeded')) return;
      for (const [k, v] of Object.entries(texts)) localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }, sample);
    await page.goto('./#/assessments');
    const list = page.getByRole('list', { name: '保存されている診断' });
    await expect(list.getByRole('article', { name: '2024年度 本社', exact: true })).toBeVisible();
    await expect(list.getByRole('article', { name: '営業所', exact: true })).toBeVisible();

    // Each record's text is in IndexedDB exactly as it was; localStorage keeps only the index, now version 3.
    const records = Object.fromEntries(Object.entries(sample).filter(([k]) => k !== STORAGE_KEY));
    expect(await storedRecords(page)).toEqual(records);
    expect(await localKeys(page)).toEqual([STORAGE_KEY]);
    const index = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))!) as unknown;
    expect(index).toEqual({
      version: SAVED_DATA_VERSION,
      index: (JSON.parse(sample[STORAGE_KEY]!) as { index: unknown }).index,
    });

    // It works as before: a note typed now is there after a reload.
    await page.goto('./#/a/m1a2b3c4-0001/e/e-pc/checklist');
    await expect(note(page, '1-1')).toHaveValue(/台帳は総務部が管理。"引用"と改行\nも含む/);
    await note(page, '1-2').fill('新しい版で追記');
    await expect(saved(page)).toHaveText('保存しました');
    await page.reload();
    await expect(note(page, '1-2')).toHaveValue('新しい版で追記');
    await expect(note(page, '1-1')).toHaveValue(/台帳は総務部が管理/);
  });

  test('100 fully noted assessments, more than localStorage holds, are kept, and typing is saved', async ({
    page,
  }) => {
    const t = Date.UTC(2025, 0, 1);
    const texts: Record<string, string> = {};
    const ids: string[] = [];
    for (let n = 1; n <= 100; n += 1) {
      const envs = Array.from({ length: 8 }, (_, e) =>
        environment(`env-${e + 1}`, `環境 ${e + 1}`, 1, {}, t),
      ).map((env) => ({
        ...env,
        answers: Object.fromEntries(
          methodOneItems.map((id) => [
            id,
            {
              status: 'partial' as const,
              note: `${'メ'.repeat(190)}${n}-${id}`.padEnd(200, '。'),
              updatedAt: t,
            },
          ]),
        ),
      }));
      const a: Assessment = assessment(`scale-${n}`, `規模 ${n}`, envs, {}, t + n);
      ids.push(a.id);
      texts[`${STORAGE_KEY}.a.${a.id}`] = serializeAssessment(a);
    }
    texts[STORAGE_KEY] = serializeIndex({ ids, deletedAssessments: [] });
    const chars = Object.entries(texts).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    // Beyond Chromium's localStorage quota of about 5.2 M characters per site.
    expect(chars).toBeGreaterThan(6_000_000);
    await seedRecords(page, texts);

    await page.goto('./#/assessments');
    const list = page.getByRole('list', { name: '保存されている診断' });
    // The first screen with data reads and validates all 6.9 M characters once: longer than a usual wait.
    await expect(list.getByRole('article')).toHaveCount(100, { timeout: 15_000 });
    await page.goto('./#/a/scale-100/e/env-8/checklist');
    await expect(note(page, '1-1')).toHaveValue(/^メ+100-1-1/);
    await note(page, '1-1').fill('百番目の診断のメモ');
    await expect(saved(page)).toHaveText('保存しました');
    // In IndexedDB; localStorage holds the index only (no journal entry once IndexedDB has committed).
    await expect.poll(() => localKeys(page)).toEqual([STORAGE_KEY]);
    const record = (await storedRecords(page))[`${STORAGE_KEY}.a.scale-100`]!;
    const { assessment: stored } = JSON.parse(record) as { assessment: Assessment };
    expect(stored.environments[7]!.answers['1-1']!.note).toBe('百番目の診断のメモ');
    expect(stored.environments[6]!.answers['1-1']!.note).toMatch(/^メ+100-1-1/);
  });

  test('IndexedDB full: the change is kept and the user is told; IndexedDB blocked: localStorage is used', async ({
    browser,
  }) => {
    const seed = [assessment('q-1', '本社', [environment('pc', '社用ノートPC', 1)])];

    const full = await browser.newContext();
    const page = await full.newPage();
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function refuse() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await seedAssessments(page, seed);
    await page.goto('./#/a/q-1/e/pc/checklist');
    await note(page, '1-1').fill('容量いっぱいでも残るメモ');
    const alert = page.getByRole('alert').filter({ hasText: '変更が保存されていません' });
    await expect(alert).toContainText('保存領域がいっぱい');
    await expect(saved(page)).toHaveText('保存できていません');
    // The change waits in localStorage, and is there after a reload.
    await page.reload();
    await expect(note(page, '1-1')).toHaveValue('容量いっぱいでも残るメモ');
    await full.close();

    const blocked = await browser.newContext();
    const other = await blocked.newPage();
    await other.addInitScript(() => {
      IDBFactory.prototype.open = function refuse() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    });
    await seedAssessments(other, seed);
    await other.goto('./#/a/q-1/e/pc/checklist');
    await note(other, '1-1').fill('IndexedDBなしでも保存');
    await expect(saved(other)).toHaveText('保存しました');
    await other.reload();
    await expect(note(other, '1-1')).toHaveValue('IndexedDBなしでも保存');
    expect(await localKeys(other)).toEqual(expect.arrayContaining([`${STORAGE_KEY}.a.q-1`]));
    await blocked.close();
  });
});
