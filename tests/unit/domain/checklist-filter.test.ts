import { describe, expect, it } from 'vitest';
import type { ScopedItem } from '../../../src/domain/applicability';
import type { ItemStatus } from '../../../src/domain/assessment';
import type { Item, Priority, ThreatId } from '../../../src/domain/catalogue-schema';
import {
  NO_FILTER,
  OPEN_STATUSES,
  filterCounts,
  filterItems,
  isOpen,
  isUnfiltered,
  matchesFilter,
  nextUnanswered,
  type ChecklistFilter,
} from '../../../src/domain/checklist-filter';

function scoped(
  id: string,
  priority: Priority,
  threats: ThreatId[],
  status: ItemStatus = 'unanswered',
): ScopedItem {
  const item: Item = {
    id,
    category: Number(id.split('-')[0]),
    priority,
    text: { ja: `項目${id}`, en: `Item ${id}` },
    notes: [],
    threats,
    threatDetail: { ja: '詳細', en: 'Detail' },
    remark: null,
    methods: [1],
  };
  return { item, excludedBy: null, overridden: false, status, note: '' };
}

const items: ScopedItem[] = [
  scoped('1-1', '◎', ['unauthorized-access', 'eavesdropping'], 'done'),
  scoped('2-1', '◎', ['malware'], 'unanswered'),
  scoped('2-2', '◎', ['malware'], 'partial'),
  scoped('5-1', '◎', ['malware', 'unauthorized-access'], 'na'),
  scoped('8-3', '○', ['theft-loss'], 'not-done'),
  scoped('9-3', '○', ['unauthorized-access'], 'unknown'),
  scoped('10-3', '○', ['unauthorized-access'], 'unanswered'),
];
const ids = (list: readonly ScopedItem[]) => list.map((s) => s.item.id);
const filter = (patch: Partial<ChecklistFilter>): ChecklistFilter => ({ ...NO_FILTER, ...patch });

describe('isOpen', () => {
  it('treats 未回答・一部実施・未実施・わからない as still open and 実施済み・対象外 as settled', () => {
    expect(OPEN_STATUSES.filter(isOpen)).toEqual(['unanswered', 'partial', 'not-done', 'unknown']);
    expect(isOpen('done')).toBe(false);
    expect(isOpen('na')).toBe(false);
  });
});

describe('isUnfiltered', () => {
  it('is true only when no filter narrows the list', () => {
    expect(isUnfiltered(NO_FILTER)).toBe(true);
    expect(isUnfiltered(filter({ openOnly: true }))).toBe(false);
    expect(isUnfiltered(filter({ category: 2 }))).toBe(false);
  });
});

describe('filterItems', () => {
  it('keeps every item, in order, with no filter', () => {
    expect(ids(filterItems(items, NO_FILTER))).toEqual(ids(items));
  });

  it('filters by priority', () => {
    expect(ids(filterItems(items, filter({ priority: '○' })))).toEqual(['8-3', '9-3', '10-3']);
  });

  it('filters by category', () => {
    expect(ids(filterItems(items, filter({ category: 2 })))).toEqual(['2-1', '2-2']);
  });

  it('filters by threat, matching any of an item’s threats', () => {
    expect(ids(filterItems(items, filter({ threat: 'unauthorized-access' })))).toEqual([
      '1-1',
      '5-1',
      '9-3',
      '10-3',
    ]);
  });

  it('shows only open items with "still open only", leaving out 実施済み and 対象外', () => {
    expect(ids(filterItems(items, filter({ openOnly: true })))).toEqual(['2-1', '2-2', '8-3', '9-3', '10-3']);
  });

  it('combines filters', () => {
    expect(ids(filterItems(items, filter({ priority: '◎', threat: 'malware', openOnly: true })))).toEqual([
      '2-1',
      '2-2',
    ]);
  });

  it('keeps a just-answered item on screen under "still open only" while it is in the keep set', () => {
    expect(ids(filterItems(items, filter({ openOnly: true }), new Set(['1-1'])))).toEqual([
      '1-1',
      '2-1',
      '2-2',
      '8-3',
      '9-3',
      '10-3',
    ]);
    // The keep set never overrides the other filters.
    expect(matchesFilter(items[0]!, filter({ openOnly: true, priority: '○' }), new Set(['1-1']))).toBe(false);
  });
});

describe('filterCounts', () => {
  it('counts every option with no filter', () => {
    const c = filterCounts(items, NO_FILTER);
    expect(c.shown).toBe(7);
    expect(c.all).toBe(7);
    expect(c.priority).toEqual({ any: 7, '◎': 4, '○': 3 });
    expect([...c.category.byId]).toEqual([
      [1, 1],
      [2, 2],
      [5, 1],
      [8, 1],
      [9, 1],
      [10, 1],
    ]);
    expect(c.threat.byId.get('unauthorized-access')).toBe(4);
    expect(c.threat.byId.get('malware')).toBe(3);
    expect(c.open).toBe(5);
  });

  it('counts each option with the other filters applied, not its own', () => {
    const c = filterCounts(items, filter({ priority: '◎', category: 2 }));
    expect(c.shown).toBe(2);
    // Priority options keep the category filter: category 2 has two ◎ items and no ○.
    expect(c.priority).toEqual({ any: 2, '◎': 2, '○': 0 });
    // Category options keep the priority filter: every category stays listed, those with no ◎ item count 0.
    expect(c.category.byId.get(1)).toBe(1);
    expect(c.category.byId.get(8)).toBe(0);
    expect(c.category.any).toBe(4);
    expect(c.open).toBe(2);
  });

  it('updates as statuses change', () => {
    const before = filterCounts(items, filter({ openOnly: true }));
    const after = filterCounts(
      items.map((s) => (s.item.id === '2-1' ? { ...s, status: 'done' as const } : s)),
      filter({ openOnly: true }),
    );
    expect(before.open).toBe(5);
    expect(after.open).toBe(4);
    expect(after.shown).toBe(4);
    expect(after.priority['◎']).toBe(1);
  });

  it('counts the kept items as shown but not as open', () => {
    const c = filterCounts(items, filter({ openOnly: true }), new Set(['1-1']));
    expect(c.shown).toBe(6);
    expect(c.open).toBe(5);
  });
});

describe('nextUnanswered', () => {
  it('starts at the top when there is no current item', () => {
    expect(nextUnanswered(items, null)).toBe('2-1');
  });

  it('finds the next unanswered item after the current one', () => {
    expect(nextUnanswered(items, '2-1')).toBe('10-3');
    expect(nextUnanswered(items, '5-1')).toBe('10-3');
  });

  it('wraps round to the start', () => {
    expect(nextUnanswered(items, '10-3')).toBe('2-1');
  });

  it('returns the current item when it is the only unanswered one', () => {
    const one = items.map((s) => (s.item.id === '10-3' ? s : { ...s, status: 'done' as const }));
    expect(nextUnanswered(one, '10-3')).toBe('10-3');
  });

  it('does not count 一部実施, 未実施 or わからない as unanswered', () => {
    expect(nextUnanswered(items, '2-2')).toBe('10-3');
  });

  it('starts at the top when the current item is not in the list', () => {
    expect(nextUnanswered(items, '3-1')).toBe('2-1');
  });

  it('returns null when every item is answered, or the list is empty', () => {
    expect(
      nextUnanswered(
        items.map((s) => ({ ...s, status: 'done' as const })),
        '1-1',
      ),
    ).toBeNull();
    expect(nextUnanswered([], null)).toBeNull();
  });
});
