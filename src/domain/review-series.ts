import type { Catalogue, ItemId } from './catalogue-schema';
import { newId, type Assessment, type Environment, type ItemAnswer } from './assessment';
import { scopedItems } from './applicability';
import { percent } from './progress';
import { summariseAssessment } from './summary';

/**
 * The review cycle: an organisation checks the same environments again each year (or quarter). Each review is
 * an assessment of its own; reviews of the same organisation form a series (the same `seriesId`; a first review
 * that started no series yet has its own id as its series). Pure: the store and screens call these.
 */

/** How many months apart reviews are unless the user chose otherwise. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;
/** The intervals offered for the next review date. */
export const REVIEW_INTERVALS = [3, 6, 12] as const;
/** A review counts as due this many days before its date. */
export const DUE_SOON_DAYS = 30;

/** The series an assessment belongs to. */
export function seriesIdOf(a: Pick<Assessment, 'id' | 'seriesId'>): string {
  return a.seriesId ?? a.id;
}

/** Reviews in the order they were made (started), oldest first. */
export function byReviewOrder<T extends Pick<Assessment, 'createdAt' | 'id'>>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Every review of the series `a` belongs to, oldest first (`a` included). */
export function seriesOf(all: readonly Assessment[], a: Pick<Assessment, 'id' | 'seriesId'>): Assessment[] {
  const id = seriesIdOf(a);
  return byReviewOrder(all.filter((x) => seriesIdOf(x) === id));
}

/** The review before `a` in its series, or null for the first one. */
export function previousReview(all: readonly Assessment[], a: Assessment): Assessment | null {
  const series = seriesOf(all, a);
  const i = series.findIndex((x) => x.id === a.id);
  return i > 0 ? series[i - 1]! : null;
}

/** The date a review stands for: when it was 確定, else when it was last changed. */
export function reviewDate(a: Pick<Assessment, 'finalisedAt' | 'updatedAt'>): number {
  return a.finalisedAt ?? a.updatedAt;
}

/** A series: its id and its reviews, oldest first. */
export interface Series {
  id: string;
  reviews: Assessment[];
}

/** The assessments grouped by series, in the order of each series' first appearance in `all`. */
export function groupSeries(all: readonly Assessment[]): Series[] {
  const groups = new Map<string, Assessment[]>();
  for (const a of all) {
    const id = seriesIdOf(a);
    const list = groups.get(id);
    if (list) list.push(a);
    else groups.set(id, [a]);
  }
  return [...groups].map(([id, reviews]) => ({ id, reviews: byReviewOrder(reviews) }));
}

/**
 * `YYYY-MM-DD` plus some months, on the same day of the month; a day the target month lacks becomes its last
 * day (31 March + 6 months is 30 September; 29 February + 12 months is 28 February).
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** The next review date suggested for a review made on `today`: the chosen interval, one year unless set. */
export function suggestedNextReview(a: Pick<Assessment, 'reviewIntervalMonths'>, today: string): string {
  return addMonths(today, a.reviewIntervalMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS);
}

export interface NextReviewOptions {
  /** The new assessment's id (fresh unless given, for tests). */
  id?: string;
  name: string;
  now: number;
  /** Today as `YYYY-MM-DD`, for the suggested next review date. */
  today: string;
}

function carryAnswers(answers: Environment['answers']): Environment['answers'] {
  return Object.fromEntries(
    Object.entries(answers).map(([id, answer]) => {
      const { carriedOver: _carried, ...rest } = answer;
      const next: ItemAnswer = rest.status === 'unanswered' ? rest : { ...rest, carriedOver: true };
      return [id, next];
    }),
  );
}

/**
 * The next review of a series, started from `previous`: the same details, environments, methods, flowchart
 * paths, scope answers, put-back items and notes; every recorded status carried over as a starting point,
 * marked `carriedOver` until this review confirms it. Nothing of `previous` is changed.
 */
export function startNextReview(previous: Assessment, options: NextReviewOptions): Assessment {
  const next: Assessment = {
    id: options.id ?? newId(),
    name: options.name,
    organisation: previous.organisation,
    assessor: previous.assessor,
    catalogueVersion: previous.catalogueVersion,
    seriesId: seriesIdOf(previous),
    nextReviewOn: suggestedNextReview(previous, options.today),
    environments: previous.environments.map((e) => ({
      ...structuredClone(e),
      id: newId(),
      answers: carryAnswers(e.answers),
      createdAt: options.now,
      updatedAt: options.now,
    })),
    createdAt: options.now,
    updatedAt: options.now,
  };
  if (previous.reviewIntervalMonths !== undefined) next.reviewIntervalMonths = previous.reviewIntervalMonths;
  return next;
}

