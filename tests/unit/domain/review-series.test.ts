import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue } from '../../../src/domain/catalogue-schema';
import { scopedItems } from '../../../src/domain/applicability';
import { assessmentProgress } from '../../../src/domain/progress';
import {
  addMonths,
  carriedOverCount,
  carriedOverItems,
  changedSinceExport,
  confirmCarriedOver,
  dueReviews,
  groupSeries,
  previousReview,
  reviewDueState,
  seriesIdOf,
  seriesOf,
  seriesTrend,
  startNextReview,
  suggestedNextReview,
  withoutUnconfirmed,
} from '../../../src/domain/review-series';
import { answers, makeAssessment, makeEnvironment } from '../../fixtures/assessments';

const catalogue = parseCatalogue(raw);

const first = makeAssessment({
  id: 'r1',
  name: '2025年度',
  organisation: '株式会社サンプル',
  assessor: '山田',
  finalisedAt: 50,
  createdAt: 10,
  updatedAt: 50,
  environments: [
    makeEnvironment({
      id: 'pc',
      method: 1,
      scope: { 'online-meetings': false },
      overrides: ['3-3'],
      path: [{ question: 'device', option: 'company' }],
      answers: {
        ...answers({ '1-1': 'done', '1-2': 'not-done', '2-1': 'unanswered', '3-4': 'done' }),
        '5-1': { status: 'partial', note: 'OSは半分更新済み', updatedAt: 40 },
      },
    }),
  ],
});

describe('startNextReview', () => {
  const next = startNextReview(first, { id: 'r2', name: '2026年度', now: 1000, today: '2026-11-30' });

  it('keeps the series, details, environments, methods, scope, put-back items and notes', () => {
    expect(next).toMatchObject({
      id: 'r2',
      name: '2026年度',
      organisation: '株式会社サンプル',
      assessor: '山田',
      seriesId: 'r1',
      createdAt: 1000,
      nextReviewOn: '2027-11-30',
    });
    expect(next.finalisedAt).toBeUndefined();
    const env = next.environments[0]!;
    expect(env.id).not.toBe('pc');
    expect(env).toMatchObject({
      name: '社用ノートPC',
      method: 1,
      scope: { 'online-meetings': false },
      overrides: ['3-3'],
      path: [{ question: 'device', option: 'company' }],
    });
    expect(env.answers['5-1']?.note).toBe('OSは半分更新済み');
  });

  it('marks every recorded status as carried over, leaving 未回答 unmarked', () => {
    const a = next.environments[0]!.answers;
    expect(a['1-1']).toMatchObject({ status: 'done', carriedOver: true });
    expect(a['1-2']).toMatchObject({ status: 'not-done', carriedOver: true });
    expect(a['2-1']?.carriedOver).toBeUndefined();
  });

  it('does not count carried-over statuses in progress until they are confirmed', () => {
    expect(assessmentProgress(catalogue, first).done).toBe(1);
    const progress = assessmentProgress(catalogue, next);
    expect(progress.done).toBe(0);
    expect(progress.answered).toBe(0);
    const s = scopedItems(catalogue, next.environments[0]!).find((x) => x.item.id === '1-1')!;
    expect(s).toMatchObject({ status: 'unanswered', carriedOver: 'done' });
  });

  it('leaves the previous review untouched', () => {
    expect(first.environments[0]!.answers['1-1']?.carriedOver).toBeUndefined();
    expect(first.finalisedAt).toBe(50);
  });

  it('keeps the series of a later review and the chosen interval', () => {
    const third = startNextReview(
      { ...next, reviewIntervalMonths: 6 },
      { id: 'r3', name: '', now: 2000, today: '2027-03-31' },
    );
    expect(third.seriesId).toBe('r1');
    expect(third.reviewIntervalMonths).toBe(6);
    expect(third.nextReviewOn).toBe('2027-09-30');
  });

  it('confirms one item, or every in-scope carried item of an environment', () => {
    const env = next.environments[0]!;
    const one = confirmCarriedOver(env, ['1-1'], 2000);
    expect(one.answers['1-1']).toEqual({ status: 'done', note: '', updatedAt: 2000 });
    expect(one.answers['1-2']?.carriedOver).toBe(true);
    expect(carriedOverCount(catalogue, env)).toBe(3);
    expect(carriedOverCount(catalogue, one)).toBe(2);

    // 3-4 is excluded by the online-meetings answer: it keeps its mark, as it does not count either way.
    expect(carriedOverItems(catalogue, env)).toEqual(['1-1', '1-2', '5-1']);
    const all = confirmCarriedOver(env, carriedOverItems(catalogue, env), 2000);
    expect(confirmCarriedOver(all, ['1-1'], 3000)).toBe(all);
    expect(carriedOverCount(catalogue, all)).toBe(0);
    expect(all.answers['3-4']?.carriedOver).toBe(true);
    expect(assessmentProgress(catalogue, { ...next, environments: [all] }).done).toBe(1);
  });

  it('takes out unconfirmed statuses for files shown as a result', () => {
    const shown = withoutUnconfirmed(next);
    expect(shown.environments[0]!.answers['1-1']).toEqual({ status: 'unanswered', note: '', updatedAt: 1 });
    expect(shown.environments[0]!.answers['5-1']?.note).toBe('OSは半分更新済み');
  });
});

