import type { Catalogue, Item, ItemId, Priority, ThreatId } from './catalogue-schema';
import type { Assessment, Environment, ItemStatus } from './assessment';
import { scopedItems, type ScopedItem } from './applicability';
import { percent, tally, type Tally } from './progress';
import { summariseAssessment, type Breakdown } from './summary';

/**
 * Two reviews side by side: which environments correspond, what changed per item, and the 実施済み rates then
 * and now per priority, category and threat. Pure; the compare screen and the report render the answer.
 */

/** How a pair of environments was recognised as the same one. */
export type MatchKind = 'method-and-name' | 'name' | 'method';

/**
 * What happened to one item between the reviews.
 * - improved / worse: the status moved up or down the scale 未実施・わからない・未回答 < 一部実施 < 実施済み
 * - unchanged: 実施済み both times
 * - still-open: not 実施済み either time, and no better or worse
 * - newly-applicable / no-longer-applicable: the method or a scope answer changed what the item is for
 * - unconfirmed: carried over from the previous review and not yet confirmed in this one
 */
export type ChangeKind =
  | 'improved'
  | 'worse'
  | 'unchanged'
  | 'still-open'
  | 'newly-applicable'
  | 'no-longer-applicable'
  | 'unconfirmed';

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'worse',
  'improved',
  'unconfirmed',
  'still-open',
  'newly-applicable',
  'no-longer-applicable',
  'unchanged',
];

export interface ItemChange {
  item: Item;
  kind: ChangeKind;
  /** The status in the earlier review; null when the item was not part of its checklist. */
  before: ItemStatus | null;
  /** The status in the later review (未回答 while carried over); null when the item is not in its checklist. */
  after: ItemStatus | null;
}

export interface EnvironmentPair {
  before: Environment;
  after: Environment;
  matchedBy: MatchKind;
  /** Every item of either checklist, in the catalogue's order. */
  changes: ItemChange[];
  /** The environment's done rates then and now, overall and per priority. */
  rates: Record<'all' | Priority, RateRow<'all' | Priority>>;
}

/** A done rate then and now. `change` is in percentage points; null when either side has nothing to count. */
export interface RateRow<K> {
  key: K;
  before: { done: number; total: number; rate: number | null };
  after: { done: number; total: number; rate: number | null };
  change: number | null;
}

export interface ReviewComparison {
  pairs: EnvironmentPair[];
  /** Environments of the earlier review with no counterpart in the later one. */
  unmatchedBefore: Environment[];
  /** Environments of the later review with no counterpart in the earlier one. */
  unmatchedAfter: Environment[];
  /** How many item changes of each kind, over every pair. */
  counts: Record<ChangeKind, number>;
  overall: RateRow<'all'>;
  byPriority: RateRow<Priority>[];
  byCategory: RateRow<number>[];
  byThreat: RateRow<ThreatId>[];
}

/** The name as people would recognise it again: width, case and outer spaces do not matter. */
function nameKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

/**
 * Pairs the environments of two reviews: first those with the same method and name; then, of those left, the
 * same name (the method changed); then the same method when exactly one is left on each side (renamed).
 * Each environment is used once; the rest are listed as unmatched.
 */
export function matchEnvironments(
  before: readonly Environment[],
  after: readonly Environment[],
): {
  pairs: { before: Environment; after: Environment; matchedBy: MatchKind }[];
  unmatchedBefore: Environment[];
  unmatchedAfter: Environment[];
} {
  const leftBefore = [...before];
  const leftAfter = [...after];
  const pairs: { before: Environment; after: Environment; matchedBy: MatchKind }[] = [];
  const take = (matchedBy: MatchKind, same: (a: Environment, b: Environment) => boolean) => {
    for (const b of [...leftBefore]) {
      const i = leftAfter.findIndex((a) => same(b, a));
      if (i < 0) continue;
      pairs.push({ before: b, after: leftAfter[i]!, matchedBy });
      leftAfter.splice(i, 1);
      leftBefore.splice(leftBefore.indexOf(b), 1);
    }
  };
  take('method-and-name', (b, a) => b.method === a.method && nameKey(b.name) === nameKey(a.name));
  take('name', (b, a) => nameKey(b.name) === nameKey(a.name));
  take(
    'method',
    (b, a) =>
      b.method !== null &&
      b.method === a.method &&
      leftBefore.filter((x) => x.method === b.method).length === 1 &&
      leftAfter.filter((x) => x.method === a.method).length === 1,
  );
  // Pairs in the later review's order, as its screens list them.
  pairs.sort((x, y) => after.indexOf(x.after) - after.indexOf(y.after));
  return { pairs, unmatchedBefore: leftBefore, unmatchedAfter: leftAfter };
}

/**
 * How far an item is implemented. An accepted risk is a decision not to implement it (counted apart from done
 * everywhere), so it ranks with not done: done → accepted is worse, not done → accepted is still open.
 */
const LEVEL: Record<ItemStatus, number> = {
  done: 2,
  partial: 1,
  'not-done': 0,
  unknown: 0,
  unanswered: 0,
  'risk-accepted': 0,
  na: -1,
};

