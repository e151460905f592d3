import type { Page } from '@playwright/test';
import type { Assessment, Environment, MethodId } from '../../src/domain/assessment';
import { SAVED_DATA_VERSION } from '../../src/domain/saved-data';
import { RECORD_DB } from '../../src/state/record-db';
import { STORAGE_KEY } from '../../src/state/storage-key';

/** An environment as the app saves it, with nothing answered unless `extra` says otherwise. */
export function environment(
  id: string,
  name: string,
  method: MethodId | null,
  extra: Partial<Environment> = {},
  at = Date.now(),
): Environment {
  return {
    id,
    name,
    method,
    path: [],
    scope: {},
    overrides: [],
    answers: {},
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}

/** An assessment as the app saves it. */
export function assessment(
  id: string,
  name: string,
  environments: Environment[],
  extra: Partial<Assessment> = {},
  at = Date.now(),
): Assessment {
  return {
    id,
    name,
    organisation: '',
    assessor: '',
    catalogueVersion: '2021.05.1',
    environments,
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}

/**
 * Stores assessments in the app's saved-data format before the app starts, only while the key is empty: a
 * reload, or a second tab of the same context, finds what the app saved since, as a user's would.
 */
export async function seedAssessments(page: Page, assessments: Assessment[]): Promise<void> {
  const data = {
    state: { assessments, deletedAssessments: [] },
    version: SAVED_DATA_VERSION,
  };
  await page.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [STORAGE_KEY, JSON.stringify(data)] as const,
  );
}

/**
 * Every record the app keeps in IndexedDB (see src/state/record-db.ts), key → text, with the journal entries
 * still in localStorage over them (they are the newer text).
 */
export async function storedRecords(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    async ({ key, db }) => {
      const texts: Record<string, string> = {};
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(db.name, db.version);
        open.onupgradeneeded = () => open.result.createObjectStore(db.store);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const store = database.transaction(db.store).objectStore(db.store);
      const [keys, values] = await Promise.all(
        [store.getAllKeys(), store.getAll()].map(
          (r) =>
            new Promise<unknown[]>((resolve, reject) => {
              r.onsuccess = () => resolve(r.result as unknown[]);
              r.onerror = () => reject(r.error);
            }),
        ),
      );
      database.close();
      keys!.forEach((k, i) => (texts[String(k)] = String(values![i])));
      for (const k of Object.keys(localStorage))
        if (k.startsWith(`${key}.a.`)) texts[k] = localStorage.getItem(k)!;
      return texts;
    },
    { key: STORAGE_KEY, db: RECORD_DB },
  );
}

/** The assessments stored in the browser, in the order of the index (each in its own record). */
export async function storedAssessments(page: Page): Promise<Assessment[]> {
  const index = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  if (!index) return [];
  const records = await storedRecords(page);
  return (JSON.parse(index) as { index: { ids: string[] } }).index.ids.map(
    (id) => (JSON.parse(records[`${STORAGE_KEY}.a.${id}`]!) as { assessment: Assessment }).assessment,
  );
}

/**
 * Stores the app's data exactly as given, key → text, where the app keeps it today: the index (the main key)
 * in localStorage, each assessment's record in IndexedDB. Done on a page of the app's origin before the app is
 * opened (IndexedDB cannot be filled synchronously before a page's scripts run).
 */
export async function seedRecords(page: Page, texts: Record<string, string>): Promise<void> {
  await page.goto('./manifest.webmanifest');
  await page.evaluate(
    async ({ key, texts, db }) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(db.name, db.version);
        open.onupgradeneeded = () => open.result.createObjectStore(db.store);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = database.transaction(db.store, 'readwrite');
      for (const [k, v] of Object.entries(texts)) {
        if (k === key) localStorage.setItem(k, v);
        else tx.objectStore(db.store).put(v, k);
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onabort = () => reject(tx.error);
      });
      database.close();
    },
    { key: STORAGE_KEY, texts, db: RECORD_DB },
  );
}