describe('series', () => {
  const second = makeAssessment({ id: 'r2', seriesId: 'r1', createdAt: 20 });
  const other = makeAssessment({ id: 'x', createdAt: 15 });
  const third = makeAssessment({ id: 'r3', seriesId: 'r1', createdAt: 30 });
  const all = [third, other, first, second];

  it('finds a series, oldest first, and the review before', () => {
    expect(seriesIdOf(first)).toBe('r1');
    expect(seriesOf(all, third).map((a) => a.id)).toEqual(['r1', 'r2', 'r3']);
    expect(previousReview(all, third)?.id).toBe('r2');
    expect(previousReview(all, first)).toBeNull();
    expect(groupSeries(all).map((s) => [s.id, s.reviews.map((a) => a.id)])).toEqual([
      ['r1', ['r1', 'r2', 'r3']],
      ['x', ['x']],
    ]);
  });

  it('gives the done rate overall and for ◎ per review', () => {
    const trend = seriesTrend(catalogue, [first]);
    // ① has 32 items, 12 of them ◎; 3-4, 3-5 and 8-5 are excluded by scope (3-3 was put back), so 3-4's 実施済み does not count.
    expect(trend).toEqual([
      { assessmentId: 'r1', date: 50, done: 1, total: 29, rate: 3, highDone: 1, highTotal: 12, highRate: 8 },
    ]);
  });
});

describe('dates', () => {
  it('adds months, keeping the day or the month’s last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 12)).toBe('2027-12-15');
    expect(suggestedNextReview({}, '2026-04-01')).toBe('2027-04-01');
  });

  it('says when a review is overdue or due within 30 days', () => {
    expect(reviewDueState(undefined, '2026-11-30')).toBeNull();
    expect(reviewDueState('2026-11-29', '2026-11-30')).toBe('overdue');
    expect(reviewDueState('2026-11-30', '2026-11-30')).toBe('due-soon');
    expect(reviewDueState('2026-12-30', '2026-11-30')).toBe('due-soon');
    expect(reviewDueState('2026-12-31', '2026-11-30')).toBeNull();
  });

  it('lists only the latest review of each series, overdue first', () => {
    const old = makeAssessment({ id: 'o1', nextReviewOn: '2025-01-01', createdAt: 1 });
    const newer = makeAssessment({ id: 'o2', seriesId: 'o1', nextReviewOn: '2027-06-01', createdAt: 2 });
    const soon = makeAssessment({ id: 's', nextReviewOn: '2026-12-10', createdAt: 3 });
    const late = makeAssessment({ id: 'l', nextReviewOn: '2026-10-01', createdAt: 4 });
    const due = dueReviews([old, newer, soon, late], '2026-11-30');
    expect(due.map((d) => [d.assessment.id, d.state])).toEqual([
      ['l', 'overdue'],
      ['s', 'due-soon'],
    ]);
  });

  it('knows when an assessment changed since its last export', () => {
    expect(changedSinceExport({ updatedAt: 5 })).toBe(true);
    expect(changedSinceExport({ updatedAt: 5, lastExportedAt: 5 })).toBe(false);
    expect(changedSinceExport({ updatedAt: 6, lastExportedAt: 5 })).toBe(true);
  });
});