/** What happened to one item, from its scoped state in each review (undefined: not in that checklist). */
export function classifyChange(
  before: ScopedItem | undefined,
  after: ScopedItem | undefined,
): ChangeKind | null {
  const was = before !== undefined && before.status !== 'na';
  const is = after !== undefined && (after.status !== 'na' || after.carriedOver !== undefined);
  if (!was && !is) return null;
  if (!was) return 'newly-applicable';
  if (!is) return 'no-longer-applicable';
  if (after!.carriedOver !== undefined) return 'unconfirmed';
  const diff = LEVEL[after!.status] - LEVEL[before.status];
  if (diff > 0) return 'improved';
  if (diff < 0) return 'worse';
  return after!.status === 'done' ? 'unchanged' : 'still-open';
}

/** The item changes between two environments, in catalogue order. */
export function compareEnvironments(
  catalogue: Catalogue,
  before: Environment,
  after: Environment,
): ItemChange[] {
  const was = new Map(scopedItems(catalogue, before).map((s) => [s.item.id, s]));
  const is = new Map(scopedItems(catalogue, after).map((s) => [s.item.id, s]));
  return catalogue.items.flatMap((item) => {
    const b = was.get(item.id);
    const a = is.get(item.id);
    const kind = classifyChange(b, a);
    if (kind === null) return [];
    const statusOf = (s: ScopedItem | undefined) => (s === undefined || s.status === 'na' ? null : s.status);
    return [
      { item, kind, before: statusOf(b), after: a?.carriedOver !== undefined ? 'unanswered' : statusOf(a) },
    ];
  });
}

function rateRow<K>(key: K, before: Tally, after: Tally): RateRow<K> {
  const side = (t: Tally) => ({
    done: t.done,
    total: t.total,
    rate: t.total === 0 ? null : percent(t.done, t.total),
  });
  const b = side(before);
  const a = side(after);
  return { key, before: b, after: a, change: a.rate === null || b.rate === null ? null : a.rate - b.rate };
}

function rates(
  before: Breakdown,
  after: Breakdown,
): Pick<ReviewComparison, 'overall' | 'byPriority' | 'byCategory' | 'byThreat'> {
  return {
    overall: rateRow('all' as const, before.progress, after.progress),
    byPriority: (['◎', '○'] as const).map((p) =>
      rateRow(p, before.progress.byPriority[p], after.progress.byPriority[p]),
    ),
    byCategory: after.byCategory.map((c, i) =>
      rateRow(c.categoryId, before.byCategory[i]!.progress, c.progress),
    ),
    byThreat: after.byThreat.map((t, i) => rateRow(t.threatId, before.byThreat[i]!.progress, t.progress)),
  };
}

/**
 * Compares an earlier review with a later one. The rates count every environment of each review (as the
 * summary does); the item changes concern the matched environments.
 */
export function compareReviews(
  catalogue: Catalogue,
  before: Assessment,
  after: Assessment,
): ReviewComparison {
  const matched = matchEnvironments(before.environments, after.environments);
  const pairs = matched.pairs.map((p) => {
    const was = tally(scopedItems(catalogue, p.before));
    const is = tally(scopedItems(catalogue, p.after));
    return {
      ...p,
      changes: compareEnvironments(catalogue, p.before, p.after),
      rates: {
        all: rateRow<'all' | Priority>('all', was, is),
        '◎': rateRow<'all' | Priority>('◎', was.byPriority['◎'], is.byPriority['◎']),
        '○': rateRow<'all' | Priority>('○', was.byPriority['○'], is.byPriority['○']),
      },
    };
  });
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const p of pairs) for (const c of p.changes) counts[c.kind] += 1;
  return {
    pairs,
    unmatchedBefore: matched.unmatchedBefore,
    unmatchedAfter: matched.unmatchedAfter,
    counts,
    ...rates(summariseAssessment(catalogue, before).overall, summariseAssessment(catalogue, after).overall),
  };
}

/** What the compare screen's filters ask for. */
export interface ChangeFilter {
  /** The kinds to show; empty shows every kind. */
  kinds: readonly ChangeKind[];
  priority: Priority | 'all';
}

export const NO_CHANGE_FILTER: ChangeFilter = { kinds: [], priority: 'all' };

/** The changes that pass the filter, in their order. */
export function filterChanges(changes: readonly ItemChange[], filter: ChangeFilter): ItemChange[] {
  return changes.filter(
    (c) =>
      (filter.kinds.length === 0 || filter.kinds.includes(c.kind)) &&
      (filter.priority === 'all' || c.item.priority === filter.priority),
  );
}

/** One line of "what improved / got worse": an item and the environments where it did. */
export interface ChangeLine {
  item: Item;
  environments: { environment: Environment; before: ItemStatus | null; after: ItemStatus | null }[];
}

/** The items that changed the given way, one line per item, ◎ first then catalogue order. */
export function changeLines(comparison: ReviewComparison, kind: ChangeKind): ChangeLine[] {
  const byItem = new Map<ItemId, ChangeLine>();
  for (const p of comparison.pairs) {
    for (const c of p.changes) {
      if (c.kind !== kind) continue;
      const line = byItem.get(c.item.id) ?? { item: c.item, environments: [] };
      line.environments.push({ environment: p.after, before: c.before, after: c.after });
      byItem.set(c.item.id, line);
    }
  }
  const rank = { '◎': 0, '○': 1 } as const;
  return [...byItem.values()].sort((a, b) => rank[a.item.priority] - rank[b.item.priority]);
}
