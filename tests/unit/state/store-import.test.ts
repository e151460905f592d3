import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import type { Assessment } from '../../../src/domain/assessment';

const store = () => useAppStore.getState();

const imported: Assessment = {
  id: 'from-file',
  name: '取り込んだ診断',
  organisation: '株式会社サンプル',
  assessor: '山田',
  catalogueVersion: '2021.05.1',
  createdAt: 1_600_000_000_000,
  updatedAt: 1_600_000_500_000,
  environments: [
    {
      id: 'e1',
      name: '社用PC',
      method: 1,
      path: [],
      scope: { webmail: false },
      overrides: [],
      answers: { '1-1': { status: 'done', note: '台帳あり', updatedAt: 1_600_000_400_000 } },
      createdAt: 1_600_000_000_000,
      updatedAt: 1_600_000_400_000,
    },
  ],
};

beforeEach(() => {
  useAppStore.setState({ assessments: [], lastUndo: null });
});

describe('addImportedAssessment', () => {
  it('adds the assessment exactly as imported, under a new id', () => {
    const id = store().addImportedAssessment(imported);
    expect(id).not.toBe('from-file');
    expect(store().assessments).toEqual([{ ...imported, id }]);
  });

  it('adds the same file twice as two assessments', () => {
    const a = store().addImportedAssessment(imported);
    const b = store().addImportedAssessment(imported);
    expect(a).not.toBe(b);
    expect(store().assessments).toHaveLength(2);
  });
});

describe('replaceAssessment', () => {
  it('replaces the content, keeps the id and offers to undo it as a replacement', () => {
    const id = store().createAssessment('元の診断');
    const before = store().assessments[0]!;
    store().replaceAssessment(id, imported);
    expect(store().assessments[0]).toMatchObject({
      id,
      name: '取り込んだ診断',
      environments: imported.environments,
    });
    expect(store().lastUndo).toMatchObject({ kind: 'replace', assessment: before });
    store().undo();
    // The restored copy counts as changed now (so it wins in other tabs); everything else is as before.
    expect(store().assessments).toEqual([{ ...before, updatedAt: expect.any(Number) }]);
    expect(store().assessments[0]!.environments).toEqual([]);
  });
});
