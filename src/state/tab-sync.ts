import { mergeSavedData, sameSavedData } from '../domain/merge-saved-data';
import { appStorage, savedPart, STORAGE_KEY, type SafeStorage } from './persistence';
import type { AppState } from './types';

interface SyncedStore {
  getState: () => AppState;
  setState: (partial: Partial<AppState>) => void;
}

/**
 * Keeps this tab in step with the app open in other tabs: when another tab saves, its data is merged into this
 * tab's (each assessment from whichever side changed it last), and the merged result is saved only if this tab
 * had something newer. The same happens when the tab comes back to the foreground, in case the browser held
 * back events while it was in the background. Returns a function that stops listening.
 */
export function startTabSync(
  store: SyncedStore,
  storage: SafeStorage = appStorage,
  key = STORAGE_KEY,
): () => void {
  const takeIn = (raw: string | null) => {
    const theirs = storage.receive(raw);
    if (!theirs) return;
    const mine = savedPart(store.getState());
    const merged = mergeSavedData(mine, theirs);
    // Setting the state saves it; skipping unchanged data is what stops two tabs from writing back and forth.
    if (!sameSavedData(merged, mine)) store.setState(merged);
  };

  const onStorage = (e: StorageEvent) => {
    if (e.key !== key) return;
    takeIn(e.newValue);
  };
  const onVisible = () => {
    if (document.visibilityState !== 'visible') return;
    const raw = storage.readRaw();
    if (raw !== undefined) takeIn(raw);
  };

  window.addEventListener('storage', onStorage);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    window.removeEventListener('storage', onStorage);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
