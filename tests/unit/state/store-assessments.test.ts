import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { NAME_MAX_LENGTH, MAX_ENVIRONMENTS } from '../../../src/domain/assessment';

const store = () => useAppStore.getState();
const find = (id: string) => store().assessments.find((a) => a.id === id);

let clock = 1_000;
beforeEach(() => {
  clock = 1_000;
  vi.spyOn(Date, 'now').mockImplementation(() => (clock += 10));
  useAppStore.setState({ assessments: [], deletedAssessments: [], lastUndo: null });
});

function seeded() {
  const id = store().createAssessment('2024年度 第1四半期');
  const eid = store().addEnvironment(id, '社用ノートPC')!;
  store().chooseMethod(id, eid, 1);
  store().setItemStatus(id, eid, '1-1', 'done');
  store().setItemNote(id, eid, '1-1', '台帳あり');
  return { id, eid };
}

describe('createAssessment', () => {
  it('adds an empty assessment with the catalogue version', () => {
    const id = store().createAssessment('本社');
    expect(find(id)).toMatchObject({ name: '本社', organisation: '', assessor: '', environments: [] });
    expect(find(id)?.catalogueVersion).toMatch(/^\d{4}\.\d{2}\.\d+$/);
  });

  it('cuts a name that is too long to be saved', () => {
    const id = store().createAssessment('あ'.repeat(NAME_MAX_LENGTH + 20));
    expect(find(id)?.name).toHaveLength(NAME_MAX_LENGTH);
  });
});

describe('updateAssessmentDetails', () => {
  it('changes name, organisation and assessor, and records when', () => {
    const { id } = seeded();
    const before = find(id)!.updatedAt;
    store().updateAssessmentDetails(id, {
      name: '営業部',
      organisation: '株式会社サンプル',
      assessor: '山田',
    });
    expect(find(id)).toMatchObject({ name: '営業部', organisation: '株式会社サンプル', assessor: '山田' });
    expect(find(id)!.updatedAt).toBeGreaterThan(before);
    expect(find(id)!.environments).toHaveLength(1);
  });

  it('keeps the fields it was not given', () => {
    const { id } = seeded();
    store().updateAssessmentDetails(id, { organisation: '株式会社サンプル' });
    store().updateAssessmentDetails(id, { assessor: '山田' });
    expect(find(id)).toMatchObject({
      name: '2024年度 第1四半期',
      organisation: '株式会社サンプル',
      assessor: '山田',
    });
  });
});

describe('duplicateAssessment', () => {
  it('copies every environment and answer under new ids', () => {
    const { id, eid } = seeded();
    const copy = store().duplicateAssessment(id, '2024年度 第2四半期')!;
    const c = find(copy)!;
    expect(copy).not.toBe(id);
    expect(c.name).toBe('2024年度 第2四半期');
    expect(c.environments[0]!.id).not.toBe(eid);
    expect(c.environments[0]!.answers['1-1']).toMatchObject({ status: 'done', note: '台帳あり' });
    // Changing the copy leaves the original alone.
    store().setItemStatus(copy, c.environments[0]!.id, '1-1', 'not-done');
    expect(find(id)!.environments[0]!.answers['1-1']?.status).toBe('done');
  });

  it('returns null for an assessment that does not exist', () => {
    expect(store().duplicateAssessment('nope', 'x')).toBeNull();
  });
});

describe('deleteAssessment and undo', () => {
  it('deletes, remembers the deletion for other tabs, and puts everything back on undo', () => {
    const { id } = seeded();
    const other = store().createAssessment('支店');
    store().deleteAssessment(id);
    expect(find(id)).toBeUndefined();
    expect(store().deletedAssessments.map((t) => t.id)).toEqual([id]);
    expect(store().lastUndo?.kind).toBe('delete');

    store().undo();
    expect(store().assessments.map((a) => a.id)).toEqual([id, other]);
    expect(find(id)!.environments[0]!.answers['1-1']?.note).toBe('台帳あり');
    expect(store().deletedAssessments).toEqual([]);
    expect(store().lastUndo).toBeNull();
  });

  it('makes the restored assessment newer than the deletion, so other tabs take it back too', () => {
    const { id } = seeded();
    store().deleteAssessment(id);
    const deletedAt = store().deletedAssessments[0]!.deletedAt;
    store().undo();
    expect(find(id)!.updatedAt).toBeGreaterThan(deletedAt);
  });

  it('does nothing for an unknown id and has nothing to undo then', () => {
    seeded();
    store().deleteAssessment('nope');
    expect(store().assessments).toHaveLength(1);
    expect(store().lastUndo).toBeNull();
    store().undo();
    expect(store().assessments).toHaveLength(1);
  });
});

describe('resetAssessment and undo', () => {
  it('clears every answer but keeps environments and methods, and undo restores the answers', () => {
    const { id, eid } = seeded();
    store().resetAssessment(id);
    expect(find(id)!.environments[0]).toMatchObject({ id: eid, method: 1, answers: {} });
    expect(store().lastUndo?.kind).toBe('reset');
    store().undo();
    expect(find(id)!.environments[0]!.answers['1-1']).toMatchObject({ status: 'done', note: '台帳あり' });
  });

  it('lets dismissing the offer keep the reset', () => {
    const { id } = seeded();
    store().resetAssessment(id);
    store().dismissUndo();
    store().undo();
    expect(find(id)!.environments[0]!.answers).toEqual({});
  });
});

describe('environments', () => {
  it('removes an environment with its answers, and undo brings it back', () => {
    const { id, eid } = seeded();
    store().removeEnvironment(id, eid);
    expect(find(id)!.environments).toEqual([]);
    expect(store().lastUndo?.kind).toBe('remove-environment');
    store().undo();
    expect(find(id)!.environments[0]).toMatchObject({ id: eid, name: '社用ノートPC' });
  });

  it('renames an environment, cutting a name too long to be saved', () => {
    const { id, eid } = seeded();
    store().renameEnvironment(id, eid, '私用スマートフォン');
    expect(find(id)!.environments[0]!.name).toBe('私用スマートフォン');
    store().renameEnvironment(id, eid, 'x'.repeat(NAME_MAX_LENGTH + 1));
    expect(find(id)!.environments[0]!.name).toHaveLength(NAME_MAX_LENGTH);
  });

  it(`refuses a ${MAX_ENVIRONMENTS + 1}th environment, which could not be saved`, () => {
    const id = store().createAssessment('多数');
    for (let i = 0; i < MAX_ENVIRONMENTS; i += 1)
      expect(store().addEnvironment(id, `端末${i}`)).not.toBeNull();
    expect(store().addEnvironment(id, 'もう一台')).toBeNull();
    expect(find(id)!.environments).toHaveLength(MAX_ENVIRONMENTS);
  });
});

describe('updatedAt', () => {
  it('moves forward with every change to an assessment', () => {
    const { id, eid } = seeded();
    const times = [find(id)!.updatedAt];
    store().setItemStatus(id, eid, '1-2', 'partial');
    times.push(find(id)!.updatedAt);
    store().setItemNote(id, eid, '1-2', 'MDM導入予定');
    times.push(find(id)!.updatedAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(3);
  });
});
