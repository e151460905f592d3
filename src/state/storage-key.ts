/** The main localStorage key of the app's data (kept apart so the page layout can name it without loading the store). */
export const STORAGE_KEY = 'telework-security-checklist';

/** The key of one assessment's record: `<key>.a.<id>` (see persistence.ts). */
export function assessmentKey(id: string, key = STORAGE_KEY): string {
  return `${assessmentKeyPrefix(key)}${id}`;
}
export function assessmentKeyPrefix(key = STORAGE_KEY): string {
  return `${key}.a.`;
}

let recordTexts: (() => [string, string][]) | null = null;

/** Makes `readStoredTexts` include the records kept outside localStorage (IndexedDB, see record-db.ts). */
export function registerRecordTexts(texts: () => [string, string][]): void {
  recordTexts = texts;
}

/**
 * Every stored text of the app's data (the index and each assessment's record), as one JSON object of key →
 * text, exactly as found: what a user can download when a screen fails, whatever is wrong with the data.
 */
export function readStoredTexts(storage: Storage = localStorage, key = STORAGE_KEY): string {
  const texts: Record<string, string> = {};
  const prefix = assessmentKeyPrefix(key);
  for (let i = 0; i < storage.length; i += 1) {
    const k = storage.key(i);
    if (k !== null && (k === key || k.startsWith(prefix))) texts[k] = storage.getItem(k) ?? '';
  }
  // A journal entry still in localStorage is newer than the database's text of the same record.
  for (const [k, v] of recordTexts?.() ?? []) if (k.startsWith(prefix) && !(k in texts)) texts[k] = v;
  return JSON.stringify(texts);
}
