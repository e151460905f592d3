import type { Catalogue, LocalizedText, MethodId, Priority } from './catalogue-schema';
import type { Assessment, Environment, ItemStatus, PlanState } from './assessment';
import { scopedItems } from './applicability';
import { planFor } from './plan';
import { compareEnvironments, matchEnvironments, type ChangeKind } from './review-compare';

/**
 * The CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as Shift_JIS and garbles
 * Japanese), CRLF line ends, one row per item of each environment, in the order of the printed table.
 * Words come from the caller in the chosen language; the domain knows no translations.
 */

export interface CsvLabels {
  headers: Record<
    'environment' | 'method' | 'number' | 'category' | 'priority' | 'text' | 'status' | 'note' | PlanColumn,
    string
  >;
  statuses: Record<ItemStatus, string>;
  /** 未着手 / 対応中 / 完了 */
  planStates: Record<PlanState, string>;
  priorities: Record<Priority, string>;
  /** e.g. "方式① 会社支給端末・VPN/リモートデスクトップ方式". */
  method: (id: MethodId) => string;
  /** The name shown for an environment the user left unnamed (1-based position). */
  unnamedEnvironment: (position: number) => string;
  /** Headers and words of the two columns added when a previous review is given. */
  review?: { headers: Record<'previousStatus' | 'change', string>; kinds: Record<ChangeKind, string> };
}

/** The improvement plan's columns, after the answer's: the item's plan, and the reason and approver of an accepted risk. */
const PLAN_COLUMNS = [
  'planAction',
  'planOwner',
  'planDue',
  'planState',
  'riskReason',
  'riskApprover',
] as const;
type PlanColumn = (typeof PLAN_COLUMNS)[number];

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
  ...PLAN_COLUMNS,
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
  assessment: Assessment,
  env: Environment,
  position: number,
  lang: keyof LocalizedText,
  labels: CsvLabels,
  previous: Environment | null | undefined,
): string[][] {
  if (env.method === null) return [];
  const envName = env.name.trim() || labels.unnamedEnvironment(position);
  const method = labels.method(env.method);
  const review = labels.review;
  const changes = previous ? compareEnvironments(catalogue, previous, env) : [];
  // Two more columns when a previous review is given: its status, and what changed (empty when unmatched).
  const extra = (id: string): string[] => {
    if (previous === undefined || !review) return [];
    const change = changes.find((c) => c.item.id === id);
    if (!change) return ['', ''];
    return [change.before === null ? '' : labels.statuses[change.before], review.kinds[change.kind]];
  };
  return scopedItems(catalogue, env).map(({ item, status, note }) => {
    const category = catalogue.categories.find((c) => c.id === item.category);
    // The item's plan is shown on every row where the item applies; an accepted risk only where it was accepted.
    const plan = status === 'na' ? null : planFor(assessment, item.id);
    const risk = status === 'risk-accepted' ? env.answers[item.id]?.risk : undefined;
    return [
      envName,
      method,
      itemNumberCell(item.id),
      category ? category.name[lang] : String(item.category),
      labels.priorities[item.priority],
      item.text[lang],
      labels.statuses[status],
      note,
      plan?.action ?? '',
      plan?.owner ?? '',
      plan?.dueOn ?? '',
      plan ? labels.planStates[plan.state] : '',
      risk?.reason ?? '',
      risk?.approver ?? '',
      ...extra(item.id),
    ];
  });
}

/**
 * The whole CSV file as text, byte-order mark included. Environments with no method yet have no rows. With the
 * previous review of the series (and `labels.review`), two columns follow: 前回の状況 and 前回比.
 */
export function exportAssessmentCsv(
  catalogue: Catalogue,
  assessment: Assessment,
  lang: keyof LocalizedText,
  labels: CsvLabels,
  previous?: Assessment | null,
): string {
  const withPrevious = previous != null && labels.review !== undefined;
  const pairs = withPrevious ? matchEnvironments(previous.environments, assessment.environments).pairs : [];
  const header = COLUMNS.map((c) => labels.headers[c]);
  if (withPrevious) header.push(labels.review!.headers.previousStatus, labels.review!.headers.change);
  const rows = [
    header,
    ...assessment.environments.flatMap((env, i) =>
      environmentRows(
        catalogue,
        assessment,
        env,
        i + 1,
        lang,
        labels,
        withPrevious ? (pairs.find((p) => p.after === env)?.before ?? null) : undefined,
      ),
    ),
  ];
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join(CRLF) + CRLF;
}
