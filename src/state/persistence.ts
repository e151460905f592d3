import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { summary } from 'virtual:catalogue-summary';
import type { Assessment } from '../domain/assessment';
import { mergeSavedData, newer } from '../domain/merge-saved-data';
import {
  SAVED_DATA_VERSION,
  hasUniqueIds,
  migrateSavedData,
  readMainKey,
  readStoredAssessment,
  savedIndexSchema,
  serializeAssessment,
  serializeIndex,
  validateAssessment,
  type MigrationContext,
  type SavedData,
  type SavedIndex,
  type UnreadableReason,
} from '../domain/saved-data';
import { openRecordStore, type RecordStore } from './record-db';
import { storageStatus, type StorageStatusStore, type WriteFailure } from './storage-status';
import { STORAGE_KEY, assessmentKey, assessmentKeyPrefix, registerRecordTexts } from './storage-key';
import type { AppState } from './types';

export { STORAGE_KEY };
export const STORAGE_VERSION = SAVED_DATA_VERSION;

/**
 * The browser side of saving: a storage for the zustand persist middleware that never loses the user's work,
 * and whose cost follows what changed, not how much is stored.
 *
 * - Layout: each assessment is stored in its own record (`<key>.a.<id>`: in IndexedDB through record-db.ts, or
 *   in the same Storage where there is none), and the main key holds a small index (the ids in order, and the
 *   remembered deletions). A change rewrites only the assessments whose
 *   object changed (the store's updates are immutable, so that is a reference check) and the index when it
 *   changed: typing a note validates, serialises and writes that one assessment. Records are written before
 *   the index that lists them, so a write cut short never leaves the index naming a record that is not there.
 * - Data in the older one-key layout (versions 0 and 1) is validated, migrated and then written in the new
 *   layout; the old text is first kept under a backup key when there is room for it.
 * - What is read back is validated before the app uses it, record by record. An unusable record is copied to
 *   a backup key and reported on its own (the others load); nothing is written before the main key has been
 *   read and validated, and nothing invalid is ever written.
 * - A failing write (storage full, switched off) leaves the app working in memory and is reported.
 * - Before writing, what another tab saved in the meantime is merged in (see merge-saved-data.ts; tab-sync.ts
 *   brings it into this tab's store), so a tab never overwrites another tab's newer changes.
 */

export interface SafeStorageOptions {
  key: string;
  /** The Storage to use. May throw (a sandboxed frame or blocked site data throws on mere access). */
  storage: () => Storage | null | undefined;
  status: StorageStatusStore;
  ctx: MigrationContext;
  now?: () => number;
  /**
   * Where the assessments' records are kept (see record-db.ts). Absent: in `storage`, beside the index (the
   * layout of version 2, used where IndexedDB does not exist). Null: IndexedDB exists but could not be opened,
   * so records are looked for in `storage`, and an index that lists records not found there is not overwritten
   * (they are most likely in the database that could not be opened this time).
   */
  records?: RecordStore | null;
}

export interface SafeStorage extends PersistStorage<SavedData> {
  /** Whether a storage key (of a `storage` event) is one of this data's keys. */
  owns: (key: string | null) => boolean;
  /**
   * Takes in a value another tab has just written under `key`. Returns the data to merge into this tab's (the
   * assessments it changed or added, and the deletions), or null when there is nothing to merge (removed,
   * unreadable, newer version: each handled and reported here).
   */
  receive: (key: string, raw: string | null) => SavedData | null;
  /** The keys whose stored text differs from what this tab last read or wrote, with that text. */
  changedSinceKnown: () => [key: string, raw: string | null][];
  /** Present when records are kept apart (IndexedDB): reads them again before `changedSinceKnown`. */
  refresh?: () => Promise<void>;
}

/** The prefix of backup keys: `<key>.backup-<time>`. */
export function backupPrefix(key: string): string {
  return `${key}.backup-`;
}

export function classify(e: unknown): WriteFailure {
  if (e instanceof DOMException) {
    // Browsers have named (and numbered) the full-storage error differently over the years.
    if (
      e.name === 'QuotaExceededError' ||
      e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      e.code === 22 ||
      e.code === 1014
    ) {
      return 'quota';
    }
  }
  return 'unavailable';
}

