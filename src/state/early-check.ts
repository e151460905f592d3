import { SAVED_DATA_VERSION } from '../domain/saved-data-version';
import { STORAGE_KEY } from './storage-key';

/**
 * A quick look at storage for the first screen, which does not load the store (and zod) to stay small.
 * True when something is plainly wrong or is to be migrated: storage that cannot be read or written, text
 * that is not JSON, not this app's index (data in the older one-key layout), or another version. The caller then loads the store at once, so that the full check
 * runs and the user is told on whatever screen they opened. Anything subtler is found when the store loads
 * with the first screen that shows data.
 */
export function storageNeedsAttention(
  getStorage: () => Storage = () => window.localStorage,
  key = STORAGE_KEY,
): boolean {
  try {
    const storage = getStorage();
    const raw = storage.getItem(key);
    storage.setItem(`${key}.probe`, '1');
    storage.removeItem(`${key}.probe`);
    if (raw === null) return false;
    // Only the small index is read here, however many assessments are stored. Data in the older one-key
    // layout (`{ state, version }`) also needs the store at once, to be migrated.
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object') return true;
    const { index, version } = value as { index?: unknown; version?: unknown };
    return version !== SAVED_DATA_VERSION || !index || typeof index !== 'object';
  } catch {
    return true;
  }
}
