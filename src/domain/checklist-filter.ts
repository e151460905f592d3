import type { ItemId, Priority, ThreatId } from './catalogue-schema';
import type { ItemStatus } from './assessment';
import type { ScopedItem } from './applicability';

/**
 * Finding one's way through an environment's checklist: filtering by priority, category, threat and
 * "still open", counting what each filter option would show, and finding the next unanswered item.
 */

/** What the user narrowed the list to; `null` means "any". */
export interface ChecklistFilter {
  priority: Priority | null;
  category: number | null;
  threat: ThreatId | null;
  /** Only items that still need work: 未回答・一部実施・未実施・わからない. */
  openOnly: boolean;
}

export const NO_FILTER: ChecklistFilter = { priority: null, category: null, threat: null, openOnly: false };

/** The statuses that still need work. 実施済み and 対象外 are settled. */
export const OPEN_STATUSES: readonly ItemStatus[] = ['unanswered', 'partial', 'not-done', 'unknown'];

export function isOpen(status: ItemStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** True when no filter narrows the list. */
export function isUnfiltered(filter: ChecklistFilter): boolean {
  return filter.priority === null && filter.category === null && filter.threat === null && !filter.openOnly;
}

/**
 * Whether an item passes the filter. Items in `keep` pass the "still open" test whatever their status:
 * an item the user has just answered stays on screen (and keeps focus) until the filter changes,
 * instead of vanishing under the pointer.
 */
export function matchesFilter(
  s: ScopedItem,
  filter: ChecklistFilter,
  keep: ReadonlySet<ItemId> = new Set(),
): boolean {
  if (filter.priority !== null && s.item.priority !== filter.priority) return false;
  if (filter.category !== null && s.item.category !== filter.category) return false;
  if (filter.threat !== null && !s.item.threats.includes(filter.threat)) return false;
  if (filter.openOnly && !isOpen(s.status) && !keep.has(s.item.id)) return false;
  return true;
}

/** The items that pass the filter, in their original order. */
export function filterItems(
  items: readonly ScopedItem[],
  filter: ChecklistFilter,
  keep: ReadonlySet<ItemId> = new Set(),
): ScopedItem[] {
  return items.filter((s) => matchesFilter(s, filter, keep));
}

/** How many items each option of each filter would show, given the other filters as they are. */
export interface FilterCounts {
  /** Items shown by the current filter. */
  shown: number;
  /** Items of the environment, whatever the filter. */
  all: number;
  /** By priority; `any` = with no priority filter. */
  priority: { any: number } & Record<Priority, number>;
  /** By category id, for every category that has at least one item in the environment. */
  category: { any: number; byId: Map<number, number> };
  /** By threat id, for every threat that at least one item of the environment addresses. */
  threat: { any: number; byId: Map<ThreatId, number> };
  /** Open items, given the other filters. */
  open: number;
}

/**
 * Faceted counts: each option counts the items it would show if chosen, with every other filter kept.
 * The counts use the real statuses (no `keep`), so they change the moment a status changes.
 */
export function filterCounts(
  items: readonly ScopedItem[],
  filter: ChecklistFilter,
  keep: ReadonlySet<ItemId> = new Set(),
): FilterCounts {
  const without = (patch: Partial<ChecklistFilter>) => ({ ...filter, ...patch });
  const byPriority = items.filter((s) => matchesFilter(s, without({ priority: null })));
  const byCategory = items.filter((s) => matchesFilter(s, without({ category: null })));
  const byThreat = items.filter((s) => matchesFilter(s, without({ threat: null })));
  const byOpen = items.filter((s) => matchesFilter(s, without({ openOnly: false })));

  const categoryIds = new Map<number, number>();
  for (const s of items) categoryIds.set(s.item.category, 0);
  for (const s of byCategory) categoryIds.set(s.item.category, (categoryIds.get(s.item.category) ?? 0) + 1);

  const threatIds = new Map<ThreatId, number>();
  for (const s of items) for (const t of s.item.threats) threatIds.set(t, 0);
  for (const s of byThreat) for (const t of s.item.threats) threatIds.set(t, (threatIds.get(t) ?? 0) + 1);

  return {
    shown: filterItems(items, filter, keep).length,
    all: items.length,
    priority: {
      any: byPriority.length,
      '◎': byPriority.filter((s) => s.item.priority === '◎').length,
      '○': byPriority.filter((s) => s.item.priority === '○').length,
    },
    category: { any: byCategory.length, byId: new Map([...categoryIds].sort(([a], [b]) => a - b)) },
    threat: { any: byThreat.length, byId: threatIds },
    open: byOpen.filter((s) => isOpen(s.status)).length,
  };
}

/**
 * The first unanswered item after `current` in list order, wrapping round to the start; `current`
 * itself comes last, so it is found only when it is the one unanswered item. With no `current`
 * (or one not in the list) the search starts at the top. Null when nothing is unanswered.
 */
export function nextUnanswered(items: readonly ScopedItem[], current: ItemId | null): ItemId | null {
  const start = current === null ? -1 : items.findIndex((s) => s.item.id === current);
  for (let step = 1; step <= items.length; step += 1) {
    const s = items[(start + step + items.length) % items.length];
    if (s && s.status === 'unanswered') return s.item.id;
  }
  return null;
}