/** Thrown inside a write to stop it with the given failure reported. */
class WriteStop extends Error {
  constructor(readonly failure: WriteFailure) {
    super(failure);
  }
}

export function createSafeStorage({
  key,
  storage,
  status,
  ctx,
  now = Date.now,
  records,
}: SafeStorageOptions): SafeStorage {
  const prefix = assessmentKeyPrefix(key);
  const recordKey = (id: string) => assessmentKey(id, key);
  /** False until a read has been validated, and again whenever writing would destroy something. */
  let writable = false;
  /** The main key's text as this tab last read or wrote it: anything else found there came from another tab. */
  let knownIndex: string | null = null;
  /** Each record's text as this tab last read or wrote it. */
  const knownRecords = new Map<string, string>();
  /**
   * The assessment object each record holds (as read, written or received). The store replaces an assessment's
   * object whenever it changes, so an assessment whose object is still this one needs no validation or write.
   */
  const stored = new Map<string, Assessment>();
  /** How many records the last index read listed but were not found. */
  let missing = 0;

  const access = (): Storage | null => {
    try {
      return storage() ?? null;
    } catch {
      return null;
    }
  };

  /** The storage of the records: the record store, or the index's own storage. */
  const rec = (s: Storage): Pick<RecordStore, 'getItem' | 'setItem' | 'removeItem'> => records ?? s;

  const fail = (writeFailure: WriteFailure) => status.set({ save: 'failed', writeFailure });

  /** Copies `raw` to a new backup key, or finds an existing backup with the same text. Returns the key or null. */
  const backUp = (s: Storage, raw: string, label = ''): string | null => {
    try {
      const backups = backupPrefix(key);
      for (let i = 0; i < s.length; i += 1) {
        const k = s.key(i);
        if (k?.startsWith(backups) && s.getItem(k) === raw) return k;
      }
      const base = `${backups}${label}${new Date(now()).toISOString().replace(/[:.]/g, '-')}`;
      let candidate = base;
      for (let n = 2; s.getItem(candidate) !== null; n += 1) candidate = `${base}-${n}`;
      s.setItem(candidate, raw);
      return candidate;
    } catch {
      return null;
    }
  };

  /** Keeps unusable stored text safe and tells the user. Returns whether it is now safe to overwrite it. */
  const quarantine = (s: Storage, raw: string, reason: UnreadableReason, label = ''): boolean => {
    const backupKey = backUp(s, raw, label);
    status.set({ unreadable: { reason, raw, backupKey, foundAt: now() } });
    return backupKey !== null;
  };

  const probe = (s: Storage) => {
    // Catches storage that reads but refuses every write (some private modes, a full quota) before the user
    // has done any work they would lose.
    try {
      s.setItem(`${key}.probe`, '1');
      s.removeItem(`${key}.probe`);
    } catch (e) {
      fail(classify(e));
    }
  };

  /**
   * Reads one record. A damaged one is backed up, reported on its own and removed (once its copy exists), so
   * that it never hides the others. Returns the assessment, or null.
   */
  const readRecord = (s: Storage, id: string, raw: string): Assessment | null => {
    const r = readStoredAssessment(raw, id);
    if (r.kind === 'ok') {
      knownRecords.set(id, raw);
      stored.set(id, r.assessment);
      return r.assessment;
    }
    if (r.reason === 'newer-version') {
      writable = false;
      fail('newer-elsewhere');
    } else if (quarantine(s, raw, r.reason, `${id}-`)) {
      try {
        rec(s).removeItem(recordKey(id));
      } catch {
        // It stays where it is, and a copy exists: nothing is lost.
      }
    } else {
      writable = false;
      fail('blocked');
    }
    return null;
  };

  /** The records an index lists that this tab does not hold yet, read and validated. */
  const readNewRecords = (s: Storage, index: SavedIndex): Assessment[] => {
    const found: Assessment[] = [];
    missing = 0;
    for (const id of index.ids) {
      if (stored.has(id)) continue;
      const raw = rec(s).getItem(recordKey(id));
      // Missing: deleted by another tab after it wrote this index; its new index brings the deletion.
      if (raw === null) {
        missing += 1;
        continue;
      }
      const a = readRecord(s, id, raw);
      if (a) found.push(a);
    }
    return found;
  };

  /** What another tab has written to the main key since this tab last saw it, as data to merge. */
  const theirMainKey = (s: Storage, raw: string): SavedData | null => {
    const r = readMainKey(raw, ctx);
    if (r.kind === 'index')
      return { assessments: readNewRecords(s, r.index), deletedAssessments: r.index.deletedAssessments };
    if (r.kind === 'ok') return r.data;
    if (r.kind === 'unreadable') {
      if (r.reason === 'newer-version') {
        writable = false;
        throw new WriteStop('newer-elsewhere');
      }
      if (!quarantine(s, raw, r.reason)) {
        writable = false;
        throw new WriteStop('blocked');
      }
    }
    return null;
  };

  const write = (value: StorageValue<SavedData>) => {
    if (!writable) {
      if (!status.get().writeFailure) fail('blocked');
      else status.set({ save: 'failed' });
      return;
    }
    const s = access();
    if (!s) return fail('unavailable');
    const mine: SavedData = value.state;
    // Only assessments whose object changed are validated and written: a click or a key press touches one.
    const changed = mine.assessments.filter((a) => stored.get(a.id) !== a);
    for (const a of changed) {
      const checked = validateAssessment(a);
      if (!checked.ok) {
        console.error('Not saving an assessment that would not read back:', checked.detail);
        return fail('invalid');
      }
    }
    if (!hasUniqueIds(mine.assessments)) {
      console.error('Not saving data that would not read back: two assessments share an id');
      return fail('invalid');
    }
    try {
      let data = mine;
      const current = s.getItem(key);
      if (current !== null && current !== knownIndex) {
        const theirs = theirMainKey(s, current);
        if (theirs) data = mergeSavedData(data, theirs);
      }
      const index: SavedIndex = {
        ids: data.assessments.map((a) => a.id),
        deletedAssessments: data.deletedAssessments,
      };
      const checkedIndex = savedIndexSchema.safeParse(index);
      if (!checkedIndex.success) {
        console.error('Not saving an index that would not read back:', checkedIndex.error);
        return fail('invalid');
      }
      const listed = new Set(index.ids);
      for (const a of changed) {
        if (!listed.has(a.id)) continue;
        const k = recordKey(a.id);
        const there = rec(s).getItem(k);
        if (there !== null && there !== knownRecords.get(a.id)) {
          // Another tab saved this assessment since this tab last did: keep theirs if it is newer (it then
          // reaches this tab's store through tab-sync.ts).
          const r = readStoredAssessment(there, a.id);
          if (r.kind === 'ok' && newer(a, r.assessment) !== a) continue;
        }
        const text = serializeAssessment(a);
        if (text !== there) rec(s).setItem(k, text);
        knownRecords.set(a.id, text);
        stored.set(a.id, a);
      }
      const indexText = serializeIndex(checkedIndex.data);
      if (indexText !== current) s.setItem(key, indexText);
      knownIndex = indexText;
      // Records of deleted assessments go once the index no longer lists them.
      for (const id of [...stored.keys()]) {
        if (listed.has(id)) continue;
        rec(s).removeItem(recordKey(id));
        stored.delete(id);
        knownRecords.delete(id);
      }
      status.set({ save: 'saved', writeFailure: null });
    } catch (e) {
      fail(e instanceof WriteStop ? e.failure : classify(e));
    }
  };

  return {
    getItem: () => {
      const s = access();
      let raw: string | null;
      try {
        if (!s) throw new Error('no storage');
        raw = s.getItem(key);
      } catch {
        fail('unavailable');
        return null;
      }
      const result = readMainKey(raw, ctx);
      if (result.kind === 'unreadable') {
        writable = quarantine(s, raw!, result.reason);
        if (!writable) fail('blocked');
        // Dealt with: the first change may replace it, now that a copy is kept.
        knownIndex = raw;
        return null;
      }
      writable = true;
      knownIndex = raw;
      probe(s);
      if (result.kind === 'empty') return null;
      if (result.kind === 'index') {
        let assessments: Assessment[];
        try {
          assessments = readNewRecords(s, result.index);
        } catch {
          fail('unavailable');
          return null;
        }
        if (records === null && missing > 0) {
          // The records are most likely in IndexedDB, which could not be opened: keep the index that lists them.
          writable = false;
          fail('unavailable');
        }
        return {
          state: { assessments, deletedAssessments: result.index.deletedAssessments },
          version: SAVED_DATA_VERSION,
        };
      }
      // The older one-key layout: the first write stores it in the new layout (all its records are new here).
      if (result.version < SAVED_DATA_VERSION) {
        // Keep the old text too, in case a migration ever turns out wrong; then let the persist middleware call
        // `migrate` with the stored state, as it does for every older version, and save the result.
        backUp(s, raw!, `v${result.version}-`);
        return { state: result.state as SavedData, version: result.version };
      }
      return { state: result.data, version: SAVED_DATA_VERSION };
    },
    setItem: (_name, value) => write(value),
    removeItem: () => {
      // Only the store's own `clearStorage` calls this; the user's data is never removed behind their back.
      try {
        const s = access();
        if (!s) return;
        for (const id of stored.keys()) rec(s).removeItem(recordKey(id));
        s.removeItem(key);
        stored.clear();
        knownRecords.clear();
        knownIndex = null;
      } catch {
        // Nothing was removed: the data stays, which is the safe outcome.
      }
    },
    owns: (k) => k === key || (k !== null && k.startsWith(prefix)),
    receive: (k, raw) => {
      const s = access();
      if (!s || raw === null) return null;
      try {
        if (k === key) {
          if (raw === knownIndex) return null;
          const theirs = theirMainKey(s, raw);
          knownIndex = raw;
          return theirs;
        }
        if (!k.startsWith(prefix)) return null;
        const id = k.slice(prefix.length);
        if (raw === knownRecords.get(id)) return null;
        const a = readRecord(s, id, raw);
        // Another tab wrote it (a journal entry, see record-db.ts) and stores it itself: keep this tab's copy.
        if (a) records?.adopt?.(k, raw);
        return a ? { assessments: [a], deletedAssessments: [] } : null;
      } catch (e) {
        if (e instanceof WriteStop) fail(e.failure);
        return null;
      }
    },
    ...(records?.refresh ? { refresh: records.refresh } : {}),
    changedSinceKnown: () => {
      const s = access();
      if (!s) return [];
      try {
        const changed: [string, string | null][] = [];
        const index = s.getItem(key);
        if (index !== knownIndex) changed.push([key, index]);
        for (const id of stored.keys()) {
          const raw = rec(s).getItem(recordKey(id));
          if (raw !== knownRecords.get(id)) changed.push([recordKey(id), raw]);
        }
        return changed;
      } catch {
        return [];
      }
    },
  };
}

