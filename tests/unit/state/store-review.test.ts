import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { seriesIdOf } from '../../../src/domain/review-series';

const store = () => useAppStore.getState();
const assessment = (id: string) => store().assessments.find((a) => a.id === id)!;

let aid = '';
let eid = '';

beforeEach(() => {
  useAppStore.setState({ assessments: [], lastUndo: null });
  aid = store().createAssessment('2025年度 点検');
  eid = store().addEnvironment(aid, '社用ノートPC')!;
  store().chooseMethod(aid, eid, 1);
  store().setItemStatus(aid, eid, '1-1', 'done');
  store().setItemStatus(aid, eid, '1-2', 'not-done');
});

describe('startNextReview', () => {
  it('adds the next review of the series and makes the previous one read-only', () => {
    const next = store().startNextReview(aid, '2026年度 点検')!;
    expect(assessment(aid).finalisedAt).toEqual(expect.any(Number));
    const n = assessment(next);
    expect(n.name).toBe('2026年度 点検');
    expect(seriesIdOf(n)).toBe(aid);
    const env = n.environments[0]!;
    expect(env.answers['1-1']).toMatchObject({ status: 'done', carriedOver: true });

    // The previous review refuses changes until it is reopened on purpose.
    store().setItemStatus(aid, eid, '1-1', 'not-done');
    expect(assessment(aid).environments[0]!.answers['1-1']!.status).toBe('done');
    expect(store().startNextReview('missing', 'x')).toBeNull();
  });

  it('confirms by answering, keeps the mark while a note is written, and confirms the rest at once', () => {
    const next = store().startNextReview(aid, '次回')!;
    const env = assessment(next).environments[0]!.id;
    store().setItemNote(next, env, '1-1', '確認中');
    expect(assessment(next).environments[0]!.answers['1-1']).toMatchObject({
      carriedOver: true,
      note: '確認中',
    });
    store().setItemStatus(next, env, '1-1', 'partial');
    expect(assessment(next).environments[0]!.answers['1-1']!.carriedOver).toBeUndefined();
    store().confirmCarriedOver(next, env, ['1-2']);
    expect(assessment(next).environments[0]!.answers['1-2']).toMatchObject({ status: 'not-done' });
    expect(assessment(next).environments[0]!.answers['1-2']!.carriedOver).toBeUndefined();
  });
});

describe('review dates and exports', () => {
  it('sets the interval and the next date from today', () => {
    store().setReviewInterval(aid, 6);
    expect(assessment(aid).reviewIntervalMonths).toBe(6);
    expect(assessment(aid).nextReviewOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('records an export without changing the content time, even when 確定', () => {
    store().finaliseAssessment(aid);
    const before = assessment(aid).updatedAt;
    store().markExported([aid], before + 5);
    expect(assessment(aid)).toMatchObject({ lastExportedAt: before + 5, updatedAt: before });
  });

  it('imports a series as a new one, sharing one new series id', () => {
    const next = store().startNextReview(aid, '次回')!;
    const ids = store().addImportedSeries([assessment(aid), assessment(next)]);
    expect(ids).toHaveLength(2);
    const [a, b] = ids.map(assessment);
    expect(seriesIdOf(a!)).toBe(seriesIdOf(b!));
    expect(seriesIdOf(a!)).not.toBe(aid);
    expect(store().assessments).toHaveLength(4);
  });
});
