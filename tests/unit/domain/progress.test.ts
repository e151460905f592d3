import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue, type ItemId, type MethodId } from '../../../src/domain/catalogue-schema';
import {
  ITEM_STATUSES,
  type Assessment,
  type Environment,
  type ItemStatus,
} from '../../../src/domain/assessment';
import { itemsForMethod, scopedItems } from '../../../src/domain/applicability';
import {
  addStatus,
  assessmentProgress,
  emptyTally,
  environmentProgress,
  percent,
  tally,
} from '../../../src/domain/progress';

const catalogue = parseCatalogue(raw);

function env(
  id: string,
  method: MethodId | null,
  statuses: Partial<Record<ItemId, ItemStatus>> = {},
  extra: Partial<Environment> = {},
): Environment {
  return {
    id,
    name: id,
    method,
    path: [],
    scope: {},
    overrides: [],
    answers: Object.fromEntries(
      Object.entries(statuses).map(([k, status]) => [k, { status: status!, note: '', updatedAt: 1 }]),
    ),
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

function assessment(...environments: Environment[]): Assessment {
  return {
    id: 'a',
    name: '本社',
    organisation: '',
    assessor: '',
    catalogueVersion: catalogue.version,
    environments,
    createdAt: 1,
    updatedAt: 1,
  };
}

// 方式③ (company device, standalone): 23 items, 11 ◎ and 12 ○.
const high = itemsForMethod(catalogue, 3)
  .filter((i) => i.priority === '◎')
  .map((i) => i.id);
const normal = itemsForMethod(catalogue, 3)
  .filter((i) => i.priority === '○')
  .map((i) => i.id);

describe('addStatus', () => {
  it.each([
    ['unanswered', { total: 1, answered: 0, unanswered: 1 }],
    ['done', { total: 1, answered: 1, done: 1 }],
    ['partial', { total: 1, answered: 1, partial: 1 }],
    ['not-done', { total: 1, answered: 1, notDone: 1 }],
    ['unknown', { total: 1, answered: 1, unknown: 1 }],
    ['na', { total: 0, answered: 0, na: 1 }],
    // リスク受容 is in scope and answered, but counted apart: never as done, never as open.
    ['risk-accepted', { total: 1, answered: 1, riskAccepted: 1 }],
  ] as const)('counts %s in the right place', (status, expected) => {
    expect(addStatus(emptyTally(), status)).toEqual({ ...emptyTally(), ...expected });
  });

  it('covers every status there is', () => {
    for (const status of ITEM_STATUSES) {
      const t = addStatus(emptyTally(), status);
      const counted = t.unanswered + t.done + t.partial + t.notDone + t.unknown + t.riskAccepted + t.na;
      expect(counted, status).toBe(1);
    }
  });
});

describe('environmentProgress', () => {
  it('has nothing to count before the method is picked', () => {
    const p = environmentProgress(catalogue, env('e', null, { '1-1': 'done' }));
    expect(p).toMatchObject({ total: 0, answered: 0, done: 0, na: 0 });
    expect(percent(p.answered, p.total)).toBe(0);
  });

  it('counts every item of the method as 未回答 at first', () => {
    const p = environmentProgress(catalogue, env('e', 3));
    expect(p).toMatchObject({ total: 23, answered: 0, unanswered: 23, done: 0, na: 0 });
    expect(p.byPriority['◎']).toMatchObject({ total: 11, unanswered: 11 });
    expect(p.byPriority['○']).toMatchObject({ total: 12, unanswered: 12 });
  });

  it('counts each status once, overall and for ◎ and ○ apart, leaving 対象外 out of the total', () => {
    const statuses: Partial<Record<ItemId, ItemStatus>> = {
      [high[0]!]: 'done',
      [high[1]!]: 'done',
      [high[2]!]: 'partial',
      [high[3]!]: 'not-done',
      [high[4]!]: 'unknown',
      [high[5]!]: 'na',
      [normal[0]!]: 'done',
      [normal[1]!]: 'na',
      [normal[2]!]: 'na',
      [normal[3]!]: 'unanswered',
    };
    const p = environmentProgress(catalogue, env('e', 3, statuses));
    expect(p.byPriority['◎']).toEqual({
      total: 10,
      answered: 5,
      done: 2,
      partial: 1,
      notDone: 1,
      unknown: 1,
      unanswered: 5,
      riskAccepted: 0,
      na: 1,
    });
    expect(p.byPriority['○']).toEqual({
      total: 10,
      answered: 1,
      done: 1,
      partial: 0,
      notDone: 0,
      unknown: 0,
      unanswered: 9,
      riskAccepted: 0,
      na: 2,
    });
    expect(p).toMatchObject({
      total: 20,
      answered: 6,
      done: 3,
      partial: 1,
      notDone: 1,
      unknown: 1,
      unanswered: 14,
      na: 3,
    });
    expect(p.total + p.na).toBe(23);
    expect(p.answered + p.unanswered).toBe(p.total);
  });

  it('leaves out items a scope answer excludes, and counts them again when overridden', () => {
    // 方式① without online meetings: 3-3, 3-4, 3-5 and 8-5 (all ○) do not apply.
    const excluded = env('e', 1, { '3-3': 'done' }, { scope: { 'online-meetings': false } });
    expect(environmentProgress(catalogue, excluded)).toMatchObject({ total: 28, na: 4, done: 0 });
    expect(environmentProgress(catalogue, excluded).byPriority['○']).toMatchObject({ total: 16, na: 4 });

    const overridden = { ...excluded, overrides: ['3-3'] };
    expect(environmentProgress(catalogue, overridden)).toMatchObject({
      total: 29,
      na: 3,
      done: 1,
      answered: 1,
    });
  });

  it('does not count an “わからない” or “一部実施” answer as implemented', () => {
    const p = environmentProgress(catalogue, env('e', 3, { [high[0]!]: 'unknown', [high[1]!]: 'partial' }));
    expect(p.answered).toBe(2);
    expect(p.done).toBe(0);
  });

  it('has a total of 0 when every item is 対象外', () => {
    const all = Object.fromEntries(itemsForMethod(catalogue, 7).map((i) => [i.id, 'na' as const]));
    const p = environmentProgress(catalogue, env('e', 7, all));
    expect(p).toMatchObject({ total: 0, answered: 0, na: 21 });
    expect(percent(p.done, p.total)).toBe(0);
  });
});

describe('tally', () => {
  it('gives the same figures as counting the scoped items by hand', () => {
    const e = env('e', 5, { '1-1': 'done', '5-4': 'not-done', '9-3': 'na', '10-1': 'unknown' });
    const items = scopedItems(catalogue, e);
    const p = tally(items);
    for (const status of ITEM_STATUSES) {
      const n = items.filter((s) => s.status === status).length;
      const key = status === 'not-done' ? 'notDone' : status === 'risk-accepted' ? 'riskAccepted' : status;
      expect(p[key], status).toBe(n);
    }
  });
});

describe('assessmentProgress', () => {
  it('adds up every environment, so an item checked in two environments counts twice', () => {
    const a = assessment(
      env('pc', 1, { '1-1': 'done', '1-2': 'na' }),
      env('phone', 6, { '1-1': 'done', '2-1': 'partial' }),
      env('undecided', null, { '1-1': 'done' }),
    );
    const p = assessmentProgress(catalogue, a);
    expect(p.total).toBe(31 + 27);
    expect(p.na).toBe(1);
    expect(p.done).toBe(2);
    expect(p.partial).toBe(1);
    expect(p.answered).toBe(3);
    expect(p.byPriority['◎'].done).toBe(2);
    expect(p.byPriority['◎'].total + p.byPriority['○'].total).toBe(p.total);
  });

  it('is empty for an assessment without environments', () => {
    expect(assessmentProgress(catalogue, assessment())).toMatchObject({
      total: 0,
      answered: 0,
      done: 0,
      na: 0,
    });
  });
});

describe('percent', () => {
  it('gives whole percentages', () => {
    expect(percent(1, 4)).toBe(25);
    expect(percent(1, 3)).toBe(33);
    expect(percent(23, 23)).toBe(100);
  });

  it('is 0 when there is nothing to count', () => {
    expect(percent(0, 0)).toBe(0);
  });

  it('never shows 100 % before every item is counted', () => {
    // 199 of 200 would round to 100 %, which would tell the user they are finished when they are not.
    expect(percent(199, 200)).toBe(99);
    expect(percent(31, 32)).toBe(96);
  });
});