const ctx: MigrationContext = { catalogueVersion: summary.version };

/**
 * The app's storage: the index in localStorage under `STORAGE_KEY`, the records in IndexedDB (see
 * record-db.ts), or in localStorage where there is no IndexedDB (`records` undefined).
 */
export function createAppStorage(records: RecordStore | null | undefined): SafeStorage {
  return createSafeStorage({
    key: STORAGE_KEY,
    storage: () => window.localStorage,
    status: storageStatus,
    ctx,
    records,
  });
}

/**
 * Opens the app's record store: IndexedDB when the browser has it (null when it cannot be opened), undefined
 * where there is none (Node, the test DOM).
 */
export async function openAppRecords(): Promise<RecordStore | null | undefined> {
  if (typeof window === 'undefined' || typeof indexedDB === 'undefined') return undefined;
  const records = await openRecordStore({
    key: STORAGE_KEY,
    storage: () => window.localStorage,
    indexedDB: () => window.indexedDB,
    onWriteError: (e) => storageStatus.set({ save: 'failed', writeFailure: classify(e) }),
  });
  if (records?.texts) registerRecordTexts(records.texts);
  return records;
}

/** The part of the state that is saved. */
export function savedPart(s: Pick<AppState, keyof SavedData>): SavedData {
  return { assessments: s.assessments, deletedAssessments: s.deletedAssessments };
}

export function createPersistOptions(storage: SafeStorage): PersistOptions<AppState, SavedData> {
  return {
    name: STORAGE_KEY,
    version: SAVED_DATA_VERSION,
    storage,
    partialize: savedPart,
    migrate: (persisted, version) => migrateSavedData(persisted, version, ctx),
    // What arrives here was validated by the storage (or by `migrate`); undefined when nothing usable was stored.
    merge: (persisted, current) => (persisted ? { ...current, ...(persisted as SavedData) } : current),
  };
}
