// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY } from '../../../src/state/storage-key';
import { SAVED_DATA_VERSION, type SavedData, type SavedDataV0 } from '../../../src/domain/saved-data';
import type { Assessment } from '../../../src/domain/assessment';

/**
 * The real store against the (jsdom) localStorage, as the app starts: each test seeds storage, then loads the
 * store afresh, the way a page load would.
 */

async function startApp() {
  vi.resetModules();
  const { useAppStore } = await import('../../../src/state/store');
  const { storageStatus } = await import('../../../src/state/storage-status');
  return { store: useAppStore, status: storageStatus };
}

/** What is stored, read back from the index and each assessment's record. */
function storedData(): { state: SavedData; version: number } {
  const { index, version } = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as {
    index: { ids: string[]; deletedAssessments: SavedData['deletedAssessments'] };
    version: number;
  };
  const record = (id: string) =>
    (JSON.parse(localStorage.getItem(`${STORAGE_KEY}.a.${id}`)!) as { assessment: Assessment }).assessment;
  return {
    state: { assessments: index.ids.map(record), deletedAssessments: index.deletedAssessments },
    version,
  };
}
const backupKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(`${STORAGE_KEY}.backup-`));

beforeEach(() => localStorage.clear());

describe('saving and loading', () => {
  it('saves every change at once and loads it back after a reload', async () => {
    const first = await startApp();
    const id = first.store.getState().createAssessment('本社');
    const eid = first.store.getState().addEnvironment(id, '社用ノートPC')!;
    first.store.getState().chooseMethod(id, eid, 1);
    first.store.getState().setItemStatus(id, eid, '1-1', 'done');
    first.store.getState().setItemNote(id, eid, '1-1', '資産台帳は総務部が管理');
    expect(first.status.get().save).toBe('saved');
    expect(storedData().version).toBe(SAVED_DATA_VERSION);

    const second = await startApp();
    const env = second.store.getState().assessments[0]!.environments[0]!;
    expect(env).toMatchObject({ id: eid, name: '社用ノートPC', method: 1 });
    expect(env.answers['1-1']).toMatchObject({ status: 'done', note: '資産台帳は総務部が管理' });
  });

  it('does not save what only lives for this visit (the undo offer)', async () => {
    const { store } = await startApp();
    const id = store.getState().createAssessment('本社');
    store.getState().deleteAssessment(id);
    expect(Object.keys(storedData().state).sort()).toEqual(['assessments', 'deletedAssessments']);
    expect(Object.keys(localStorage).sort()).toEqual([STORAGE_KEY]);
  });
});

describe('migration from version 0', () => {
  it('migrates seeded version-0 data, saves it as the current version and keeps the old text', async () => {
    const v0: SavedDataV0 = {
      assessments: [
        {
          id: 'q1',
          name: '2023年度 点検',
          environments: [
            {
              id: 'pc',
              name: '社用ノートPC',
              method: 2,
              statuses: { '1-1': 'partial' },
              notes: { '1-1': '一部の端末のみ' },
              updatedAt: 50,
            },
          ],
          createdAt: 10,
          updatedAt: 50,
        },
      ],
    };
    const raw = JSON.stringify({ state: v0, version: 0 });
    localStorage.setItem(STORAGE_KEY, raw);

    const { store, status } = await startApp();
    const a = store.getState().assessments[0]!;
    expect(a).toMatchObject({ id: 'q1', name: '2023年度 点検', organisation: '', assessor: '' });
    expect(a.environments[0]!.answers['1-1']).toEqual({
      status: 'partial',
      note: '一部の端末のみ',
      updatedAt: 50,
    });
    expect(status.get().unreadable).toBeNull();

    expect(storedData().version).toBe(SAVED_DATA_VERSION);
    expect(storedData().state.assessments[0]!.environments[0]!.answers['1-1']?.status).toBe('partial');
    expect(backupKeys()).toHaveLength(1);
    expect(localStorage.getItem(backupKeys()[0]!)).toBe(raw);
  });
});

describe('unreadable data in storage', () => {
  it.each([
    ['corrupted', '{"state":{"assessments":[{"id":"a","name":"本'],
    ['foreign', JSON.stringify({ userPrefs: { theme: 'dark' } })],
    ['from a newer version', JSON.stringify({ state: { assessments: [] }, version: SAVED_DATA_VERSION + 1 })],
  ])('starts empty with %s data, keeps it in a backup and tells the user', async (_what, raw) => {
    localStorage.setItem(STORAGE_KEY, raw);
    const { store, status } = await startApp();
    expect(store.getState().assessments).toEqual([]);
    expect(status.get().unreadable).toMatchObject({ raw, backupKey: backupKeys()[0] });
    expect(localStorage.getItem(backupKeys()[0]!)).toBe(raw);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);

    store.getState().createAssessment('新しい診断');
    expect(storedData().state.assessments[0]!.name).toBe('新しい診断');
    expect(localStorage.getItem(backupKeys()[0]!)).toBe(raw);
  });
});

describe('a storage that throws on write', () => {
  it('keeps working in memory and reports that changes are not saved', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { store, status } = await startApp();
    expect(status.get().writeFailure).toBe('quota');
    const id = store.getState().createAssessment('メモリ上の診断');
    store.getState().addEnvironment(id, '社用ノートPC');
    expect(store.getState().assessments[0]!.environments).toHaveLength(1);
    expect(status.get()).toMatchObject({ save: 'failed', writeFailure: 'quota' });
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('keeps working when localStorage cannot even be reached', async () => {
    const blocked = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    try {
      const { store, status } = await startApp();
      store.getState().createAssessment('メモリ上の診断');
      expect(store.getState().assessments).toHaveLength(1);
      expect(status.get().writeFailure).toBe('unavailable');
    } finally {
      blocked.mockRestore();
    }
  });
});
