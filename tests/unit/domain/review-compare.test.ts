import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue } from '../../../src/domain/catalogue-schema';
import {
  NO_CHANGE_FILTER,
  changeLines,
  compareReviews,
  filterChanges,
  matchEnvironments,
} from '../../../src/domain/review-compare';
import { answers, makeAssessment, makeEnvironment } from '../../fixtures/assessments';

const catalogue = parseCatalogue(raw);

describe('matchEnvironments', () => {
  it('pairs by method and name, then by name, then by the one method left, and lists the rest', () => {
    const before = [
      makeEnvironment({ id: 'b1', name: '社用ノートPC', method: 1 }),
      makeEnvironment({ id: 'b2', name: '私用スマホ', method: 6 }),
      makeEnvironment({ id: 'b3', name: '在宅PC', method: 5 }),
      makeEnvironment({ id: 'b4', name: 'タブレット', method: 2 }),
    ];
    const after = [
      makeEnvironment({ id: 'a1', name: ' 社用ノートＰＣ ', method: 1 }),
      makeEnvironment({ id: 'a2', name: '私用スマホ', method: 8 }),
      makeEnvironment({ id: 'a3', name: '自宅のPC', method: 5 }),
      makeEnvironment({ id: 'a4', name: '会議室PC', method: 3 }),
    ];
    const m = matchEnvironments(before, after);
    expect(m.pairs.map((p) => [p.before.id, p.after.id, p.matchedBy])).toEqual([
      ['b1', 'a1', 'method-and-name'],
      ['b2', 'a2', 'name'],
      ['b3', 'a3', 'method'],
    ]);
    expect(m.unmatchedBefore.map((e) => e.id)).toEqual(['b4']);
    expect(m.unmatchedAfter.map((e) => e.id)).toEqual(['a4']);
  });

  it('does not guess between two renamed environments of the same method', () => {
    const m = matchEnvironments(
      [
        makeEnvironment({ id: 'b1', name: 'A', method: 1 }),
        makeEnvironment({ id: 'b2', name: 'B', method: 1 }),
      ],
      [
        makeEnvironment({ id: 'a1', name: 'C', method: 1 }),
        makeEnvironment({ id: 'a2', name: 'D', method: 1 }),
      ],
    );
    expect(m.pairs).toEqual([]);
    expect(m.unmatchedBefore).toHaveLength(2);
  });
});

describe('compareReviews', () => {
  const before = makeAssessment({
    id: 'r1',
    environments: [
      makeEnvironment({
        id: 'b1',
        method: 1,
        answers: answers({
          '1-1': 'not-done',
          '1-2': 'done',
          '2-1': 'done',
          '3-1': 'partial',
          '4-1': 'unknown',
          '5-4': 'done',
          '9-1': 'done',
        }),
      }),
    ],
  });
  const after = makeAssessment({
    id: 'r2',
    seriesId: 'r1',
    environments: [
      makeEnvironment({
        id: 'a1',
        // ① → ②: 5-4 (◎), 3-2 and 7-3 leave the checklist; online meetings not used: 3-3…3-5 and 8-5 too.
        method: 2,
        scope: { 'online-meetings': false },
        answers: {
          ...answers({ '1-1': 'done', '1-2': 'partial', '2-1': 'done', '3-1': 'partial', '4-1': 'not-done' }),
          '9-1': { status: 'done', note: '', updatedAt: 1, carriedOver: true },
        },
      }),
    ],
  });
  const c = compareReviews(catalogue, before, after);
  const kindOf = (id: string) => c.pairs[0]!.changes.find((x) => x.item.id === id)?.kind;

  it('classifies each item', () => {
    expect(kindOf('1-1')).toBe('improved');
    expect(kindOf('1-2')).toBe('worse');
    expect(kindOf('2-1')).toBe('unchanged');
    expect(kindOf('3-1')).toBe('still-open');
    expect(kindOf('4-1')).toBe('still-open');
    expect(kindOf('5-4')).toBe('no-longer-applicable');
    expect(kindOf('3-3')).toBe('no-longer-applicable');
    expect(kindOf('9-1')).toBe('unconfirmed');
    expect(c.counts).toMatchObject({ improved: 1, worse: 1, unchanged: 1, unconfirmed: 1 });
    expect(c.counts['no-longer-applicable']).toBe(7);
  });

  it('sees an item that comes back in scope as newly applicable', () => {
    const back = compareReviews(catalogue, after, {
      ...after,
      environments: [{ ...after.environments[0]!, scope: {} }],
    });
    expect(back.pairs[0]!.changes.filter((x) => x.kind === 'newly-applicable').map((x) => x.item.id)).toEqual(
      ['3-3', '3-4', '3-5', '8-5'],
    );
  });

  it('gives done rates then and now with the change in points, per priority, category and threat', () => {
    // Before: ① 32 items, 4 done (12.5 % → 12). After: ② 29 items minus 4 excluded = 25, 2 done (8 %).
    expect(c.overall).toEqual({
      key: 'all',
      before: { done: 4, total: 32, rate: 12 },
      after: { done: 2, total: 25, rate: 8 },
      change: -4,
    });
    const high = c.byPriority.find((r) => r.key === '◎')!;
    expect(high.before).toEqual({ done: 4, total: 12, rate: 33 });
    expect(high.after).toEqual({ done: 2, total: 11, rate: 18 });
    expect(high.change).toBe(-15);
    const category1 = c.byCategory.find((r) => r.key === 1)!;
    expect([category1.before.rate, category1.after.rate, category1.change]).toEqual([50, 50, 0]);
    expect(c.pairs[0]!.rates.all.change).toBe(-4);
    expect(c.pairs[0]!.rates['◎'].after).toEqual({ done: 2, total: 11, rate: 18 });
    expect(c.byThreat.map((r) => r.key)).toEqual([
      'malware',
      'unauthorized-access',
      'theft-loss',
      'eavesdropping',
    ]);
  });

  it('filters by kind and priority, and lists what changed one way per item', () => {
    const changes = c.pairs[0]!.changes;
    expect(filterChanges(changes, NO_CHANGE_FILTER)).toHaveLength(changes.length);
    expect(
      filterChanges(changes, { kinds: ['improved', 'worse'], priority: 'all' }).map((x) => x.item.id),
    ).toEqual(['1-1', '1-2']);
    expect(
      filterChanges(changes, { kinds: ['no-longer-applicable'], priority: '◎' }).map((x) => x.item.id),
    ).toEqual(['5-4']);
    const worse = changeLines(c, 'worse');
    expect(worse).toHaveLength(1);
    expect(worse[0]!.item.id).toBe('1-2');
    expect(worse[0]!.environments[0]).toMatchObject({ before: 'done', after: 'partial' });
  });

  it('lists environments that could not be matched', () => {
    const extra = makeEnvironment({ id: 'a9', name: '新しい環境', method: 4 });
    const r = compareReviews(catalogue, before, { ...after, environments: [...after.environments, extra] });
    expect(r.unmatchedAfter.map((e) => e.id)).toEqual(['a9']);
    expect(r.unmatchedBefore).toEqual([]);
  });
});
