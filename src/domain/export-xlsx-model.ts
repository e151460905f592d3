import type { Catalogue, LocalizedText, ThreatId } from './catalogue-schema';
import type { Assessment, ItemStatus } from './assessment';
import { scopedItems } from './applicability';
import { neutraliseFormula, type CsvLabels } from './export-csv';
import { percent, type Progress, type Tally } from './progress';
import { summariseAssessment } from './summary';
import { formatDate, type Calendar } from './dates';

/**
 * The Excel workbook as plain data: sheets, rows, cells, widths, fills, frozen rows, filter and print setup.
 * Turning it into an .xlsx file is the job of src/export-xlsx.ts, so that this part needs no library and is
 * tested on its own. As in the CSV, the words come from the caller in the chosen language.
 */

/** A colour as six hex digits, RRGGBB. */
export type Colour = string;

export interface SheetCell {
  /** Text is always a string cell (never parsed as a number or date); numbers are numbers. */
  value: string | number;
  bold?: boolean;
  fill?: Colour;
  wrap?: boolean;
  /** `percent` shows 0.5 as 50 %. */
  format?: 'percent';
  /** A link the cell opens (https only: it comes from the catalogue). */
  link?: string;
}

/** A row; null leaves the cell empty. */
export type SheetRow = (SheetCell | null)[];

export interface SheetModel {
  name: string;
  /** Widths in characters, one per column. `text` columns are formatted as text (Excel's "@"). */
  columns: { width: number; text?: boolean }[];
  rows: SheetRow[];
  /** Rows kept in view while scrolling (0 for none). */
  frozenRows: number;
  /** The filtered range, 1-based and inclusive; its first row holds the headers. */
  autoFilter: { firstRow: number; lastRow: number; columns: number } | null;
  print: {
    orientation: 'portrait' | 'landscape';
    /** Rows printed again at the top of every page (0 for none). */
    repeatRows: number;
  };
}

export interface WorkbookModel {
  title: string;
  /** Page footer, in the Excel header/footer codes (&P = page, &N = pages). */
  footer: string;
  sheets: SheetModel[];
}

export interface XlsxLabels extends CsvLabels {
  sheetNames: Record<'summary' | 'checklist' | 'source', string>;
  /** The checklist headers: the CSV's, plus the threats column. */
  headers: CsvLabels['headers'] & { threats: string };
  /** Joins the threats of an item, e.g. "、" or ", ". */
  listSeparator: string;
  /** The page footer, in Excel header/footer codes. */
  footer: string;
  summary: {
    title: string;
    assessmentName: string;
    organisation: string;
    assessor: string;
    createdAt: string;
    updatedAt: string;
    /** 確定日; the row shows the blank until the assessment is finalised. */
    finalisedAt: string;
    exportedAt: string;
    checklist: string;
    publisher: string;
    publishedAt: string;
    revisedAt: string;
    catalogueVersion: string;
    /** What an empty name, organisation or assessor shows. */
    blank: string;
    byEnvironment: string;
    byCategory: string;
    byThreat: string;
    /** The header of the first column of the category and threat tables. */
    category: string;
    threat: string;
    overall: string;
    noMethod: string;
    inScope: string;
    rate: string;
    /** ◎ items in scope / done / rate. */
    mustInScope: string;
    mustDone: string;
    mustRate: string;
    /** The note under the tables: what the rates count. */
    rateNote: string;
  };
  source: {
    title: string;
    attribution: string;
    publisher: string;
    document: string;
    publishedAt: string;
    revisions: string;
    link: string;
    catalogueVersion: string;
    appVersion: string;
    tool: string;
  };
}

export interface WorkbookOptions {
  language: keyof LocalizedText;
  /** The moment of the export, for the summary. */
  now: Date;
  /** The app's version (package.json), for the Source sheet. */
  appVersion: string;
  /** 西暦 or 和暦 for the dates written in Japanese (the user's choice); Gregorian when not given. */
  calendar?: Calendar;
}

