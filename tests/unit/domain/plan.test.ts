import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue } from '../../../src/domain/catalogue-schema';
import type { ActionPlan } from '../../../src/domain/assessment';
import { scopedItems } from '../../../src/domain/applicability';
import { exportAssessmentJson, parseAssessmentJson } from '../../../src/domain/export-json';
import {
  acceptedRisks,
  dueDateWarning,
  filterPlanRows,
  isOverdue,
  nameSuggestions,
  NO_PLAN_FILTER,
  planRows,
  plansNotApplying,
  withoutPlan,
  withPlan,
} from '../../../src/domain/plan';
import { readSavedData } from '../../../src/domain/saved-data';
import { answers, makeAssessment, makeEnvironment } from '../../fixtures/assessments';

const catalogue = parseCatalogue(raw);

const plan = (itemId: string, extra: Partial<ActionPlan> = {}): ActionPlan => ({
  itemId,
  action: '',
  owner: '',
  state: 'todo',
  updatedAt: 1,
  ...extra,
});

const pc = makeEnvironment({
  id: 'pc',
  method: 1,
  answers: answers({ '1-1': 'not-done', '6-2': 'partial' }),
});
const phone = makeEnvironment({
  id: 'phone',
  name: '私用スマホ',
  method: 6,
  answers: answers({ '1-1': 'unknown', '2-1': 'not-done' }),
});

describe('planRows', () => {
  const a = makeAssessment({
    environments: [pc, phone],
    plans: [
      plan('6-2', { dueOn: '2026-12-01', owner: '佐藤', state: 'doing' }),
      plan('2-1', { dueOn: '2027-03-31', owner: '山田' }),
      plan('1-1', { owner: '佐藤', state: 'done', dueOn: '2026-01-01' }),
      plan('5-1', { dueOn: '2026-10-01' }),
    ],
  });
  const rows = planRows(catalogue, a, '2026-11-30');

  it('puts ◎ first, then the earliest due date, undated last', () => {
    // 1-1, 2-1 and 5-1 are ◎; 6-2 is ○.
    expect(rows.map((r) => r.item.id)).toEqual(['1-1', '5-1', '2-1', '6-2']);
  });

  it('plans an item shared by two environments once, for both', () => {
    expect(rows.find((r) => r.item.id === '1-1')?.environments).toEqual([
      { environmentId: 'pc', status: 'not-done' },
      { environmentId: 'phone', status: 'unknown' },
    ]);
  });

  it('flags as overdue only actions not completed whose due date has passed', () => {
    expect(rows.filter((r) => r.overdue).map((r) => r.item.id)).toEqual(['5-1']);
    expect(isOverdue({ state: 'doing', dueOn: '2026-11-30' }, '2026-11-30')).toBe(false);
    expect(isOverdue({ state: 'todo' }, '2030-01-01')).toBe(false);
  });

  it('filters by owner, state and environment (where the item applies)', () => {
    // Every planned item applies to method ⑥ as well; 9-3 applies to ① only.
    const only1 = planRows(catalogue, withPlan(a, plan('9-3')), '2026-11-30');
    expect(
      filterPlanRows(only1, { ...NO_PLAN_FILTER, environmentId: 'phone' }).map((r) => r.item.id),
    ).not.toContain('9-3');
    expect(filterPlanRows(only1, { ...NO_PLAN_FILTER, environmentId: 'pc' }).map((r) => r.item.id)).toContain(
      '9-3',
    );
    expect(filterPlanRows(rows, { ...NO_PLAN_FILTER, owner: '佐藤' }).map((r) => r.item.id)).toEqual([
      '1-1',
      '6-2',
    ]);
    expect(filterPlanRows(rows, { ...NO_PLAN_FILTER, state: 'todo' }).map((r) => r.item.id)).toEqual([
      '5-1',
      '2-1',
    ]);
    expect(filterPlanRows(rows, { ...NO_PLAN_FILTER, environmentId: 'phone' })).toHaveLength(4);
  });
});

