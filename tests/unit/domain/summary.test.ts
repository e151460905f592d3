import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue, type ItemId, type MethodId } from '../../../src/domain/catalogue-schema';
import type { Environment, ItemStatus } from '../../../src/domain/assessment';
import { itemsForMethod } from '../../../src/domain/applicability';
import {
  TODO_STATUS_ORDER,
  breakdown,
  isOpenStatus,
  summariseAssessment,
  summariseEnvironment,
  todoList,
} from '../../../src/domain/summary';
import type { Assessment } from '../../../src/domain/assessment';

const catalogue = parseCatalogue(raw);

function env(
  id: string,
  method: MethodId | null,
  answers: Partial<Record<ItemId, ItemStatus>> = {},
  extra: Partial<Environment> = {},
): Environment {
  return {
    id,
    name: `環境${id}`,
    method,
    path: [],
    scope: {},
    overrides: [],
    answers: Object.fromEntries(
      Object.entries(answers).map(([k, status]) => [k, { status: status!, note: `メモ${k}`, updatedAt: 1 }]),
    ),
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

function assessment(...environments: Environment[]): Assessment {
  return {
    id: 'a',
    name: '診断',
    organisation: '',
    assessor: '',
    catalogueVersion: catalogue.version,
    environments,
    createdAt: 1,
    updatedAt: 1,
  };
}

/** Every item of a method answered with one status. */
function all(method: MethodId, status: ItemStatus): Partial<Record<ItemId, ItemStatus>> {
  return Object.fromEntries(itemsForMethod(catalogue, method).map((i) => [i.id, status]));
}

describe('summariseEnvironment', () => {
  it('counts implemented items for ◎ and ○ apart', () => {
    const s = summariseEnvironment(
      catalogue,
      env('e', 1, { '1-1': 'done', '1-2': 'done', '2-2': 'done', '2-3': 'partial' }),
    );
    const method1 = itemsForMethod(catalogue, 1);
    expect(s.progress.total).toBe(method1.length);
    expect(s.progress.done).toBe(3);
    expect(s.progress.byPriority['◎'].done).toBe(2);
    expect(s.progress.byPriority['◎'].total).toBe(method1.filter((i) => i.priority === '◎').length);
    expect(s.progress.byPriority['○'].done).toBe(1);
    expect(s.progress.byPriority['○'].partial).toBe(1);
  });

  it('has one entry per category (10) and per threat (4), in catalogue order', () => {
    const s = summariseEnvironment(catalogue, env('e', 3));
    expect(s.byCategory.map((c) => c.categoryId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(s.byThreat.map((t) => t.threatId)).toEqual([
      'malware',
      'unauthorized-access',
      'theft-loss',
      'eavesdropping',
    ]);
  });

  it('counts an item under each of its threats', () => {
    // 7-1 addresses all four threats.
    const s = summariseEnvironment(catalogue, env('e', 1, { '7-1': 'done' }));
    for (const t of s.byThreat) expect(t.progress.done).toBe(1);
  });

  it('leaves 対象外 items out of the totals, also when a scope answer excludes them', () => {
    const e = env('e', 1, { '3-3': 'done', '2-1': 'na' }, { scope: { 'online-meetings': false } });
    const s = summariseEnvironment(catalogue, e);
    const category3 = s.byCategory.find((c) => c.categoryId === 3)!.progress;
    // Method 1 has 3-1, 3-2, 3-3, 3-4, 3-5; the online-meeting items 3-3…3-5 are out of scope.
    expect(category3.total).toBe(2);
    expect(category3.na).toBe(3);
    expect(category3.done).toBe(0);
    expect(s.progress.na).toBe(5); // 3-3, 3-4, 3-5, 8-5 by scope; 2-1 by the user's own answer
  });

  it('counts nothing for an environment whose method is not picked yet', () => {
    const s = summariseEnvironment(catalogue, env('e', null));
    expect(s.items).toEqual([]);
    expect(s.progress.total).toBe(0);
    expect(s.byCategory.every((c) => c.progress.total === 0)).toBe(true);
  });
});

describe('breakdown', () => {
  it('gives a category with no item for the method a total of 0', () => {
    // Method 3 (standalone) has no 3-2…3-5 but keeps 3-1; category 6 keeps only 6-2.
    const s = breakdown(catalogue, summariseEnvironment(catalogue, env('e', 3)).items);
    expect(s.byCategory.find((c) => c.categoryId === 6)!.progress.total).toBe(1);
    expect(s.byCategory.reduce((n, c) => n + c.progress.total, 0)).toBe(s.progress.total);
  });
});

describe('todoList', () => {
  it('lists every in-scope item that is not 実施済み, and nothing else', () => {
    const e = env('e', 6, { ...all(6, 'done'), '2-1': 'not-done', '9-4': 'partial', '5-3': 'unknown' });
    const todo = todoList(catalogue, [summariseEnvironment(catalogue, e)]);
    expect(todo.map((t) => t.item.id).sort()).toEqual(['2-1', '5-3', '9-4']);
  });

  it('leaves out items excluded by scope and items answered 対象外', () => {
    const e = env(
      'e',
      6,
      { ...all(6, 'done'), '8-3': 'not-done', '2-1': 'na' },
      { scope: { 'data-on-device': false } },
    );
    expect(todoList(catalogue, [summariseEnvironment(catalogue, e)])).toEqual([]);
  });

  it('puts ◎ before ○, then 未実施, わからない, 一部実施, 未回答, then catalogue order', () => {
    const e = env('e', 1, {
      ...all(1, 'done'),
      '10-2': 'not-done', // ○
      '9-2': 'unanswered', // ◎
      '2-1': 'partial', // ◎
      '5-2': 'not-done', // ◎
      '1-2': 'unknown', // ◎
      '4-1': 'not-done', // ◎
      '2-2': 'unknown', // ○
    });
    const todo = todoList(catalogue, [summariseEnvironment(catalogue, e)]);
    expect(todo.map((t) => `${t.item.id}:${t.status}`)).toEqual([
      '4-1:not-done',
      '5-2:not-done',
      '1-2:unknown',
      '2-1:partial',
      '9-2:unanswered',
      '10-2:not-done',
      '2-2:unknown',
    ]);
    expect(TODO_STATUS_ORDER).toEqual(['not-done', 'unknown', 'partial', 'unanswered']);
  });

  it('flags わからない for follow-up', () => {
    const e = env('e', 1, { ...all(1, 'done'), '1-2': 'unknown', '5-2': 'not-done' });
    const todo = todoList(catalogue, [summariseEnvironment(catalogue, e)]);
    expect(todo.find((t) => t.item.id === '1-2')!.followUp).toBe(true);
    expect(todo.find((t) => t.item.id === '5-2')!.followUp).toBe(false);
  });

  it('lists the threats the item leaves open', () => {
    const e = env('e', 1, { ...all(1, 'done'), '8-4': 'not-done' });
    const [entry] = todoList(catalogue, [summariseEnvironment(catalogue, e)]);
    expect(entry!.threats).toEqual(['unauthorized-access', 'theft-loss']);
  });

  it('gives one entry per item with every environment it concerns and the most pressing status', () => {
    const pc = env('pc', 1, { ...all(1, 'done'), '2-1': 'partial' });
    const phone = env('phone', 6, { ...all(6, 'done'), '2-1': 'unknown' });
    const tablet = env('tablet', 6, { ...all(6, 'done') });
    const todo = todoList(
      catalogue,
      [pc, phone, tablet].map((e) => summariseEnvironment(catalogue, e)),
    );
    expect(todo).toHaveLength(1);
    expect(todo[0]!.status).toBe('unknown');
    expect(todo[0]!.followUp).toBe(true);
    expect(todo[0]!.environments).toEqual([
      { environmentId: 'pc', status: 'partial', note: 'メモ2-1' },
      { environmentId: 'phone', status: 'unknown', note: 'メモ2-1' },
    ]);
  });

  it('lists every item of a fresh environment as 未回答, ◎ first', () => {
    const todo = todoList(catalogue, [summariseEnvironment(catalogue, env('e', 8))]);
    const method8 = itemsForMethod(catalogue, 8);
    expect(todo.map((t) => t.item.id)).toEqual(method8.map((i) => i.id));
    expect(todo.every((t) => t.status === 'unanswered')).toBe(true);
  });
});

describe('isOpenStatus', () => {
  it('is true for the statuses that still need work only', () => {
    expect(
      ['unanswered', 'done', 'partial', 'not-done', 'unknown', 'na'].filter((s) =>
        isOpenStatus(s as ItemStatus),
      ),
    ).toEqual(['unanswered', 'partial', 'not-done', 'unknown']);
  });
});

describe('summariseAssessment', () => {
  it('sums the environments into the overall figures, counting an item once per environment', () => {
    const a = assessment(env('pc', 1, all(1, 'done')), env('phone', 6, { '1-1': 'done' }), env('new', null));
    const s = summariseAssessment(catalogue, a);
    const n1 = itemsForMethod(catalogue, 1).length;
    const n6 = itemsForMethod(catalogue, 6).length;
    expect(s.environments).toHaveLength(3);
    expect(s.overall.progress.total).toBe(n1 + n6);
    expect(s.overall.progress.done).toBe(n1 + 1);
    expect(s.overall.byCategory.find((c) => c.categoryId === 1)!.progress.done).toBe(3);
    expect(s.todo).toHaveLength(n6 - 1);
    expect(s.todo.every((t) => t.environments.every((o) => o.environmentId === 'phone'))).toBe(true);
  });

  it('has an empty to-do list when everything in scope is implemented', () => {
    const s = summariseAssessment(catalogue, assessment(env('pc', 2, all(2, 'done'))));
    expect(s.todo).toEqual([]);
    expect(s.overall.progress.done).toBe(s.overall.progress.total);
  });
});