/** Fills per status: green for done, amber for partly, red for not done, a light tint for the rest. */
export const STATUS_FILLS: Record<ItemStatus, Colour> = {
  done: 'C6EFCE',
  partial: 'FFEB9C',
  'not-done': 'FFC7CE',
  unknown: 'FCE4D6',
  unanswered: 'FFFFFF',
  na: 'D9D9D9',
  'risk-accepted': 'DDEBF7',
};

const HEADER_FILL: Colour = 'DDEBF7';

/**
 * The statuses counted in the summary tables, in the order of the columns (対象外 has its own column at the
 * end). A future status such as "accepted risk" is one more entry here and one more field in progress.ts.
 */
const COUNTED_STATUSES = [
  'done',
  'partial',
  'not-done',
  'unknown',
  'risk-accepted',
  'unanswered',
] as const satisfies readonly ItemStatus[];
const TALLY_FIELD: Record<(typeof COUNTED_STATUSES)[number], keyof Tally> = {
  done: 'done',
  partial: 'partial',
  'not-done': 'notDone',
  unknown: 'unknown',
  'risk-accepted': 'riskAccepted',
  unanswered: 'unanswered',
};

/** Characters an XML 1.0 file cannot hold (an Excel file with one asks to be repaired). */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Excel's limit for one cell. */
const CELL_MAX_LENGTH = 32767;

/**
 * A text as a cell shows it: line breaks as Excel's own (LF), characters XML cannot hold removed, and an
 * apostrophe in front of anything a spreadsheet would run as a formula, as in the CSV.
 */
export function textCell(value: string): string {
  // In this order: a removed character must not uncover a formula, and a leading CR counts as one.
  const safe = neutraliseFormula(value.replace(XML_INVALID, ''));
  return safe.replace(/\r\n?/g, '\n').slice(0, CELL_MAX_LENGTH);
}

const text = (value: string, extra: Omit<SheetCell, 'value'> = {}): SheetCell => ({
  value: textCell(value),
  ...extra,
});
const header = (value: string): SheetCell => text(value, { bold: true, fill: HEADER_FILL, wrap: true });

/** About 170 characters in all: printed one page wide on A4 landscape, the text stays readable. */
/** Points per line of the default 11-point font, with a little room for Japanese fonts' taller lines. */
const LINE_HEIGHT = 16;

/** Columns a text takes up: wide (CJK, full-width) characters count two, as spreadsheets draw them. */
function textWidth(value: string): number {
  let width = 0;
  for (const c of value)
    width +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(
        c,
      )
        ? 2
        : 1;
  return width;
}

/** Text broken between words leaves the end of each line empty; text without spaces breaks anywhere. */
function wordWrapSlack(line: string): number {
  return /\s/.test(line.trim()) ? 1.25 : 1;
}

/**
 * The height (in points) a row needs for its wrapped cells to show in full, or null when one line is enough.
 * Neither Excel nor LibreOffice reliably fits rows to wrapped text when opening a file, so the file says it.
 * An estimate: it counts characters, not the font's real widths.
 */
export function rowHeight(row: SheetRow, columns: SheetModel['columns']): number | null {
  let lines = 1;
  row.forEach((cell, i) => {
    const width = columns[i]?.width;
    if (!cell?.wrap || width === undefined) return;
    const perLine = Math.max(1, width - 1);
    const cellLines = String(cell.value)
      .split('\n')
      .reduce((n, line) => n + Math.max(1, Math.ceil((textWidth(line) * wordWrapSlack(line)) / perLine)), 0);
    lines = Math.max(lines, cellLines);
  });
  return lines > 1 ? lines * LINE_HEIGHT : null;
}

const CHECKLIST_COLUMNS = [
  ['environment', 14],
  ['method', 22],
  ['number', 6],
  ['category', 14],
  ['priority', 7],
  ['text', 50],
  ['threats', 18],
  ['status', 11],
  ['note', 30],
] as const satisfies readonly (readonly [keyof XlsxLabels['headers'], number])[];

