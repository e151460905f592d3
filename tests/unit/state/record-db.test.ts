import { readFileSync } from 'node:fs';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../../src/domain/assessment';
import {
  SAVED_DATA_VERSION,
  migrateSavedData,
  serializeAssessment,
  serializeIndex,
} from '../../../src/domain/saved-data';
import { classify, createSafeStorage, backupPrefix } from '../../../src/state/persistence';
import { RECORD_DB, openRecordStore, type RecordStore } from '../../../src/state/record-db';
import { createStorageStatusStore, type StorageStatusStore } from '../../../src/state/storage-status';

/** localStorage of one site, shared by its tabs, kept in a Map. */
class MemoryStorage implements Storage {
  map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}

const KEY = 'telework-security-checklist';
const ctx = { catalogueVersion: '2021.05.1' };
const recordKey = (id: string) => `${KEY}.a.${id}`;

let local: MemoryStorage;
let idb: IDBFactory;
let errors: unknown[];

/** One tab: its record store and its saving storage over the shared localStorage and IndexedDB. */
async function openTab() {
  const status: StorageStatusStore = createStorageStatusStore();
  const records = await openRecordStore({
    key: KEY,
    storage: () => local,
    indexedDB: () => idb,
    onWriteError: (e) => {
      errors.push(e);
      status.set({ save: 'failed', writeFailure: classify(e) });
    },
  });
  const storage = createSafeStorage({ key: KEY, storage: () => local, status, ctx, records });
  return { records: records!, storage, status };
}

/** Every record in IndexedDB, key → text. */
async function database(): Promise<Record<string, string>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = idb.open(RECORD_DB.name, RECORD_DB.version);
    open.onupgradeneeded = () => open.result.createObjectStore(RECORD_DB.store);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('open'));
  });
  const store = db.transaction(RECORD_DB.store).objectStore(RECORD_DB.store);
  const all = await new Promise<Record<string, string>>((resolve) => {
    const out: Record<string, string> = {};
    const cursor = store.openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return resolve(out);
      out[String(c.key)] = String(c.value);
      c.continue();
    };
  });
  db.close();
  return all;
}

/** Waits until IndexedDB has committed what was handed to it. */
const settled = () => new Promise((r) => setTimeout(r, 20));

function assessment(id: string, updatedAt = 1, name = `診断${id}`): Assessment {
  return {
    id,
    name,
    organisation: '',
    assessor: '',
    catalogueVersion: '2021.05.1',
    environments: [],
    createdAt: 1,
    updatedAt,
  };
}

beforeEach(() => {
  local = new MemoryStorage();
  idb = new IDBFactory();
  errors = [];
});
afterEach(() => vi.restoreAllMocks());

