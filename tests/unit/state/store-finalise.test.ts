import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';

const store = () => useAppStore.getState();
const assessment = (id: string) => store().assessments.find((a) => a.id === id)!;

let aid = '';
let eid = '';

beforeEach(() => {
  useAppStore.setState({ assessments: [], lastUndo: null });
  aid = store().createAssessment('2024年度 点検');
  eid = store().addEnvironment(aid, '社用ノートPC')!;
  store().chooseMethod(aid, eid, 1);
  store().setItemStatus(aid, eid, '1-1', 'done');
});

describe('finaliseAssessment', () => {
  it('records when the assessment was finalised', () => {
    store().finaliseAssessment(aid);
    expect(assessment(aid).finalisedAt).toEqual(expect.any(Number));
  });

  it('refuses every change to the content of a finalised assessment', () => {
    store().finaliseAssessment(aid);
    const before = assessment(aid);

    store().setItemStatus(aid, eid, '1-1', 'not-done');
    store().setItemNote(aid, eid, '1-1', 'メモ');
    store().renameEnvironment(aid, eid, '別の名前');
    store().removeEnvironment(aid, eid);
    store().chooseMethod(aid, eid, 2);
    store().setFlowPath(aid, eid, [{ question: 'device', option: 'company' }], null);
    store().answerScope(aid, eid, 'webmail', false);
    store().overrideExclusion(aid, eid, '1-1', true);
    store().updateAssessmentDetails(aid, { name: '別名', organisation: 'x', nextReviewOn: '2030-01-01' });
    store().resetAssessment(aid);
    store().replaceAssessment(aid, { ...before, name: '置き換え', finalisedAt: undefined });
    expect(store().addEnvironment(aid, '私用スマートフォン')).toBeNull();

    expect(assessment(aid)).toEqual(before);
  });

  it('leaves other assessments editable', () => {
    const other = store().createAssessment('別の点検');
    store().finaliseAssessment(aid);
    store().updateAssessmentDetails(other, { organisation: '本社' });
    expect(assessment(other).organisation).toBe('本社');
  });
});

describe('reopenAssessment', () => {
  it('lifts the mark so that the assessment can be changed again', () => {
    store().finaliseAssessment(aid);
    store().reopenAssessment(aid);
    expect('finalisedAt' in assessment(aid)).toBe(false);
    store().setItemStatus(aid, eid, '1-1', 'partial');
    expect(assessment(aid).environments[0]!.answers['1-1']?.status).toBe('partial');
  });
});

describe('updateAssessmentDetails', () => {
  it('sets and clears the next review date, ignoring anything that is not a date', () => {
    store().updateAssessmentDetails(aid, { nextReviewOn: '2025-04-01' });
    expect(assessment(aid).nextReviewOn).toBe('2025-04-01');
    store().updateAssessmentDetails(aid, { nextReviewOn: 'next year' });
    expect(assessment(aid).nextReviewOn).toBe('2025-04-01');
    store().updateAssessmentDetails(aid, { nextReviewOn: null });
    expect('nextReviewOn' in assessment(aid)).toBe(false);
  });
});