function environmentName(name: string, position: number, labels: XlsxLabels): string {
  return name.trim() || labels.unnamedEnvironment(position);
}

function checklistSheet(
  catalogue: Catalogue,
  assessment: Assessment,
  lang: keyof LocalizedText,
  labels: XlsxLabels,
): SheetModel {
  const threatName = (id: ThreatId) => catalogue.threats.find((t) => t.id === id)?.name[lang] ?? id;
  const rows: SheetRow[] = assessment.environments.flatMap((env, i) => {
    if (env.method === null) return [];
    const envName = environmentName(env.name, i + 1, labels);
    const method = labels.method(env.method);
    return scopedItems(catalogue, env).map(({ item, status, note }): SheetRow => {
      const category = catalogue.categories.find((c) => c.id === item.category);
      return [
        text(envName, { wrap: true }),
        text(method, { wrap: true }),
        // A string cell: Excel never turns it into a date (the CSV needs a look-alike hyphen instead).
        text(item.id),
        text(category ? category.name[lang] : String(item.category), { wrap: true }),
        text(labels.priorities[item.priority]),
        text(item.text[lang], { wrap: true }),
        text(item.threats.map(threatName).join(labels.listSeparator), { wrap: true }),
        text(labels.statuses[status], { fill: STATUS_FILLS[status], wrap: true }),
        text(note, { wrap: true }),
      ];
    });
  });
  return {
    name: labels.sheetNames.checklist,
    columns: CHECKLIST_COLUMNS.map(([key, width]) => ({ width, text: key === 'number' })),
    rows: [CHECKLIST_COLUMNS.map(([key]) => header(labels.headers[key])), ...rows],
    frozenRows: 1,
    autoFilter: { firstRow: 1, lastRow: rows.length + 1, columns: CHECKLIST_COLUMNS.length },
    print: { orientation: 'landscape', repeatRows: 1 },
  };
}

function progressHeader(first: string, second: string, labels: XlsxLabels): SheetRow {
  return [
    header(first),
    header(second),
    header(labels.summary.inScope),
    ...COUNTED_STATUSES.map((s) => header(labels.statuses[s])),
    header(labels.summary.rate),
    header(labels.summary.mustInScope),
    header(labels.summary.mustDone),
    header(labels.summary.mustRate),
    header(labels.statuses.na),
  ];
}

function progressCells(p: Progress): SheetRow {
  const must = p.byPriority['◎'];
  return [
    { value: p.total },
    ...COUNTED_STATUSES.map((s) => ({ value: p[TALLY_FIELD[s]] })),
    { value: percent(p.done, p.total) / 100, format: 'percent' },
    { value: must.total },
    { value: must.done },
    { value: percent(must.done, must.total) / 100, format: 'percent' },
    { value: p.na },
  ];
}

