import type { Catalogue, Item, Priority, ThreatId } from './catalogue-schema';
import type { Assessment, Environment, ItemStatus } from './assessment';
import { scopedItems, type ScopedItem } from './applicability';
import { tally, type Progress } from './progress';

/**
 * The result of an assessment as it is shown to someone else: how much is implemented per environment and
 * overall (◎ and ○ apart), per category and per threat, and the to-do list of what is not implemented yet.
 * Every figure counts in-scope items only: 対象外 is left out, as in progress.ts.
 */

/** The same counts cut three ways. `progress.byPriority` keeps ◎ and ○ apart. */
export interface Breakdown {
  progress: Progress;
  /** One entry per catalogue category, in catalogue order; a category with no item in scope has total 0. */
  byCategory: { categoryId: number; progress: Progress }[];
  /** One entry per threat, in catalogue order. An item counts under every threat it addresses. */
  byThreat: { threatId: ThreatId; progress: Progress }[];
}

export interface EnvironmentSummary extends Breakdown {
  environment: Environment;
  /** The environment's items with their effective status; empty while no method is picked. */
  items: ScopedItem[];
}

/** The statuses that leave an item on the to-do list. */
export type OpenStatus = Extract<ItemStatus, 'not-done' | 'unknown' | 'partial' | 'unanswered'>;

/**
 * The order of the to-do list within one priority.
 * - 未実施 first: the threats the item addresses are known to be open.
 * - わからない next: it may be just as open, and finding out is itself the first thing to do (follow-up).
 * - 一部実施 after: part of the measure is in place, the rest is to be finished.
 * - 未回答 last: nothing is known yet; the first step is to finish the checklist, not a known gap.
 */
export const TODO_STATUS_ORDER: readonly OpenStatus[] = ['not-done', 'unknown', 'partial', 'unanswered'];

export function isOpenStatus(status: ItemStatus): status is OpenStatus {
  return (TODO_STATUS_ORDER as readonly ItemStatus[]).includes(status);
}

/** Where an item is still open. */
export interface TodoOccurrence {
  environmentId: string;
  status: OpenStatus;
  note: string;
}

/** One line of the to-do list: an item that is not 実施済み in at least one environment. */
export interface TodoEntry {
  item: Item;
  /** The most pressing status over the environments (see TODO_STATUS_ORDER); it sets the entry's place. */
  status: OpenStatus;
  /** Someone answered わからない in at least one environment: a person has to find out. */
  followUp: boolean;
  /** The threats the item addresses, which stay open (fully or in part) while it is not done. */
  threats: ThreatId[];
  /** The environments where the item is open, in the assessment's order. */
  environments: TodoOccurrence[];
}

export interface AssessmentSummary {
  environments: EnvironmentSummary[];
  /** The sum over environments: an item checked in two environments counts twice. */
  overall: Breakdown;
  todo: TodoEntry[];
}

/** Counts a list of scoped items overall, per category and per threat. */
export function breakdown(catalogue: Catalogue, items: readonly ScopedItem[]): Breakdown {
  return {
    progress: tally(items),
    byCategory: catalogue.categories.map((c) => ({
      categoryId: c.id,
      progress: tally(items.filter((s) => s.item.category === c.id)),
    })),
    byThreat: catalogue.threats.map((t) => ({
      threatId: t.id,
      progress: tally(items.filter((s) => s.item.threats.includes(t.id))),
    })),
  };
}

/** The summary of one environment. */
export function summariseEnvironment(catalogue: Catalogue, environment: Environment): EnvironmentSummary {
  const items = scopedItems(catalogue, environment);
  return { environment, items, ...breakdown(catalogue, items) };
}

const priorityRank: Record<Priority, number> = { '◎': 0, '○': 1 };
const statusRank = (s: OpenStatus) => TODO_STATUS_ORDER.indexOf(s);

/**
 * The to-do list: every in-scope item that is not 実施済み in some environment, one entry per item with the
 * environments it concerns. Ordered ◎ before ○, then by TODO_STATUS_ORDER, then in catalogue order.
 */
export function todoList(catalogue: Catalogue, environments: readonly EnvironmentSummary[]): TodoEntry[] {
  const byItem = new Map<string, TodoEntry>();
  for (const env of environments) {
    for (const s of env.items) {
      if (!isOpenStatus(s.status)) continue;
      const occurrence: TodoOccurrence = {
        environmentId: env.environment.id,
        status: s.status,
        note: s.note,
      };
      const entry = byItem.get(s.item.id);
      if (entry) {
        entry.environments.push(occurrence);
        if (statusRank(s.status) < statusRank(entry.status)) entry.status = s.status;
        entry.followUp ||= s.status === 'unknown';
      } else {
        byItem.set(s.item.id, {
          item: s.item,
          status: s.status,
          followUp: s.status === 'unknown',
          threats: [...s.item.threats],
          environments: [occurrence],
        });
      }
    }
  }
  const catalogueIndex = new Map(catalogue.items.map((item, i) => [item.id, i]));
  return [...byItem.values()].sort(
    (a, b) =>
      priorityRank[a.item.priority] - priorityRank[b.item.priority] ||
      statusRank(a.status) - statusRank(b.status) ||
      (catalogueIndex.get(a.item.id) ?? 0) - (catalogueIndex.get(b.item.id) ?? 0),
  );
}

/** Everything the summary screen and the printed report show about an assessment. */
export function summariseAssessment(catalogue: Catalogue, assessment: Assessment): AssessmentSummary {
  const environments = assessment.environments.map((env) => summariseEnvironment(catalogue, env));
  return {
    environments,
    overall: breakdown(
      catalogue,
      environments.flatMap((e) => e.items),
    ),
    todo: todoList(catalogue, environments),
  };
}
