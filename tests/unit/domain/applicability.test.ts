import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue, type ItemId, type MethodId } from '../../../src/domain/catalogue-schema';
import { ITEM_STATUSES, type Environment, type ItemStatus } from '../../../src/domain/assessment';
import {
  exclusionFor,
  itemsForMethod,
  scopeQuestionsForMethod,
  scopedItems,
} from '../../../src/domain/applicability';

const catalogue = parseCatalogue(raw);

function env(method: MethodId | null, extra: Partial<Environment> = {}): Environment {
  return {
    id: 'e1',
    name: '社用ノートPC',
    method,
    path: [],
    scope: {},
    overrides: [],
    answers: {},
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

function answers(map: Partial<Record<ItemId, ItemStatus>>, note = ''): Environment['answers'] {
  return Object.fromEntries(
    Object.entries(map).map(([id, status]) => [id, { status: status!, note, updatedAt: 1 }]),
  );
}

describe('itemsForMethod', () => {
  // The number of items per method in 第2部1 of the seed (方式① … 方式⑧).
  const seedCounts: Record<MethodId, number> = { 1: 32, 2: 29, 3: 23, 4: 29, 5: 30, 6: 27, 7: 21, 8: 27 };

  it.each(Object.entries(seedCounts))(
    'lists the %s method’s items as many as the seed does',
    (method, count) => {
      expect(itemsForMethod(catalogue, Number(method))).toHaveLength(count);
    },
  );

  it('puts every ◎ item before every ○ item, each group in catalogue order', () => {
    const items = itemsForMethod(catalogue, 1);
    const firstNormal = items.findIndex((i) => i.priority === '○');
    expect(firstNormal).toBeGreaterThan(0);
    expect(items.slice(firstNormal).every((i) => i.priority === '○')).toBe(true);
    const order = catalogue.items.map((i) => i.id);
    for (const group of [items.slice(0, firstNormal), items.slice(firstNormal)]) {
      const positions = group.map((i) => order.indexOf(i.id));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    expect(items.slice(0, 3).map((i) => i.id)).toEqual(['1-1', '1-2', '2-1']);
  });

  it('leaves out the items the seed marks × for the method', () => {
    const ids = itemsForMethod(catalogue, 7).map((i) => i.id);
    // 方式⑦ (personal device, standalone): no office network, no cloud, no privileged company accounts.
    for (const absent of ['2-2', '3-2', '3-3', '5-4', '6-1', '7-3', '9-3', '10-3'])
      expect(ids).not.toContain(absent);
    expect(ids).toContain('8-3');
  });

  it('returns nothing for a method no item applies to', () => {
    const empty = { ...catalogue, items: catalogue.items.map((i) => ({ ...i, methods: [1] })) };
    expect(itemsForMethod(empty, 2)).toEqual([]);
  });
});

describe('scopeQuestionsForMethod', () => {
  it('asks only the questions that can exclude one of the method’s items', () => {
    // 方式① may or may not use cloud services at all (6-1).
    expect(scopeQuestionsForMethod(catalogue, 1).map((q) => q.id)).toEqual([
      'webmail',
      'online-meetings',
      'smartphones',
      'data-on-device',
      'cloud',
    ]);
    // 方式③ has no web mail item (2-2) and no online-meeting items (3-3, 3-4, 3-5, 8-5), and keeps the data on
    // the device by definition, so only the smartphone question is left.
    expect(scopeQuestionsForMethod(catalogue, 3).map((q) => q.id)).toEqual(['smartphones']);
    expect(scopeQuestionsForMethod(catalogue, 7).map((q) => q.id)).toEqual(['smartphones']);
    // 方式④ keeps no data on the device, so 8-3 and 8-4 are not its items at all.
    expect(scopeQuestionsForMethod(catalogue, 4).map((q) => q.id)).toEqual([
      'webmail',
      'online-meetings',
      'smartphones',
    ]);
  });
});

describe('exclusionFor', () => {
  it('excludes an item only when the matching question is answered “no”', () => {
    expect(exclusionFor(catalogue, { scope: {} }, '2-2')).toBeNull();
    expect(exclusionFor(catalogue, { scope: { webmail: true } }, '2-2')).toBeNull();
    expect(exclusionFor(catalogue, { scope: { webmail: false } }, '2-2')?.id).toBe('webmail');
  });

  it('does not exclude items the question is not about', () => {
    expect(exclusionFor(catalogue, { scope: { webmail: false } }, '2-1')).toBeNull();
    expect(exclusionFor(catalogue, { scope: { 'online-meetings': false } }, '8-1')).toBeNull();
  });

  it('names every item the seed ties to online meetings', () => {
    const scope = { 'online-meetings': false } as const;
    const excluded = catalogue.items.filter((i) => exclusionFor(catalogue, { scope }, i.id)).map((i) => i.id);
    expect(excluded).toEqual(['3-3', '3-4', '3-5', '8-5']);
  });
});

describe('scopedItems', () => {
  it('is empty while no method is picked', () => {
    expect(scopedItems(catalogue, env(null, { answers: answers({ '1-1': 'done' }) }))).toEqual([]);
  });

  it('reports 未回答 and an empty note for items with no answer yet', () => {
    const items = scopedItems(catalogue, env(1));
    expect(items).toHaveLength(32);
    expect(items.every((s) => s.status === 'unanswered' && s.note === '' && s.excludedBy === null)).toBe(
      true,
    );
  });

  it.each(ITEM_STATUSES)('keeps the recorded status %s and its note', (status) => {
    const [first] = scopedItems(catalogue, env(1, { answers: answers({ '1-1': status }, 'メモ') }));
    expect(first?.item.id).toBe('1-1');
    expect(first?.status).toBe(status);
    expect(first?.note).toBe('メモ');
  });

  it('makes an item 対象外 when a scope answer excludes it, whatever was recorded', () => {
    const e = env(1, {
      scope: { webmail: false },
      answers: answers({ '2-2': 'not-done' }, 'Webメールは未使用'),
    });
    const s = scopedItems(catalogue, e).find((x) => x.item.id === '2-2');
    expect(s).toMatchObject({ status: 'na', overridden: false, note: 'Webメールは未使用' });
    expect(s?.excludedBy?.id).toBe('webmail');
  });

  it('uses the recorded status again when the user puts an excluded item back in scope', () => {
    const e = env(1, {
      scope: { webmail: false },
      overrides: ['2-2'],
      answers: answers({ '2-2': 'partial' }),
    });
    const s = scopedItems(catalogue, e).find((x) => x.item.id === '2-2');
    expect(s).toMatchObject({ status: 'partial', overridden: true });
    expect(s?.excludedBy?.id).toBe('webmail');
  });

  it('treats an overridden item with no answer as 未回答', () => {
    const e = env(1, { scope: { smartphones: false }, overrides: ['8-1'] });
    expect(scopedItems(catalogue, e).find((x) => x.item.id === '8-1')?.status).toBe('unanswered');
    expect(scopedItems(catalogue, e).find((x) => x.item.id === '8-2')?.status).toBe('na');
  });

  it('ignores an override for an item that is not excluded', () => {
    const e = env(1, { overrides: ['1-1'], answers: answers({ '1-1': 'done' }) });
    expect(scopedItems(catalogue, e)[0]).toMatchObject({
      status: 'done',
      overridden: false,
      excludedBy: null,
    });
  });

  it('ignores a scope answer kept from an earlier method when this method does not ask it', () => {
    // 方式③ stores the data on the device by definition: an old “no data on the device” answer must not exclude 8-3.
    const e = env(3, { scope: { 'data-on-device': false }, answers: answers({ '8-3': 'done' }) });
    expect(scopedItems(catalogue, e).find((x) => x.item.id === '8-3')).toMatchObject({
      status: 'done',
      excludedBy: null,
    });
    expect(scopedItems(catalogue, { ...e, method: 1 }).find((x) => x.item.id === '8-3')?.status).toBe('na');
  });

  it('ignores answers kept for items the method does not include', () => {
    const items = scopedItems(catalogue, env(7, { answers: answers({ '5-4': 'done' }) }));
    expect(items.map((s) => s.item.id)).not.toContain('5-4');
    expect(items).toHaveLength(21);
  });
});

describe('itemsForMethod and scopeQuestionsForMethod, asked again', () => {
  it('return the same list, computed once per catalogue, which no caller can change', () => {
    const items = itemsForMethod(catalogue, 1);
    expect(itemsForMethod(catalogue, 1)).toBe(items);
    expect(scopeQuestionsForMethod(catalogue, 1)).toBe(scopeQuestionsForMethod(catalogue, 1));
    expect(Object.isFrozen(items)).toBe(true);
    expect(() => (items as unknown[]).push(items[0])).toThrow(TypeError);
  });

  it('keep the lists of different catalogues and methods apart', () => {
    const other = parseCatalogue(raw);
    expect(itemsForMethod(other, 1)).not.toBe(itemsForMethod(catalogue, 1));
    expect(itemsForMethod(other, 1)).toEqual(itemsForMethod(catalogue, 1));
    expect(itemsForMethod(catalogue, 2)).not.toEqual(itemsForMethod(catalogue, 1));
  });
});