function summarySheet(
  catalogue: Catalogue,
  assessment: Assessment,
  { language: lang, now, calendar = 'gregorian' }: WorkbookOptions,
  labels: XlsxLabels,
): SheetModel {
  const s = labels.summary;
  // Written as text the way the screens write it (2026年4月3日 8:00, 令和8年4月3日 8:00), never an Excel date.
  const when = (ms: number | Date) => formatDate(ms, { language: lang, calendar, style: 'dateTime' });
  const summary = summariseAssessment(catalogue, assessment);
  const source = catalogue.source;
  const latest = source.revisions.at(-1);
  const field = (label: string, value: string): SheetRow => [
    text(label, { bold: true }),
    text(value || s.blank),
  ];
  const rows: SheetRow[] = [
    [text(s.title, { bold: true })],
    [],
    field(s.assessmentName, assessment.name.trim()),
    field(s.organisation, assessment.organisation.trim()),
    field(s.assessor, assessment.assessor.trim()),
    field(s.createdAt, when(assessment.createdAt)),
    field(s.updatedAt, when(assessment.updatedAt)),
    field(s.finalisedAt, assessment.finalisedAt === undefined ? '' : when(assessment.finalisedAt)),
    field(s.exportedAt, when(now)),
    field(s.checklist, `${source.title[lang]} ${source.edition[lang]}`),
    field(s.publisher, source.publisher[lang]),
    field(s.publishedAt, source.date),
    ...(latest ? [field(s.revisedAt, `${latest.date} ${latest.text[lang]}`)] : []),
    field(s.catalogueVersion, catalogue.version),
    [],
    [text(s.byEnvironment, { bold: true })],
    progressHeader(labels.headers.environment, labels.headers.method, labels),
    ...summary.environments.map(({ environment: env, progress }, i): SheetRow => [
      text(environmentName(env.name, i + 1, labels), { wrap: true }),
      text(env.method === null ? s.noMethod : labels.method(env.method), { wrap: true }),
      ...progressCells(progress),
    ]),
    [text(s.overall, { bold: true }), null, ...progressCells(summary.overall.progress)],
    [],
    [text(s.byCategory, { bold: true })],
    progressHeader(s.category, '', labels),
    ...summary.overall.byCategory.map(({ categoryId, progress }): SheetRow => {
      const category = catalogue.categories.find((c) => c.id === categoryId);
      return [
        text(`${categoryId}. ${category?.name[lang] ?? ''}`, { wrap: true }),
        null,
        ...progressCells(progress),
      ];
    }),
    [],
    [text(s.byThreat, { bold: true })],
    progressHeader(s.threat, '', labels),
    ...summary.overall.byThreat.map(({ threatId, progress }): SheetRow => {
      const threat = catalogue.threats.find((t) => t.id === threatId);
      return [text(threat?.name[lang] ?? threatId, { wrap: true }), null, ...progressCells(progress)];
    }),
    [],
    [text(s.rateNote)],
  ];
  return {
    name: labels.sheetNames.summary,
    // 13 characters: the longest word of the English headers ("implemented") stays whole.
    columns: [{ width: 30 }, { width: 40 }, ...Array.from({ length: 11 }, () => ({ width: 13 }))],
    rows,
    frozenRows: 0,
    autoFilter: null,
    print: { orientation: 'landscape', repeatRows: 0 },
  };
}

function sourceSheet(
  catalogue: Catalogue,
  { language: lang, appVersion }: WorkbookOptions,
  labels: XlsxLabels,
): SheetModel {
  const l = labels.source;
  const source = catalogue.source;
  const field = (label: string, value: SheetCell): SheetRow => [text(label, { bold: true }), value];
  return {
    name: labels.sheetNames.source,
    columns: [{ width: 24 }, { width: 100 }],
    rows: [
      [text(l.title, { bold: true })],
      [],
      field(l.attribution, text(source.licence[lang], { wrap: true })),
      field(l.publisher, text(source.publisher[lang])),
      field(l.document, text(`${source.title[lang]} ${source.edition[lang]}`, { wrap: true })),
      field(l.publishedAt, text(source.date)),
      ...source.revisions.map((r, i) =>
        field(i === 0 ? l.revisions : '', text(`${r.date} ${r.text[lang]}`, { wrap: true })),
      ),
      field(l.link, text(source.url, { link: source.url })),
      field(l.catalogueVersion, text(catalogue.version)),
      field(l.appVersion, text(appVersion)),
      [],
      [text(l.tool)],
    ],
    frozenRows: 0,
    autoFilter: null,
    print: { orientation: 'portrait', repeatRows: 0 },
  };
}

/**
 * The workbook of an assessment: the summary (progress per environment, category and threat), the checklist
 * (one row per item of each environment with a method, in the order of the printed table) and the source.
 */
export function assessmentWorkbookModel(
  catalogue: Catalogue,
  assessment: Assessment,
  options: WorkbookOptions,
  labels: XlsxLabels,
): WorkbookModel {
  return {
    title: textCell(assessment.name.trim() || labels.summary.title),
    footer: labels.footer,
    sheets: [
      summarySheet(catalogue, assessment, options, labels),
      checklistSheet(catalogue, assessment, options.language, labels),
      sourceSheet(catalogue, options, labels),
    ],
  };
}
