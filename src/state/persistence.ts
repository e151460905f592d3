import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { summary } from 'virtual:catalogue-summary';
import { mergeSavedData } from '../domain/merge-saved-data';
import {
  SAVED_DATA_VERSION,
  migrateSavedData,
  readSavedData,
  savedDataSchema,
  hasUniqueIds,
  type MigrationContext,
  type SavedData,
} from '../domain/saved-data';
import { storageStatus, type StorageStatusStore, type WriteFailure } from './storage-status';
import { STORAGE_KEY } from './storage-key';
import type { AppState } from './types';

export { STORAGE_KEY };
export const STORAGE_VERSION = SAVED_DATA_VERSION;

/**
 * The browser side of saving: a storage for the zustand persist middleware that never loses the user's work.
 *
 * - What is read back is validated (and migrated) before the app uses it. Anything unusable is first copied
 *   to a backup key, never overwriting an earlier backup, and reported; the app then starts empty.
 * - Nothing is written before a read has been validated, so damaged data cannot be overwritten before its
 *   backup exists; and nothing invalid is ever written.
 * - A failing write (storage full, switched off) leaves the app working in memory and is reported.
 * - Before each write, data another tab saved in the meantime is merged in, so a tab never overwrites
 *   another tab's newer changes (see merge-saved-data.ts; tab-sync.ts brings them into this tab's store).
 */

export interface SafeStorageOptions {
  key: string;
  /** The Storage to use. May throw (a sandboxed frame or blocked site data throws on mere access). */
  storage: () => Storage | null | undefined;
  status: StorageStatusStore;
  ctx: MigrationContext;
  now?: () => number;
}

export interface SafeStorage extends PersistStorage<SavedData> {
  /**
   * Takes in a value another tab has just written. Returns its data to merge into this tab's, or null when
   * there is nothing to merge (removed, unreadable, newer version: each handled and reported here).
   */
  receive: (raw: string | null) => SavedData | null;
  /** The stored text as it is now; undefined when storage cannot be read. */
  readRaw: () => string | null | undefined;
}

/** The prefix of backup keys: `<key>.backup-<time>`. */
export function backupPrefix(key: string): string {
  return `${key}.backup-`;
}

function classify(e: unknown): WriteFailure {
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

export function createSafeStorage({
  key,
  storage,
  status,
  ctx,
  now = Date.now,
}: SafeStorageOptions): SafeStorage {
  /** False until a read has been validated, and again whenever writing would destroy something. */
  let writable = false;
  /** The last stored text this tab has read or written: anything else found there was written by another tab. */
  let known: string | null = null;

  const access = (): Storage | null => {
    try {
      return storage() ?? null;
    } catch {
      return null;
    }
  };

  const fail = (writeFailure: WriteFailure) => status.set({ save: 'failed', writeFailure });

  /** Copies `raw` to a new backup key, or finds an existing backup with the same text. Returns the key or null. */
  const backUp = (s: Storage, raw: string, label = ''): string | null => {
    try {
      const prefix = backupPrefix(key);
      for (let i = 0; i < s.length; i += 1) {
        const k = s.key(i);
        if (k?.startsWith(prefix) && s.getItem(k) === raw) return k;
      }
      const base = `${prefix}${label}${new Date(now()).toISOString().replace(/[:.]/g, '-')}`;
      let candidate = base;
      for (let n = 2; s.getItem(candidate) !== null; n += 1) candidate = `${base}-${n}`;
      s.setItem(candidate, raw);
      return candidate;
    } catch {
      return null;
    }
  };

  /** Keeps unusable stored text safe and tells the user. Returns whether it is now safe to overwrite it. */
  const quarantine = (
    s: Storage,
    raw: string,
    reason: 'not-json' | 'unrecognised' | 'newer-version',
  ): boolean => {
    const backupKey = backUp(s, raw);
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

  const validatedAssessments = new WeakSet<object>();

  const write = (value: StorageValue<SavedData>) => {
    if (!writable) {
      if (!status.get().writeFailure) fail('blocked');
      else status.set({ save: 'failed' });
      return;
    }
    const s = access();
    if (!s) return fail('unavailable');
    // The store's updates are immutable, so an assessment object that passed once cannot have changed since:
    // validate only the ones this change touched (a click changes one), and the ids of all of them.
    const fresh = value.state.assessments.filter((a) => !validatedAssessments.has(a));
    const checked = savedDataSchema.safeParse({ ...value.state, assessments: fresh });
    if (!checked.success || !hasUniqueIds(value.state.assessments)) {
      console.error(
        'Not saving data that would not read back:',
        checked.error ?? 'two assessments share an id',
      );
      return fail('invalid');
    }
    for (const a of fresh) validatedAssessments.add(a);
    let data: SavedData = { ...value.state, deletedAssessments: checked.data.deletedAssessments };
    let current: string | null;
    try {
      current = s.getItem(key);
    } catch (e) {
      return fail(classify(e));
    }
    if (current !== null && current !== known) {
      const theirs = readSavedData(current, ctx);
      if (theirs.kind === 'ok') data = mergeSavedData(data, theirs.data);
      else if (theirs.kind === 'unreadable') {
        if (theirs.reason === 'newer-version') {
          writable = false;
          return fail('newer-elsewhere');
        }
        if (!quarantine(s, current, theirs.reason)) {
          writable = false;
          return fail('blocked');
        }
      }
    }
    const text = JSON.stringify({ state: data, version: SAVED_DATA_VERSION });
    try {
      if (text !== current) s.setItem(key, text);
      known = text;
      status.set({ save: 'saved', writeFailure: null });
    } catch (e) {
      fail(classify(e));
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
      const result = readSavedData(raw, ctx);
      if (result.kind === 'unreadable') {
        writable = quarantine(s, raw!, result.reason);
        if (!writable) fail('blocked');
        // Dealt with: the first change may replace it, now that a copy is kept.
        known = raw;
        return null;
      }
      writable = true;
      known = raw;
      probe(s);
      if (result.kind === 'empty') return null;
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
        access()?.removeItem(key);
        known = null;
      } catch {
        // Nothing was removed: the data stays, which is the safe outcome.
      }
    },
    receive: (raw) => {
      if (raw === null || raw === known) return null;
      const s = access();
      const result = readSavedData(raw, ctx);
      if (result.kind === 'ok') {
        known = raw;
        return result.data;
      }
      if (result.kind === 'unreadable' && s) {
        if (result.reason === 'newer-version') {
          writable = false;
          fail('newer-elsewhere');
        } else if (quarantine(s, raw, result.reason)) {
          known = raw;
        } else {
          writable = false;
          fail('blocked');
        }
      }
      return null;
    },
    readRaw: () => {
      try {
        return access()?.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
  };
}

const ctx: MigrationContext = { catalogueVersion: summary.version };

/** The app's storage: localStorage under `STORAGE_KEY`. */
export const appStorage = createSafeStorage({
  key: STORAGE_KEY,
  storage: () => window.localStorage,
  status: storageStatus,
  ctx,
});

/** The part of the state that is saved. */
export function savedPart(s: Pick<AppState, keyof SavedData>): SavedData {
  return {
    assessments: s.assessments,
    activeAssessmentId: s.activeAssessmentId,
    deletedAssessments: s.deletedAssessments,
  };
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

export const persistOptions = createPersistOptions(appStorage);
