import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorage, backupPrefix, type SafeStorage } from '../../../src/state/persistence';
import { createStorageStatusStore, type StorageStatusStore } from '../../../src/state/storage-status';
import { SAVED_DATA_VERSION, type SavedData, type SavedDataV0 } from '../../../src/domain/saved-data';
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
  return { assessments, activeAssessmentId: null, deletedAssessments: [] };
}
const envelope = (state: unknown, version = SAVED_DATA_VERSION) => JSON.stringify({ state, version });

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

const stored = (): SavedData => (JSON.parse(mem.getItem(KEY)!) as { state: SavedData }).state;
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

  it('gives back valid current data as it was saved', () => {
    mem.setItem(KEY, envelope(data(assessment('a'))));
    expect(storage.getItem(KEY)).toEqual({ state: data(assessment('a')), version: SAVED_DATA_VERSION });
    expect(backups()).toEqual([]);
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

  it('refuses to write data that would not read back', () => {
    mem.setItem(KEY, envelope(data(assessment('a'))));
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
    mem.setItem(KEY, envelope(data(assessment('a', 5, '他のタブで変更'), assessment('b', 5))));
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

  it('returns another tab’s valid data', () => {
    expect(storage.receive(envelope(data(assessment('a'))))).toEqual(data(assessment('a')));
  });

  it('ignores a removed key and what this tab wrote itself', () => {
    expect(storage.receive(null)).toBeNull();
    storage.setItem(KEY, { state: data(assessment('a')), version: SAVED_DATA_VERSION });
    expect(storage.receive(mem.getItem(KEY))).toBeNull();
  });

  it('backs up damaged text written elsewhere and reports it', () => {
    expect(storage.receive('{oops')).toBeNull();
    expect(status.get().unreadable?.reason).toBe('not-json');
    expect(backups()).toHaveLength(1);
  });

  it('stops writing once a newer version of the app has saved', () => {
    expect(storage.receive(envelope(data(), SAVED_DATA_VERSION + 1))).toBeNull();
    expect(status.get().writeFailure).toBe('newer-elsewhere');
  });
});
