// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { itemsForMethod } from '../../../../src/domain/applicability';
import { STATUS_FILLS } from '../../../../src/domain/export-xlsx-model';
import { buildAssessmentWorkbook, workbookFileName } from '../../../../src/features/assessments/export-xlsx';
import { catalogue, sample } from '../../domain/export-xlsx-fixture';
import { readZip } from './read-zip';

const now = new Date(2026, 3, 3, 8, 0);
const rows = 1 + itemsForMethod(catalogue, 1).length + itemsForMethod(catalogue, 7).length;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

describe('buildAssessmentWorkbook', () => {
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;
  let xml: Map<string, string>;
  let checklist: ExcelJS.Worksheet;

  beforeAll(async () => {
    bytes = await buildAssessmentWorkbook(catalogue, sample, { language: 'ja', now, appVersion: '9.9.9' });
    workbook = await load(bytes);
    xml = readZip(bytes);
    checklist = workbook.getWorksheet('チェックリスト')!;
  });

  it('writes an .xlsx file with the summary, checklist and source sheets', () => {
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['概要', 'チェックリスト', '出典']);
  });

  it('writes only well-formed XML, even for notes with control characters', () => {
    // A part that is not well-formed is what makes Excel offer to repair a file.
    const parts = [...xml].filter(([name]) => /\.(xml|rels)$/.test(name));
    expect(parts.map(([name]) => name)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']),
    );
    for (const [name, content] of parts) {
      const doc = new DOMParser().parseFromString(content, 'application/xml');
      expect(doc.getElementsByTagName('parsererror'), name).toHaveLength(0);
    }
    expect(xml.get('xl/sharedStrings.xml')).not.toContain('\u0007');
  });

  it('writes the checklist headers and one row per item of each environment', () => {
    expect((checklist.getRow(1).values as unknown[]).slice(1)).toEqual([
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
    expect(checklist.rowCount).toBe(rows);
    expect(checklist.getCell('A2').value).toBe('社用ノートPC');
    expect(checklist.getCell('H2').value).toBe('実施済み');
  });

  it('writes the item number as a string cell that no spreadsheet turns into a date', () => {
    const cell = checklist.getCell('C2');
    expect(cell.value).toBe('1-1');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.numFmt).toBe('@');
    const sheetXml = xml.get('xl/worksheets/sheet2.xml')!;
    // t="s": a shared string, never a number a date format could apply to.
    expect(sheetXml).toMatch(/<c r="C2"[^>]* t="s"/);
  });

  it('shows each status as text and as a fill, with wrapped text and set widths', () => {
    const fill = (ref: string) => (checklist.getCell(ref).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(fill('H2')).toBe(`FF${STATUS_FILLS.done}`);
    expect(checklist.getCell('H3').value).toBe('一部実施');
    expect(fill('H3')).toBe(`FF${STATUS_FILLS.partial}`);
    expect(checklist.getCell('F2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(checklist.getCell('I3').value).toBe('台帳は総務部が管理\n来期に見直し');
    expect(checklist.getColumn(6).width).toBe(50);
    expect(checklist.getColumn(3).width).toBe(6);
    // Row heights fitted to the wrapped text: no spreadsheet does it when it opens the file.
    expect(checklist.getRow(2).height).toBeGreaterThan(16);
    expect(checklist.getRow(1).height).toBeUndefined();
    expect(checklist.getCell('A1').font).toMatchObject({ bold: true });
  });

  it('freezes the header row and filters the whole table', () => {
    expect(checklist.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(xml.get('xl/worksheets/sheet2.xml')).toContain(`<autoFilter ref="A1:I${rows}"/>`);
  });

  it('prints on A4 landscape, one page wide, the header row on every page, page numbers in the footer', () => {
    expect(checklist.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    expect(checklist.headerFooter.oddFooter).toBe('&C&P / &N');
    const sheetXml = xml.get('xl/worksheets/sheet2.xml')!;
    expect(sheetXml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(sheetXml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(xml.get('xl/workbook.xml')).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;チェックリスト&apos;!\$1:\$1<\/definedName>/,
    );
  });

  it('neutralises every text a spreadsheet would run as a formula and writes no formula at all', () => {
    expect(checklist.getCell('I2').value).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(checklist.getCell('I4').value).toBe("'@SUM(A1)");
    expect(workbook.getWorksheet('概要')!.getCell('B3').value).toBe("'=本社の点検");
    for (const [name, content] of xml)
      if (name.startsWith('xl/worksheets/')) expect(content).not.toContain('<f>');
  });

  it('summarises progress with rates as percentages, and names the source and the versions', () => {
    const summary = workbook.getWorksheet('概要')!;
    const env = summary.getColumn(1).values.indexOf('社用ノートPC');
    expect(env).toBeGreaterThan(0);
    expect(summary.getCell(env, 2).value).toBe('方式① 会社支給端末・VPN/リモートデスクトップ方式');
    expect(summary.getCell(env, 4).value).toBe(1);
    expect(summary.getCell(env, 10).numFmt).toBe('0%');
    const source = workbook.getWorksheet('出典')!;
    const texts = source.getColumn(2).values;
    expect(texts).toContain(catalogue.source.licence.ja);
    expect(texts).toContain('9.9.9');
    expect(source.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
  });

  it('writes the workbook in English when asked', async () => {
    const en = await load(
      await buildAssessmentWorkbook(catalogue, sample, { language: 'en', now, appVersion: '1' }),
    );
    expect(en.worksheets.map((s) => s.name)).toEqual(['Summary', 'Checklist', 'Source']);
    const sheet = en.getWorksheet('Checklist')!;
    expect(sheet.getCell('H1').value).toBe('Status');
    expect(sheet.getCell('H2').value).toBe('Implemented');
    expect(sheet.getCell('C2').value).toBe('1-1');
    expect(sheet.headerFooter.oddFooter).toBe('&CPage &P of &N');
    expect(en.getWorksheet('Source')!.getColumn(2).values).toContain(catalogue.source.licence.en);
  });

  it('writes a workbook for an assessment with no environment', async () => {
    const empty = await load(
      await buildAssessmentWorkbook(
        catalogue,
        { ...sample, environments: [] },
        { language: 'ja', now, appVersion: '1' },
      ),
    );
    expect(empty.getWorksheet('チェックリスト')!.rowCount).toBe(1);
  });
});

describe('workbookFileName', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  it('uses the assessment name and the local date, not the UTC one', () => {
    process.env.TZ = 'Asia/Tokyo';
    // 00:30 on 2 January in Tokyo is still 1 January in UTC.
    const date = new Date('2026-01-01T15:30:00Z');
    expect(workbookFileName({ name: '本社/支社の点検' }, date)).toBe('本社 支社の点検-2026-01-02.xlsx');
  });

  it('falls back to a name in the chosen language', () => {
    const date = new Date(2026, 4, 1);
    expect(workbookFileName({ name: ' ' }, date)).toBe('テレワーク自己診断-2026-05-01.xlsx');
    expect(workbookFileName({ name: '' }, date, 'en')).toBe('telework-self-assessment-2026-05-01.xlsx');
  });
});

describe('the Excel export module', () => {
  it('is loaded only on demand: no other module imports it or ExcelJS statically', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.tsx?$/.test(f),
    );
    const offenders = sources.filter((file) => {
      if (file === 'features/assessments/export-xlsx.ts') return false;
      const code = readFileSync(`src/${file}`, 'utf8');
      return (
        /^\s*import\s+(?!type\s)[^;]*from\s+'(exceljs|[./]*export-xlsx)'/m.test(code) ||
        /^\s*import\s+'exceljs'/m.test(code)
      );
    });
    expect(sources.length).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });
});
