import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorage, backupPrefix, type SafeStorage } from '../../../src/state/persistence';
import { createStorageStatusStore, type StorageStatusStore } from '../../../src/state/storage-status';
import { readFileSync } from 'node:fs';
import {
  SAVED_DATA_VERSION,
  migrateSavedData,
  serializeAssessment,
  serializeIndex,
  type SavedData,
  type SavedDataV0,
} from '../../../src/domain/saved-data';
import type { Assessment } from '../../../src/domain/assessment';

/** A Storage kept in a Map, whose writes can be made to fail the way browsers fail them. */
class MemoryStorage implements Storage {
  map = new Map<string, string>();
  failWrites: DOMException | null = null;
  writes = 0;
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
    if (this.failWrites) throw this.failWrites;
    this.writes += 1;
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}

const KEY = 'app';
const ctx = { catalogueVersion: '2021.05.1' };
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

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
function data(...assessments: Assessment[]): SavedData {
  return { assessments, deletedAssessments: [] };
}
/** The older one-key layout, `{ state, version }`. */
const envelope = (state: unknown, version = SAVED_DATA_VERSION) => JSON.stringify({ state, version });
const recordKey = (id: string) => `${KEY}.a.${id}`;
/** What another tab of this version writes: each record, then the index. */
function writeAsAnotherTab(d: SavedData) {
  for (const a of d.assessments) mem.setItem(recordKey(a.id), serializeAssessment(a));
  mem.setItem(
    KEY,
    serializeIndex({ ids: d.assessments.map((a) => a.id), deletedAssessments: d.deletedAssessments }),
  );
}

let mem: MemoryStorage;
let status: StorageStatusStore;
let storage: SafeStorage;

function make(backing: () => Storage | null = () => mem) {
  status = createStorageStatusStore();
  storage = createSafeStorage({
    key: KEY,
    storage: backing,
    status,
    ctx,
    now: () => Date.UTC(2024, 3, 1, 9, 30),
  });
  return storage;
}

/** What is stored, read the way a fresh tab reads it. */
const stored = (): SavedData => {
  const { index } = JSON.parse(mem.getItem(KEY)!) as { index: { ids: string[]; deletedAssessments: [] } };
  return {
    assessments: index.ids.map(
      (id) => (JSON.parse(mem.getItem(recordKey(id))!) as { assessment: Assessment }).assessment,
    ),
    deletedAssessments: index.deletedAssessments,
  };
};
const backups = () => [...mem.map.keys()].filter((k) => k.startsWith(backupPrefix(KEY)));

beforeEach(() => {
  mem = new MemoryStorage();
  make();
});