describe('plan rules', () => {
  it('flags a due date in the past or outside 2000–2099, and nothing else', () => {
    expect(dueDateWarning('2026-11-29', '2026-11-30')).toBe('past');
    expect(dueDateWarning('2026-11-30', '2026-11-30')).toBeNull();
    expect(dueDateWarning('2150-01-01', '2026-11-30')).toBe('out-of-range');
    expect(dueDateWarning('1999-12-31', '2026-11-30')).toBe('out-of-range');
  });

  it('finds plans for items that apply to no environment (outside the method, or 対象外 everywhere)', () => {
    const a = makeAssessment({
      environments: [
        makeEnvironment({ method: 3 }),
        makeEnvironment({ id: 'e2', method: 1, scope: { cloud: false } }),
      ],
      plans: [plan('3-2'), plan('6-1'), plan('1-1'), plan('9-3')],
    });
    // 3-2 is in ① (kept), 6-1 is excluded by "no cloud" in ① and not in ③; 9-3 is ① only.
    expect(plansNotApplying(catalogue, a)).toEqual(['6-1']);
  });

  it('replaces and removes one item’s plan, dropping the field when none is left', () => {
    const a = withPlan(makeAssessment(), plan('1-1', { owner: 'A' }));
    expect(withPlan(a, plan('1-1', { owner: 'B' })).plans).toEqual([plan('1-1', { owner: 'B' })]);
    expect('plans' in withoutPlan(a, '1-1')).toBe(false);
  });

  it('suggests the names already used: assessor, owners and approvers, once each', () => {
    const a = makeAssessment({
      assessor: '山田',
      environments: [
        makeEnvironment({
          method: 1,
          answers: {
            '1-1': {
              status: 'risk-accepted',
              note: '',
              risk: { reason: 'r', approver: '社長' },
              updatedAt: 1,
            },
          },
        }),
      ],
      plans: [plan('2-1', { owner: '佐藤' }), plan('5-1', { owner: ' 山田 ' })],
    });
    expect(nameSuggestions(a)).toEqual(['山田', '佐藤', '社長']);
    expect(acceptedRisks(catalogue, a)).toMatchObject([
      { item: { id: '1-1' }, environmentId: 'e1', reason: 'r', approver: '社長' },
    ]);
  });
});

describe('the JSON file with a plan', () => {
  it('carries plans and accepted risks and reads them back unchanged', () => {
    const a = makeAssessment({
      environments: [
        makeEnvironment({
          method: 1,
          answers: {
            '1-1': {
              status: 'risk-accepted',
              note: '',
              risk: { reason: '理由', approver: '社長' },
              updatedAt: 1,
            },
          },
        }),
      ],
      plans: [plan('2-1', { action: '導入', owner: '佐藤', dueOn: '2027-01-31' })],
    });
    const read = parseAssessmentJson(catalogue, exportAssessmentJson(a, 5));
    expect(read).toEqual({ ok: true, assessment: a, exportedAt: 5 });
  });

  it('refuses a file with a plan for an item that does not apply, or for an unknown item', () => {
    const env = makeEnvironment({ method: 3 });
    for (const [itemId, code] of [
      ['3-2', 'plan-not-applying'],
      ['99-9', 'invalid'],
    ] as const) {
      const r = parseAssessmentJson(
        catalogue,
        exportAssessmentJson(makeAssessment({ environments: [env], plans: [plan(itemId)] }), 5),
      );
      expect(r.ok ? 'ok' : r.error.code, itemId).toBe(code);
    }
  });
});

describe('saved data from before the plan', () => {
  it('opens today’s saved sample with no plan, no accepted risk, and 6-1 still applying to ①', () => {
    const read = readSavedData(readFileSync('tests/fixtures/saved-data-v1.txt', 'utf8'), {
      catalogueVersion: catalogue.version,
    });
    if (read.kind !== 'ok') throw new Error('the sample should open');
    const assessments = read.data.assessments;
    expect(assessments.length).toBeGreaterThan(0);
    for (const a of assessments) {
      expect(a.plans).toBeUndefined();
      expect(planRows(catalogue, a, '2026-11-30')).toEqual([]);
      for (const env of a.environments.filter((e) => e.method === 1 || e.method === 5)) {
        expect(scopedItems(catalogue, env).find((s) => s.item.id === '6-1')?.status).not.toBe('na');
      }
    }
  });
});
