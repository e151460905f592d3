import { savedIndexSchema, serializeIndex } from '../domain/saved-data';
import { assessmentKeyPrefix } from './storage-key';

/**
 * Where each assessment's record is kept: IndexedDB, whose quota is a share of the disk (hundreds of MB or more)
 * rather than localStorage's 5 M characters per site, so that 100 fully noted assessments (about 6 M
 * characters) fit. The small index stays in localStorage (see persistence.ts): it is read synchronously by the
 * first screen, and its `storage` events keep open tabs in step.
 *
 * The records are read once when the store loads, and from then on served from memory, so that the rest of
 * the saving logic stays synchronous: `getItem` answers from memory, `setItem` updates memory, writes the text
 * to localStorage under the record's usual key (a journal entry: durable at once, and a `storage` event that
 * brings it to the other tabs) and to IndexedDB, then removes the journal entry once IndexedDB has committed.
 * A journal entry found when the store loads is either a change whose IndexedDB write did not finish, or a
 * record of the older localStorage layout (version 2): either way the newest text of that record, moved into
 * IndexedDB here (kept in localStorage until the move has committed).
 */

/** The database and object store of the records (key: the record's localStorage key; value: its text). */
export const RECORD_DB = { name: 'telework-security-checklist', store: 'records', version: 1 } as const;

/** The record storage persistence.ts uses: synchronous, like localStorage. */
export interface RecordStore {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
  removeItem: (key: string) => void;
  /** Takes in a record another tab has written (and is storing itself): this tab's copy only. */
  adopt?: (key: string, value: string) => void;
  /** Every record's key and text, exactly as stored (for "download the stored data" when a screen fails). */
  texts?: () => [string, string][];
  /**
   * Reads every record from IndexedDB again into memory: for a tab coming back to the foreground (or from the
   * back-forward cache), which may have missed other tabs' `storage` events meanwhile.
   */
  refresh?: () => Promise<void>;
}

export interface OpenRecordStoreOptions {
  /** The main key of the app's data; records are `<key>.a.<id>`. */
  key: string;
  storage: () => Storage;
  indexedDB: () => IDBFactory;
  /** Called when a write to IndexedDB fails (after `setItem` has returned). */
  onWriteError: (error: unknown) => void;
}

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });

const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
  });

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const open = factory.open(RECORD_DB.name, RECORD_DB.version);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(RECORD_DB.store))
      open.result.createObjectStore(RECORD_DB.store);
  };
  // Another tab of a later version asks to upgrade: let it (this tab's writes then fail and are reported).
  return request(open).then((db) => {
    db.onversionchange = () => db.close();
    return db;
  });
}

/**
 * Opens the records in IndexedDB, reads them all and moves any journal entries of localStorage in. Resolves to
 * null when IndexedDB cannot be used (switched off, private mode of some browsers, a sandboxed frame): the
 * records then stay in localStorage, as in version 2.
 */
export async function openRecordStore({
  key,
  storage,
  indexedDB,
  onWriteError,
}: OpenRecordStoreOptions): Promise<RecordStore | null> {
  let db: IDBDatabase;
  const mirror = new Map<string, string>();
  const readAll = async () => {
    const tx = db.transaction(RECORD_DB.store, 'readonly');
    const store = tx.objectStore(RECORD_DB.store);
    const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    keys.forEach((k, i) => {
      if (typeof k === 'string' && typeof values[i] === 'string') mirror.set(k, values[i] as string);
    });
  };
  try {
    db = await openDatabase(indexedDB());
    await readAll();
  } catch {
    return null;
  }

  const local = (): Storage | null => {
    try {
      return storage();
    } catch {
      return null;
    }
  };
  /** Removes a journal entry once its text is in IndexedDB, unless a newer change has replaced it since. */
  const settle = (k: string, value: string) => {
    try {
      const s = local();
      if (s?.getItem(k) === value) s.removeItem(k);
    } catch {
      // It stays as a journal entry, moved in again at the next start: nothing is lost.
    }
  };
  const put = (entries: [string, string][]): Promise<void> => {
    try {
      const tx = db.transaction(RECORD_DB.store, 'readwrite');
      const store = tx.objectStore(RECORD_DB.store);
      for (const [k, v] of entries) store.put(v, k);
      return committed(tx);
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  };

  // Journal entries and records of the older layout: the newest text of each, moved in.
  const prefix = assessmentKeyPrefix(key);
  const s = local();
  const journal: [string, string][] = [];
  if (s) {
    for (let i = 0; i < s.length; i += 1) {
      const k = s.key(i);
      const v = k?.startsWith(prefix) ? s.getItem(k) : null;
      if (k && v !== null) journal.push([k, v]);
    }
  }
  for (const [k, v] of journal) mirror.set(k, v);
  if (journal.length > 0) {
    try {
      await put(journal);
      for (const [k, v] of journal) settle(k, v);
    } catch (e) {
      // They stay in localStorage, and in memory: the app works, and says that saving failed.
      onWriteError(e);
    }
  }
  // Once every record is in IndexedDB, an index of version 2 becomes version 3, which tells a tab still
  // running the older version (that looks for records in localStorage) to stop writing instead of dropping them.
  if (s && !journal.some(([k]) => s.getItem(k) !== null)) upgradeIndex(s, key);

  return {
    // A journal entry is the newest text of its record, whichever tab wrote it: IndexedDB has not committed it yet.
    getItem: (k) => {
      try {
        const journal = local()?.getItem(k);
        if (journal != null) return journal;
      } catch {
        // Read from memory.
      }
      return mirror.get(k) ?? null;
    },
    setItem: (k, value) => {
      mirror.set(k, value);
      try {
        local()?.setItem(k, value);
      } catch {
        // No journal entry (localStorage full or refused): IndexedDB alone keeps it.
      }
      put([[k, value]]).then(() => settle(k, value), onWriteError);
    },
    removeItem: (k) => {
      mirror.delete(k);
      try {
        local()?.removeItem(k);
        const tx = db.transaction(RECORD_DB.store, 'readwrite');
        tx.objectStore(RECORD_DB.store).delete(k);
        committed(tx).catch(onWriteError);
      } catch (e) {
        onWriteError(e);
      }
    },
    adopt: (k, value) => void mirror.set(k, value),
    texts: () => [...mirror],
    refresh: () => readAll().catch(() => undefined),
  };
}

function upgradeIndex(s: Storage, key: string) {
  try {
    const raw = s.getItem(key);
    if (raw === null) return;
    const value = JSON.parse(raw) as { version?: unknown; index?: unknown };
    if (value.version !== 2) return;
    const index = savedIndexSchema.safeParse(value.index);
    // Anything else is left as it is, for persistence.ts to validate, back up and explain.
    if (index.success) s.setItem(key, serializeIndex(index.data));
  } catch {
    // Left at version 2: read the same way, and rewritten with the first change.
  }
}
