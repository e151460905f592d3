import type { Catalogue, LocalizedText, MethodId, Priority } from './catalogue-schema';
import type { Assessment, Environment, ItemStatus } from './assessment';
import { scopedItems } from './applicability';

/**
 * The CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as Shift_JIS and garbles
 * Japanese), CRLF line ends, one row per item of each environment, in the order of the printed table.
 * Words come from the caller in the chosen language; the domain knows no translations.
 */

export interface CsvLabels {
  headers: Record<
    'environment' | 'method' | 'number' | 'category' | 'priority' | 'text' | 'status' | 'note',
    string
  >;
  statuses: Record<ItemStatus, string>;
  priorities: Record<Priority, string>;
  /** e.g. "方式① 会社支給端末・VPN/リモートデスクトップ方式". */
  method: (id: MethodId) => string;
  /** The name shown for an environment the user left unnamed (1-based position). */
  unnamedEnvironment: (position: number) => string;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';
const COLUMNS = [
  'environment',
  'method',
  'number',
  'category',
  'priority',
  'text',
  'status',
  'note',
] as const;

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), plus their full-width
 * forms, which Japanese Excel can turn into the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** A text a spreadsheet shows as it is: an apostrophe in front when it could run as a formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell: neutralised when it could run as a formula, quoted when it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * An item number as text Excel keeps: "1-1" typed into Excel becomes the date 1 January. U+2011 (non-breaking
 * hyphen) looks the same and is left alone.
 */
export function itemNumberCell(id: string): string {
  return id.replace('-', '\u2011');
}

function environmentRows(
  catalogue: Catalogue,
  env: Environment,
  position: number,
  lang: keyof LocalizedText,
  labels: CsvLabels,
): string[][] {
  if (env.method === null) return [];
  const envName = env.name.trim() || labels.unnamedEnvironment(position);
  const method = labels.method(env.method);
  return scopedItems(catalogue, env).map(({ item, status, note }) => {
    const category = catalogue.categories.find((c) => c.id === item.category);
    return [
      envName,
      method,
      itemNumberCell(item.id),
      category ? category.name[lang] : String(item.category),
      labels.priorities[item.priority],
      item.text[lang],
      labels.statuses[status],
      note,
    ];
  });
}

/** The whole CSV file as text, byte-order mark included. Environments with no method yet have no rows. */
export function exportAssessmentCsv(
  catalogue: Catalogue,
  assessment: Assessment,
  lang: keyof LocalizedText,
  labels: CsvLabels,
): string {
  const rows = [
    COLUMNS.map((c) => labels.headers[c]),
    ...assessment.environments.flatMap((env, i) => environmentRows(catalogue, env, i + 1, lang, labels)),
  ];
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join(CRLF) + CRLF;
}