/** The in-scope items of the environment whose carried-over status is not confirmed yet, in checklist order. */
export function carriedOverItems(catalogue: Catalogue, env: Environment): ItemId[] {
  return scopedItems(catalogue, env).flatMap((s) => (s.carriedOver === undefined ? [] : [s.item.id]));
}

/** How many in-scope items of the environment still show a carried-over status that is not confirmed. */
export function carriedOverCount(catalogue: Catalogue, env: Environment): number {
  return carriedOverItems(catalogue, env).length;
}

/**
 * Confirms carried-over statuses as this review's answers: the items listed (for "confirm all unchanged", every
 * item of carriedOverItems). Returns the same environment when nothing changes.
 */
export function confirmCarriedOver(env: Environment, items: readonly string[], now: number): Environment {
  const targets = new Set(items);
  let changed = false;
  const answers = Object.fromEntries(
    Object.entries(env.answers).map(([id, answer]) => {
      if (!answer.carriedOver || !targets.has(id)) return [id, answer];
      changed = true;
      const { carriedOver: _carried, ...rest } = answer;
      return [id, { ...rest, updatedAt: now }];
    }),
  );
  return changed ? { ...env, answers, updatedAt: now } : env;
}

/** The same assessment with every unconfirmed carried-over status taken out (for files and links shown as a result). */
export function withoutUnconfirmed(a: Assessment): Assessment {
  return {
    ...a,
    environments: a.environments.map((e) => ({
      ...e,
      answers: Object.fromEntries(
        Object.entries(e.answers).map(([id, answer]) => {
          if (!answer.carriedOver) return [id, answer];
          const { carriedOver: _carried, ...rest } = answer;
          return [id, { ...rest, status: 'unanswered' as const }];
        }),
      ),
    })),
  };
}

export type DueState = 'overdue' | 'due-soon';

/**
 * Whether a review date has passed ('overdue', the day after it) or is near ('due-soon', within
 * DUE_SOON_DAYS, the day itself included); null when there is no date or it is further away.
 */
export function reviewDueState(nextReviewOn: string | undefined, today: string): DueState | null {
  if (nextReviewOn === undefined) return null;
  if (nextReviewOn < today) return 'overdue';
  const days = (Date.parse(`${nextReviewOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days <= DUE_SOON_DAYS ? 'due-soon' : null;
}

export interface DueReview {
  assessment: Assessment;
  state: DueState;
}

/**
 * The reviews to be done: for each series, its latest review when its next review date is near or past.
 * (An earlier review's date is answered by the later one.) Overdue first, then by date.
 */
export function dueReviews(all: readonly Assessment[], today: string): DueReview[] {
  return groupSeries(all)
    .flatMap(({ reviews }) => {
      const latest = reviews.at(-1)!;
      const state = reviewDueState(latest.nextReviewOn, today);
      return state ? [{ assessment: latest, state }] : [];
    })
    .sort(
      (a, b) =>
        (a.state === b.state ? 0 : a.state === 'overdue' ? -1 : 1) ||
        (a.assessment.nextReviewOn ?? '').localeCompare(b.assessment.nextReviewOn ?? ''),
    );
}

/** Whether the assessment changed after it was last saved to a file (or was never saved to one). */
export function changedSinceExport(a: Pick<Assessment, 'updatedAt' | 'lastExportedAt'>): boolean {
  return a.lastExportedAt === undefined || a.updatedAt > a.lastExportedAt;
}

/** One review's point of the trend. */
export interface TrendPoint {
  assessmentId: string;
  /** See reviewDate. */
  date: number;
  done: number;
  total: number;
  /** Whole-number percentage, rounded down (progress.ts `percent`). */
  rate: number;
  highDone: number;
  highTotal: number;
  highRate: number;
}

/** The 実施済み rate overall and for ◎ items of each review, oldest first. */
export function seriesTrend(catalogue: Catalogue, reviews: readonly Assessment[]): TrendPoint[] {
  return byReviewOrder(reviews).map((a) => {
    const { progress } = summariseAssessment(catalogue, a).overall;
    const high = progress.byPriority['◎'];
    return {
      assessmentId: a.id,
      date: reviewDate(a),
      done: progress.done,
      total: progress.total,
      rate: percent(progress.done, progress.total),
      highDone: high.done,
      highTotal: high.total,
      highRate: percent(high.done, high.total),
    };
  });
}