describe('records in IndexedDB', () => {
  it('opens the fixed sample of version 2 (records in localStorage) unchanged, and moves its records in', async () => {
    const sample = JSON.parse(readFileSync('tests/fixtures/saved-data-v2.json', 'utf8')) as Record<
      string,
      string
    >;
    for (const [k, v] of Object.entries(sample)) local.setItem(k, v);
    const v1 = JSON.parse(readFileSync('tests/fixtures/saved-data-v1.txt', 'utf8')) as {
      state: unknown;
      version: number;
    };

    const { storage } = await openTab();
    const read = storage.getItem(KEY) as { state: unknown; version: number };
    // The same data as the version-1 sample it was saved from, field for field.
    expect(read).toEqual({ state: migrateSavedData(v1.state, v1.version, ctx), version: SAVED_DATA_VERSION });

    // The records' texts are in IndexedDB exactly as they were, and no longer in localStorage.
    const records = Object.entries(sample).filter(([k]) => k !== KEY);
    expect(await database()).toEqual(Object.fromEntries(records));
    expect([...local.map.keys()]).toEqual([KEY]);
    // The index is the same, at version 3, which an older tab will not overwrite.
    const index = JSON.parse(local.getItem(KEY)!) as { version: number; index: unknown };
    expect(index).toEqual({ version: 3, index: (JSON.parse(sample[KEY]!) as { index: unknown }).index });

    // A second start finds the same data, from IndexedDB alone.
    const again = await openTab();
    expect(again.storage.getItem(KEY)).toEqual(read);
  });

  it('writes a change to IndexedDB, through a localStorage journal entry removed once committed', async () => {
    const { storage, records } = await openTab();
    storage.getItem(KEY);
    storage.setItem(KEY, { state: { assessments: [assessment('a')], deletedAssessments: [] }, version: 3 });
    // At once: in localStorage (durable, and seen by the other tabs), and in memory.
    expect(local.getItem(recordKey('a'))).toBe(serializeAssessment(assessment('a')));
    expect(records.getItem(recordKey('a'))).toBe(serializeAssessment(assessment('a')));
    await settled();
    expect(local.getItem(recordKey('a'))).toBeNull();
    expect(await database()).toEqual({ [recordKey('a')]: serializeAssessment(assessment('a')) });
    expect(errors).toEqual([]);

    const next = await openTab();
    expect(next.storage.getItem(KEY)).toEqual({
      state: { assessments: [assessment('a')], deletedAssessments: [] },
      version: SAVED_DATA_VERSION,
    });
  });

  it('takes a journal entry left by a write that did not finish as the newest text', async () => {
    const first = await openTab();
    first.storage.getItem(KEY);
    first.storage.setItem(KEY, {
      state: { assessments: [assessment('a', 1)], deletedAssessments: [] },
      version: 3,
    });
    await settled();
    // The tab closed after writing the journal entry, before IndexedDB committed the newer text.
    local.setItem(recordKey('a'), serializeAssessment(assessment('a', 2, '新しい名前')));

    const { storage } = await openTab();
    const read = storage.getItem(KEY) as { state: { assessments: Assessment[] } };
    expect(read.state.assessments).toEqual([assessment('a', 2, '新しい名前')]);
    expect((await database())[recordKey('a')]).toBe(serializeAssessment(assessment('a', 2, '新しい名前')));
    expect(local.getItem(recordKey('a'))).toBeNull();
  });

  it('IndexedDB full: the failure is reported, and the change stays in localStorage for the next start', async () => {
    const { storage, status } = await openTab();
    storage.getItem(KEY);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    storage.setItem(KEY, { state: { assessments: [assessment('a')], deletedAssessments: [] }, version: 3 });
    await settled();
    expect(status.get()).toMatchObject({ save: 'failed', writeFailure: 'quota' });
    expect(local.getItem(recordKey('a'))).toBe(serializeAssessment(assessment('a')));
    vi.restoreAllMocks();

    const next = await openTab();
    expect((next.storage.getItem(KEY) as { state: { assessments: Assessment[] } }).state.assessments).toEqual(
      [assessment('a')],
    );
    expect((await database())[recordKey('a')]).toBe(serializeAssessment(assessment('a')));
  });

  it('a damaged record in IndexedDB is backed up in localStorage, explained, and the others load', async () => {
    const first = await openTab();
    first.storage.getItem(KEY);
    first.storage.setItem(KEY, {
      state: { assessments: [assessment('a'), assessment('b')], deletedAssessments: [] },
      version: 3,
    });
    await settled();
    first.records.setItem(recordKey('b'), '{"version":3,"assess');
    await settled();

    const { storage, status } = await openTab();
    const read = storage.getItem(KEY) as { state: { assessments: Assessment[] } };
    expect(read.state.assessments.map((a) => a.id)).toEqual(['a']);
    expect(status.get().unreadable).toMatchObject({ reason: 'not-json', raw: '{"version":3,"assess' });
    const backups = [...local.map.keys()].filter((k) => k.startsWith(`${backupPrefix(KEY)}b-`));
    expect(backups.map((k) => local.getItem(k))).toEqual(['{"version":3,"assess']);
    expect(Object.keys(await database())).toEqual([recordKey('a')]);
  });

  it('two tabs: a record another tab wrote is taken in, and not overwritten by an older copy', async () => {
    const one = await openTab();
    const two = await openTab();
    one.storage.getItem(KEY);
    two.storage.getItem(KEY);
    one.storage.setItem(KEY, {
      state: { assessments: [assessment('a', 1)], deletedAssessments: [] },
      version: 3,
    });
    // Tab two gets the storage events: the record's journal entry, then the index.
    const theirs = two.storage.receive(recordKey('a'), local.getItem(recordKey('a')));
    expect(theirs?.assessments).toEqual([assessment('a', 1)]);
    two.storage.receive(KEY, local.getItem(KEY));
    await settled();
    // Tab one changes it again, and tab two, which has not had that event yet, saves an older change of its own along with
    // a new assessment of its own: the newer record, not yet committed to IndexedDB, is kept.
    one.storage.setItem(KEY, {
      state: { assessments: [assessment('a', 5, '一番新しい')], deletedAssessments: [] },
      version: 3,
    });
    two.storage.setItem(KEY, {
      state: {
        assessments: [assessment('a', 3, 'タブ2の古い変更'), assessment('b', 2)],
        deletedAssessments: [],
      },
      version: 3,
    });
    await settled();
    const fresh = await openTab();
    const read = fresh.storage.getItem(KEY) as { state: { assessments: Assessment[] } };
    expect(read.state.assessments).toEqual([assessment('a', 5, '一番新しい'), assessment('b', 2)]);
  });

  it('a tab that missed the other tab’s events finds its committed changes once it reads the records again', async () => {
    const one = await openTab();
    one.storage.getItem(KEY);
    one.storage.setItem(KEY, {
      state: { assessments: [assessment('a', 1)], deletedAssessments: [] },
      version: 3,
    });
    await settled();
    const two = await openTab();
    two.storage.getItem(KEY);
    // Tab two was in the background: tab one's next change is committed, and its journal entry gone, unseen.
    one.storage.setItem(KEY, {
      state: { assessments: [assessment('a', 4, '裏で変更')], deletedAssessments: [] },
      version: 3,
    });
    await settled();
    expect(local.getItem(recordKey('a'))).toBeNull();
    expect(two.storage.changedSinceKnown()).toEqual([]);
    await two.storage.refresh!();
    expect(two.storage.changedSinceKnown()).toEqual([
      [recordKey('a'), serializeAssessment(assessment('a', 4, '裏で変更'))],
    ]);
  });

  it('IndexedDB that cannot be opened: null, and an index listing records not found is not overwritten', async () => {
    vi.spyOn(idb, 'open').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const index = serializeIndex({ ids: ['a'], deletedAssessments: [] });
    local.setItem(KEY, index);
    const records: RecordStore | null = await openRecordStore({
      key: KEY,
      storage: () => local,
      indexedDB: () => idb,
      onWriteError: () => {},
    });
    expect(records).toBeNull();
    const status = createStorageStatusStore();
    const storage = createSafeStorage({ key: KEY, storage: () => local, status, ctx, records });
    expect(storage.getItem(KEY)).toEqual({
      state: { assessments: [], deletedAssessments: [] },
      version: SAVED_DATA_VERSION,
    });
    expect(status.get().writeFailure).toBe('unavailable');
    storage.setItem(KEY, { state: { assessments: [assessment('z')], deletedAssessments: [] }, version: 3 });
    expect(local.getItem(KEY)).toBe(index);
  });
});