describe('reading', () => {
  it('starts empty when nothing is stored, and then saves', () => {
    expect(storage.getItem(KEY)).toBeNull();
    storage.setItem(KEY, { state: data(assessment('a')), version: SAVED_DATA_VERSION });
    expect(stored().assessments.map((a) => a.id)).toEqual(['a']);
    expect(status.get()).toMatchObject({ save: 'saved', writeFailure: null, unreadable: null });
  });

  it('keeps each assessment under its own key, listed by a small index', () => {
    storage.getItem(KEY);
    storage.setItem(KEY, { state: data(assessment('a'), assessment('b')), version: SAVED_DATA_VERSION });
    expect([...mem.map.keys()].sort()).toEqual([KEY, recordKey('a'), recordKey('b')]);
    expect(JSON.parse(mem.getItem(KEY)!)).toEqual({
      version: SAVED_DATA_VERSION,
      index: { ids: ['a', 'b'], deletedAssessments: [] },
    });
  });

  it('gives back valid current data as it was saved', () => {
    writeAsAnotherTab(data(assessment('a'), assessment('b')));
    expect(storage.getItem(KEY)).toEqual({
      state: data(assessment('a'), assessment('b')),
      version: SAVED_DATA_VERSION,
    });
    expect(backups()).toEqual([]);
  });

  it('opens today’s saved data (version 1, one key) unchanged, and stores it in the new layout', () => {
    const sample = readFileSync('tests/fixtures/saved-data-v1.txt', 'utf8');
    const { state } = JSON.parse(sample) as { state: SavedData & { activeAssessmentId: string } };
    mem.setItem(KEY, sample);
    const read = storage.getItem(KEY) as { state: unknown; version: number };
    expect(read.version).toBe(1);
    // What the persist middleware then does: migrate, and save the result.
    const migrated = migrateSavedData(read.state, read.version, ctx);
    storage.setItem(KEY, { state: migrated, version: SAVED_DATA_VERSION });
    expect(stored()).toEqual({
      assessments: state.assessments,
      deletedAssessments: state.deletedAssessments,
    });
    expect(make().getItem(KEY)).toEqual({ state: stored(), version: SAVED_DATA_VERSION });
    // The old text is kept as it was.
    expect(mem.getItem(`${backupPrefix(KEY)}v1-2024-04-01T09-30-00-000Z`)).toBe(sample);
  });

  it('backs up and reports a damaged assessment on its own, and loads the others', () => {
    writeAsAnotherTab(data(assessment('a'), assessment('b'), assessment('c')));
    mem.setItem(recordKey('a'), '{"version":2,"assessment":{"id":"a"');
    mem.setItem(recordKey('c'), JSON.stringify({ version: 2, assessment: { ...assessment('c'), name: 7 } }));
    const read = storage.getItem(KEY) as { state: SavedData };
    expect(read.state.assessments.map((a) => a.id)).toEqual(['b']);
    expect(backups()).toHaveLength(2);
    // Explained one by one: dismissing the first notice shows the second.
    expect(status.get().unreadable).toMatchObject({ reason: 'not-json' });
    status.set({ unreadable: null });
    expect(status.get().unreadable).toMatchObject({ reason: 'unrecognised' });
    status.set({ unreadable: null });
    expect(status.get().unreadable).toBeNull();
    // Backed up, the damaged records make way; the index stops listing them at the next save.
    storage.setItem(KEY, { state: read.state, version: SAVED_DATA_VERSION });
    expect(stored().assessments.map((a) => a.id)).toEqual(['b']);
    expect(mem.getItem(recordKey('a'))).toBeNull();
  });

  it('hands an older version to the middleware’s migrate, keeping the old text in a backup', () => {
    const v0: SavedDataV0 = { assessments: [], activeAssessmentId: null };
    mem.setItem(KEY, envelope(v0, 0));
    expect(storage.getItem(KEY)).toEqual({ state: v0, version: 0 });
    expect(backups()).toEqual([`${backupPrefix(KEY)}v0-2024-04-01T09-30-00-000Z`]);
    expect(mem.getItem(backups()[0]!)).toBe(envelope(v0, 0));
  });

  it.each([
    ['damaged JSON', '{"state":{"assessments":[', 'not-json'],
    ['another app’s data', JSON.stringify({ theme: 'dark' }), 'unrecognised'],
    ['a newer version', envelope(data(), SAVED_DATA_VERSION + 1), 'newer-version'],
  ] as const)('keeps %s in a backup, starts empty and says so', (_what, raw, reason) => {
    mem.setItem(KEY, raw);
    expect(storage.getItem(KEY)).toBeNull();
    const [backupKey] = backups();
    expect(backupKey).toBe(`${backupPrefix(KEY)}2024-04-01T09-30-00-000Z`);
    expect(mem.getItem(backupKey!)).toBe(raw);
    expect(status.get().unreadable).toMatchObject({ reason, raw, backupKey });
    // Nothing was written over it while reading.
    expect(mem.getItem(KEY)).toBe(raw);
  });

  it('saves over unreadable data only after the backup exists', () => {
    mem.setItem(KEY, 'garbage');
    storage.getItem(KEY);
    storage.setItem(KEY, { state: data(assessment('a')), version: SAVED_DATA_VERSION });
    expect(stored().assessments).toHaveLength(1);
    expect(mem.getItem(backups()[0]!)).toBe('garbage');
  });

  it('never overwrites an earlier backup, and does not copy the same text twice', () => {
    mem.setItem(`${backupPrefix(KEY)}2024-04-01T09-30-00-000Z`, 'an older backup');
    mem.setItem(KEY, 'garbage');
    storage.getItem(KEY);
    make().getItem(KEY); // the same damaged text found again after a reload
    expect(backups().sort()).toEqual([
      `${backupPrefix(KEY)}2024-04-01T09-30-00-000Z`,
      `${backupPrefix(KEY)}2024-04-01T09-30-00-000Z-2`,
    ]);
    expect(mem.getItem(`${backupPrefix(KEY)}2024-04-01T09-30-00-000Z`)).toBe('an older backup');
    expect(mem.getItem(`${backupPrefix(KEY)}2024-04-01T09-30-00-000Z-2`)).toBe('garbage');
  });

  it('leaves unreadable data alone when no backup can be made, and says changes are not saved', () => {
    mem.setItem(KEY, 'garbage');
    mem.failWrites = quota();
    storage.getItem(KEY);
    expect(status.get().unreadable).toMatchObject({ backupKey: null, raw: 'garbage' });
    mem.failWrites = null; // even if writing works again later
    storage.setItem(KEY, { state: data(assessment('a')), version: SAVED_DATA_VERSION });
    expect(mem.getItem(KEY)).toBe('garbage');
    expect(status.get()).toMatchObject({ save: 'failed', writeFailure: 'blocked' });
  });

  it('never writes before a read has been validated', () => {
    storage.setItem(KEY, { state: data(assessment('a')), version: SAVED_DATA_VERSION });
    expect(mem.getItem(KEY)).toBeNull();
    expect(status.get().save).toBe('failed');
  });

  it('works without any storage at all, and says so', () => {
    make(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(storage.getItem(KEY)).toBeNull();
    storage.setItem(KEY, { state: data(assessment('a')), version: SAVED_DATA_VERSION });
    expect(status.get()).toMatchObject({ save: 'failed', writeFailure: 'unavailable' });
  });
});

describe('writing', () => {
  beforeEach(() => storage.getItem(KEY));

  it('reports a full storage and recovers when space is freed', () => {
    mem.failWrites = quota();
    storage.setItem(KEY, { state: data(assessment('a')), version: SAVED_DATA_VERSION });
    expect(status.get()).toMatchObject({ save: 'failed', writeFailure: 'quota' });
    mem.failWrites = null;
    storage.setItem(KEY, { state: data(assessment('a')), version: SAVED_DATA_VERSION });
    expect(status.get()).toMatchObject({ save: 'saved', writeFailure: null });
    expect(stored().assessments).toHaveLength(1);
  });

  it('reports storage that refuses writes for another reason as unavailable', () => {
    mem.failWrites = new DOMException('The operation is insecure.', 'SecurityError');
    storage.setItem(KEY, { state: data(), version: SAVED_DATA_VERSION });
    expect(status.get().writeFailure).toBe('unavailable');
  });

  it('notices at start-up that writes fail, before the user has done any work', () => {
    mem.failWrites = quota();
    make().getItem(KEY);
    expect(status.get()).toMatchObject({ save: 'failed', writeFailure: 'quota' });
  });

  it('writes only the assessment that changed', () => {
    const a = assessment('a');
    const b = assessment('b');
    storage.setItem(KEY, { state: data(a, b, assessment('c')), version: SAVED_DATA_VERSION });
    const written: string[] = [];
    const setItem = mem.setItem.bind(mem);
    mem.setItem = (k, v) => {
      written.push(k);
      setItem(k, v);
    };
    const changed = { ...b, name: '変更', updatedAt: 9 };
    storage.setItem(KEY, { state: { ...data(a, changed, assessment('c')) }, version: SAVED_DATA_VERSION });
    expect(written).toEqual([recordKey('b')]);
    expect(stored().assessments[1]).toEqual(changed);
  });

  it('removes a deleted assessment’s record and remembers the deletion in the index', () => {
    const a = assessment('a');
    storage.setItem(KEY, { state: data(a, assessment('b')), version: SAVED_DATA_VERSION });
    storage.setItem(KEY, {
      state: { assessments: [a], deletedAssessments: [{ id: 'b', deletedAt: 5 }] },
      version: SAVED_DATA_VERSION,
    });
    expect(mem.getItem(recordKey('b'))).toBeNull();
    expect(stored()).toEqual({ assessments: [a], deletedAssessments: [{ id: 'b', deletedAt: 5 }] });
  });

  it('keeps another tab’s newer copy of an assessment rather than this tab’s older change', () => {
    storage.setItem(KEY, { state: data(assessment('a', 1)), version: SAVED_DATA_VERSION });
    mem.setItem(recordKey('a'), serializeAssessment(assessment('a', 9, '他のタブ')));
    storage.setItem(KEY, { state: data(assessment('a', 2, 'このタブ')), version: SAVED_DATA_VERSION });
    expect(stored().assessments[0]?.name).toBe('他のタブ');
  });

  it('refuses to write data that would not read back', () => {
    writeAsAnotherTab(data(assessment('a')));
    make().getItem(KEY);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { ...data(assessment('a')), assessments: [{ ...assessment('b'), name: 'x'.repeat(500) }] };
    storage.setItem(KEY, { state: broken, version: SAVED_DATA_VERSION });
    expect(status.get().writeFailure).toBe('invalid');
    expect(stored().assessments.map((a) => a.id)).toEqual(['a']);
  });

  it('merges in what another tab saved meanwhile instead of overwriting it', () => {
    storage.setItem(KEY, { state: data(assessment('a', 1)), version: SAVED_DATA_VERSION });
    // Another tab adds b and renames a, later than this tab's copy.
    writeAsAnotherTab(data(assessment('a', 5, '他のタブで変更'), assessment('b', 5)));
    storage.setItem(KEY, {
      state: data(assessment('a', 1), assessment('c', 6)),
      version: SAVED_DATA_VERSION,
    });
    expect(stored().assessments.map((a) => `${a.id}:${a.name}`)).toEqual([
      'a:他のタブで変更',
      'b:診断b',
      'c:診断c',
    ]);
  });

  it('stops writing when another tab has saved data of a newer version', () => {
    const newer = envelope(data(), SAVED_DATA_VERSION + 1);
    mem.setItem(KEY, newer);
    storage.setItem(KEY, { state: data(assessment('a')), version: SAVED_DATA_VERSION });
    expect(mem.getItem(KEY)).toBe(newer);
    expect(status.get().writeFailure).toBe('newer-elsewhere');
  });

  it('does not rewrite identical text', () => {
    storage.setItem(KEY, { state: data(assessment('a')), version: SAVED_DATA_VERSION });
    const before = mem.writes;
    storage.setItem(KEY, { state: data(assessment('a')), version: SAVED_DATA_VERSION });
    expect(mem.writes).toBe(before);
  });
});

describe('receive', () => {
  beforeEach(() => storage.getItem(KEY));

  it('returns the assessment another tab saved', () => {
    expect(storage.receive(recordKey('a'), serializeAssessment(assessment('a')))).toEqual(
      data(assessment('a')),
    );
  });

  it('returns the assessments another tab added, and its deletions, when its index changes', () => {
    writeAsAnotherTab({ assessments: [assessment('b')], deletedAssessments: [{ id: 'x', deletedAt: 3 }] });
    expect(storage.receive(KEY, mem.getItem(KEY))).toEqual({
      assessments: [assessment('b')],
      deletedAssessments: [{ id: 'x', deletedAt: 3 }],
    });
  });

  it('ignores a removed key and what this tab wrote itself', () => {
    expect(storage.receive(KEY, null)).toBeNull();
    storage.setItem(KEY, { state: data(assessment('a')), version: SAVED_DATA_VERSION });
    expect(storage.receive(KEY, mem.getItem(KEY))).toBeNull();
    expect(storage.receive(recordKey('a'), mem.getItem(recordKey('a')))).toBeNull();
  });

  it('backs up damaged text written elsewhere and reports it', () => {
    expect(storage.receive(KEY, '{oops')).toBeNull();
    expect(status.get().unreadable?.reason).toBe('not-json');
    expect(backups()).toHaveLength(1);
  });

  it('stops writing once a newer version of the app has saved', () => {
    expect(storage.receive(KEY, envelope(data(), SAVED_DATA_VERSION + 1))).toBeNull();
    expect(status.get().writeFailure).toBe('newer-elsewhere');
  });
});
