import { keepsMine, mergeSavedData } from '../domain/merge-saved-data';
import { SAVED_DATA_VERSION } from '../domain/saved-data';
import { savedPart, STORAGE_KEY, type SafeStorage } from './persistence';
import type { AppState } from './types';

interface SyncedStore {
  getState: () => AppState;
  setState: (partial: Partial<AppState>) => void;
}

/**
 * Keeps this tab in step with the app open in other tabs: when another tab saves an assessment or the index,
 * what it saved is merged into this tab's data (each assessment from whichever side changed it last). The same
 * happens when the tab comes back to the foreground, in case the browser held back events while it was in the
 * background. Only what the other tab wrote is read, so the cost does not grow with the number of assessments.
 * Returns a function that stops listening.
 */
export function startTabSync(store: SyncedStore, storage: SafeStorage): () => void {
  const takeIn = (key: string, raw: string | null) => {
    const theirs = storage.receive(key, raw);
    if (!theirs) return;
    const mine = savedPart(store.getState());
    const merged = mergeSavedData(mine, theirs);
    // Setting the state saves it; skipping unchanged data is what stops two tabs from writing back and forth.
    if (!keepsMine(merged, mine)) store.setState(merged);
    // This tab's copy is the newer one: save it again over what the other tab wrote (only what differs is written).
    else storage.setItem(STORAGE_KEY, { state: mine, version: SAVED_DATA_VERSION });
  };

  const onStorage = (e: StorageEvent) => {
    if (e.key === null || !storage.owns(e.key)) return;
    takeIn(e.key, e.newValue);
  };
  const catchUp = () => {
    for (const [key, raw] of storage.changedSinceKnown()) takeIn(key, raw);
  };
  const onVisible = () => {
    if (document.visibilityState !== 'visible') return;
    // Records kept in IndexedDB are read again first: their changes may have come while events were held back.
    if (storage.refresh) void storage.refresh().then(catchUp);
    else catchUp();
  };

  window.addEventListener('storage', onStorage);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    window.removeEventListener('storage', onStorage);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
