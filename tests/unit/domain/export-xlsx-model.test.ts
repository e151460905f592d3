import { describe, expect, it } from 'vitest';
import { itemsForMethod } from '../../../src/domain/applicability';
import {
  assessmentWorkbookModel,
  rowHeight,
  STATUS_FILLS,
  textCell,
  type SheetCell,
  type SheetModel,
} from '../../../src/domain/export-xlsx-model';
import { environmentProgress } from '../../../src/domain/progress';
import { ITEM_STATUSES } from '../../../src/domain/assessment';
import { xlsxLabels } from '../../../src/features/assessments/export-xlsx-texts';
import { catalogue, sample } from './export-xlsx-fixture';

const options = { language: 'ja', now: new Date(2026, 3, 3, 8, 0), appVersion: '9.9.9' } as const;
const model = assessmentWorkbookModel(catalogue, sample, options, xlsxLabels(catalogue, 'ja'));
const [summary, checklist, source] = model.sheets as [SheetModel, SheetModel, SheetModel];
const values = (row: readonly (SheetCell | null)[] | undefined) => (row ?? []).map((c) => c?.value ?? null);

describe('textCell', () => {
  it('neutralises what a spreadsheet would run as a formula, as the CSV does', () => {
    for (const formula of ['=1+1', '+81 3', '-5', '@SUM(A1)', '\t=1', '＝1']) {
      expect(textCell(formula)).toBe(`'${formula}`);
    }
    expect(textCell('a=1')).toBe('a=1');
  });

  it('keeps line breaks as LF and drops characters XML cannot hold', () => {
    expect(textCell('一行目\r\n二行目\r三行目')).toBe('一行目\n二行目\n三行目');
    expect(textCell('bell\u0007 tab\t ok\uFFFE \uD800x')).toBe('bell tab\t ok x');
    expect(textCell('\r=1')).toBe("'\n=1");
    expect(textCell('\u0007=1')).toBe("'=1");
    expect(textCell('🙂')).toBe('🙂');
  });
});

describe('rowHeight', () => {
  const columns = [{ width: 11 }, { width: 5 }];
  const cell = (value: string, wrap = true) => ({ value, wrap });

  it('leaves one-line rows and cells that do not wrap to the default height', () => {
    expect(rowHeight([cell('0123456789')], columns)).toBeNull();
    expect(rowHeight([cell('0123456789'.repeat(5), false)], columns)).toBeNull();
    expect(rowHeight([null, cell('')], columns)).toBeNull();
  });

  it('counts the lines of the tallest wrapped cell, wide characters as two columns', () => {
    expect(rowHeight([cell('0123456789'.repeat(3))], columns)).toBe(3 * 16);
    // Five kanji take ten columns: two lines of a column nine wide after the padding.
    expect(rowHeight([cell('あいうえお'), cell('a')], [{ width: 10 }])).toBe(2 * 16);
    expect(rowHeight([cell('x'), cell('a\nb\nc\nd')], columns)).toBe(4 * 16);
    // Words do not fill a line to the last column: 19 characters in words take three lines of ten.
    expect(rowHeight([cell('aaaa bbbb cccc dddd')], columns)).toBe(3 * 16);
    expect(rowHeight([cell('aaaabbbbccccdddd')], columns)).toBe(2 * 16);
  });
});

