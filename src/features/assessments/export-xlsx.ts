import ExcelJS from 'exceljs';
import type { Catalogue, LocalizedText } from '../../domain/catalogue-schema';
import type { Assessment } from '../../domain/assessment';
import type { Calendar } from '../../domain/dates';
import { exportFileName } from '../../domain/export-file-name';
import {
  assessmentWorkbookModel,
  rowHeight,
  type SheetCell,
  type SheetModel,
  type WorkbookModel,
} from '../../domain/export-xlsx-model';
import { xlsxFallbackName, xlsxLabels } from './export-xlsx-texts';

/**
 * The Excel export: the workbook model (src/domain/export-xlsx-model.ts) written with ExcelJS. ExcelJS is
 * large (about 250 kB gzipped), so this module is meant to be loaded with `import()` when the user asks for
 * the file, never with the first screen.
 */

/** The MIME type of an .xlsx file, for the download's Blob. */
export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Paper size 9 is A4 in the OOXML page setup. */
const A4 = 9;

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

/** Column letters for a 1-based column number (1 → A, 27 → AA). */
function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

function writeCell(cell: ExcelJS.Cell, model: SheetCell): void {
  cell.value = model.link ? { text: String(model.value), hyperlink: model.link } : model.value;
  if (model.bold || model.link)
    cell.font = {
      ...(model.bold ? { bold: true } : {}),
      ...(model.link ? { color: { argb: 'FF0563C1' }, underline: true } : {}),
    };
  if (model.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(model.fill) } };
  // Top-aligned, so that the cells of a tall row start on the same line.
  cell.alignment = model.wrap ? { wrapText: true, vertical: 'top' } : { vertical: 'top' };
  if (model.format === 'percent') cell.numFmt = '0%';
}

function writeSheet(workbook: ExcelJS.Workbook, model: SheetModel, footer: string): void {
  const sheet = workbook.addWorksheet(model.name, {
    views: model.frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: model.frozenRows }] : [],
    pageSetup: {
      paperSize: A4,
      orientation: model.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      // 0: as many pages down as the rows need.
      fitToHeight: 0,
      horizontalCentered: false,
      ...(model.print.repeatRows > 0 ? { printTitlesRow: `1:${model.print.repeatRows}` } : {}),
    },
    headerFooter: { oddFooter: footer, evenFooter: footer },
  });
  sheet.columns = model.columns.map((c) => ({
    width: c.width,
    ...(c.text ? { style: { numFmt: '@' } } : {}),
  }));
  model.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell) writeCell(sheet.getCell(r + 1, c + 1), cell);
    });
    const height = rowHeight(row, model.columns);
    if (height !== null) sheet.getRow(r + 1).height = height;
  });
  if (model.autoFilter) {
    const { firstRow, lastRow, columns } = model.autoFilter;
    sheet.autoFilter = `A${firstRow}:${columnLetter(columns)}${lastRow}`;
  }
}

/** The .xlsx file for a workbook model. */
export async function writeWorkbook(model: WorkbookModel, now: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = model.title;
  workbook.created = now;
  workbook.modified = now;
  for (const sheet of model.sheets) writeSheet(workbook, sheet, model.footer);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

export interface AssessmentWorkbookOptions {
  /** The language of every word in the workbook. */
  language: keyof LocalizedText;
  /** The moment of the export. */
  now: Date;
  /** The app's version (package.json), shown on the Source sheet. */
  appVersion: string;
  /** 西暦 or 和暦 for the dates on the Summary sheet; Gregorian when not given. */
  calendar?: Calendar;
}

/**
 * The Excel workbook of an assessment (Summary, Checklist and Source sheets) as the bytes of an .xlsx file.
 * Wrap it as `new Blob([bytes], { type: XLSX_MIME_TYPE })` to download it.
 */
export async function buildAssessmentWorkbook(
  catalogue: Catalogue,
  assessment: Assessment,
  options: AssessmentWorkbookOptions,
): Promise<Uint8Array> {
  const model = assessmentWorkbookModel(
    catalogue,
    assessment,
    options,
    xlsxLabels(catalogue, options.language),
  );
  return writeWorkbook(model, options.now);
}

/** The file name: the assessment's name and the local date, e.g. 本社の点検-2026-05-01.xlsx. */
export function workbookFileName(
  assessment: Pick<Assessment, 'name'>,
  date: Date,
  language: keyof LocalizedText = 'ja',
): string {
  return exportFileName(assessment.name, xlsxFallbackName(language), date, 'xlsx');
}