describe('assessmentWorkbookModel', () => {
  it('has the summary, checklist and source sheets', () => {
    expect(model.sheets.map((s) => s.name)).toEqual(['概要', 'チェックリスト', '出典']);
  });

  it('has one checklist row per item of each environment with a method, under a frozen, filtered header', () => {
    const items = itemsForMethod(catalogue, 1).length + itemsForMethod(catalogue, 7).length;
    expect(checklist.rows).toHaveLength(1 + items);
    expect(values(checklist.rows[0])).toEqual([
      '環境',
      'テレワーク方式',
      'No.',
      '分類',
      '優先度',
      '対策内容',
      '想定脅威',
      '状況',
      'メモ',
    ]);
    expect(checklist.frozenRows).toBe(1);
    expect(checklist.autoFilter).toEqual({ firstRow: 1, lastRow: 1 + items, columns: 9 });
    expect(checklist.print).toEqual({ orientation: 'landscape', repeatRows: 1 });
    expect(checklist.columns).toHaveLength(9);
    expect(checklist.columns[2]).toEqual({ width: 6, text: true });
  });

  it('writes each row with the item number as it is, the threats, the status and its fill', () => {
    expect(values(checklist.rows[1])).toEqual([
      '社用ノートPC',
      '方式① 会社支給端末・VPN/リモートデスクトップ方式',
      '1-1',
      '資産・構成管理',
      '◎',
      catalogue.items.find((i) => i.id === '1-1')!.text.ja,
      'マルウェア感染、不正アクセス、盗難・紛失',
      '実施済み',
      `'=HYPERLINK("http://evil.example","click")`,
    ]);
    expect(checklist.rows[1]![7]!.fill).toBe(STATUS_FILLS.done);
    expect(values(checklist.rows[2]).slice(7)).toEqual(['一部実施', '台帳は総務部が管理\n来期に見直し']);
    expect(values(checklist.rows[3]).slice(7)).toEqual(['わからない', "'@SUM(A1)"]);
    const webmail = checklist.rows.find((r) => r[0]?.value === '社用ノートPC' && r[2]?.value === '2-2')!;
    expect(webmail[7]).toMatchObject({ value: '対象外', fill: STATUS_FILLS.na });
    expect(checklist.rows.filter((r) => r[0]?.value === '名称未設定の環境')).toHaveLength(
      itemsForMethod(catalogue, 7).length,
    );
    expect(checklist.rows.some((r) => r[0]?.value === '未設定')).toBe(false);
  });

  it('gives every status its own fill', () => {
    expect(new Set(ITEM_STATUSES.map((s) => STATUS_FILLS[s])).size).toBe(ITEM_STATUSES.length);
  });

  it('summarises the assessment, each environment with its method and progress', () => {
    const find = (label: string) => summary.rows.find((r) => r[0]?.value === label);
    expect(values(find('診断名'))).toEqual(['診断名', "'=本社の点検"]);
    expect(values(find('組織名'))).toEqual(['組織名', '株式会社サンプル']);
    expect(values(find('診断者'))).toEqual(['診断者', '（未記入）']);
    expect(values(find('作成日時'))).toEqual(['作成日時', '2026年4月1日 9:05']);
    expect(values(find('出力日時'))).toEqual(['出力日時', '2026年4月3日 8:00']);
    expect(find('チェックリスト')?.[1]?.value).toContain('第2版');
    const japanese = assessmentWorkbookModel(
      catalogue,
      sample,
      { ...options, calendar: 'japanese' },
      xlsxLabels(catalogue, 'ja'),
    ).sheets[0]!;
    expect(japanese.rows.find((r) => r[0]?.value === '出力日時')?.[1]?.value).toBe('令和8年4月3日 8:00');

    const p = environmentProgress(catalogue, sample.environments[0]!);
    const must = p.byPriority['◎'];
    expect(values(find('社用ノートPC'))).toEqual([
      '社用ノートPC',
      '方式① 会社支給端末・VPN/リモートデスクトップ方式',
      p.total,
      1,
      1,
      // 2-2 is answered 未実施 but the scope answer makes it 対象外: it counts in the last column.
      0,
      1,
      // リスク受容, counted apart.
      0,
      p.total - 3,
      Math.floor((100 * 1) / p.total) / 100,
      must.total,
      must.done,
      Math.floor((100 * must.done) / must.total) / 100,
      1,
    ]);
    expect(values(find('未設定')).slice(0, 4)).toEqual(['未設定', '方式未選択', 0, 0]);
    expect(find('合計')?.[2]?.value).toBe(
      p.total + environmentProgress(catalogue, sample.environments[1]!).total,
    );
    expect(find('1. 資産・構成管理')).toBeDefined();
    expect(find('マルウェア感染')).toBeDefined();
  });

  it('names the source as the app does, with the catalogue and app versions', () => {
    const cells = source.rows.flatMap(values);
    expect(cells).toContain(catalogue.source.licence.ja);
    expect(cells).toContain(catalogue.version);
    expect(cells).toContain('9.9.9');
    expect(source.rows.find((r) => r[1]?.link)?.[1]?.link).toBe(catalogue.source.url);
  });

  it('follows the chosen language, sheet names included', () => {
    const en = assessmentWorkbookModel(
      catalogue,
      sample,
      { ...options, language: 'en' },
      xlsxLabels(catalogue, 'en'),
    );
    expect(en.sheets.map((s) => s.name)).toEqual(['Summary', 'Checklist', 'Source']);
    const row = en.sheets[1]!.rows[1]!;
    expect(values(row).slice(1, 8)).toEqual([
      'Method ①: Company-issued device – VPN/remote desktop method',
      '1-1',
      'Asset and configuration management',
      '◎',
      catalogue.items.find((i) => i.id === '1-1')!.text.en,
      'Malware infection, Unauthorised access, Theft/loss',
      'Implemented',
    ]);
  });
});
