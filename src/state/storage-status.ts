import { useSyncExternalStore } from 'react';
import type { UnreadableReason } from '../domain/saved-data';

/**
 * What the layout needs to know about saving: whether the last change reached the browser's storage, and
 * what went wrong when it did not.
 *
 * This lives beside the app store rather than in it on purpose: the store saves itself on every change,
 * so recording "saved" in the store would itself be a change to save, and so on.
 */

/** Why changes are being kept in memory only. */
export type WriteFailure =
  /** The browser's storage for this site is full. */
  | 'quota'
  /** Storage is switched off or refused (private browsing, blocked site data, sandboxed frame). */
  | 'unavailable'
  /** Stored data could not be read and could not be backed up either, so it is not overwritten. */
  | 'blocked'
  /** Another tab runs a newer version of the app and has saved data this version cannot read. */
  | 'newer-elsewhere'
  /** The data in memory did not pass validation: writing it would leave unreadable data behind. */
  | 'invalid';

export interface UnreadableData {
  reason: UnreadableReason;
  /** The stored text exactly as found, for the user to download. */
  raw: string;
  /** Where a copy was kept in the browser, or null when that failed. */
  backupKey: string | null;
  /** When the problem was found (ms since the epoch). */
  foundAt: number;
}

export interface StorageStatus {
  /** `idle` until the first change of this visit is saved. */
  save: 'idle' | 'saved' | 'failed';
  writeFailure: WriteFailure | null;
  /**
   * Stored data that could not be used, until the user dismisses the notice. When several records are
   * unreadable (each assessment is stored on its own), they are explained one by one: setting a second one
   * while one is shown queues it, and dismissing one shows the next.
   */
  unreadable: UnreadableData | null;
}

export interface StorageStatusStore {
  get: () => StorageStatus;
  set: (patch: Partial<StorageStatus>) => void;
  subscribe: (listener: () => void) => () => void;
}

const INITIAL: StorageStatus = { save: 'idle', writeFailure: null, unreadable: null };

export function createStorageStatusStore(): StorageStatusStore {
  let status: StorageStatus = INITIAL;
  const queued: UnreadableData[] = [];
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set: (requested) => {
      const patch = { ...requested };
      if (patch.unreadable && status.unreadable && patch.unreadable.raw !== status.unreadable.raw) {
        if (!queued.some((u) => u.raw === patch.unreadable!.raw)) queued.push(patch.unreadable);
        delete patch.unreadable;
      } else if (patch.unreadable === null && queued.length > 0) {
        patch.unreadable = queued.shift()!;
      }
      const next = { ...status, ...patch };
      if ((Object.keys(patch) as (keyof StorageStatus)[]).every((k) => next[k] === status[k])) return;
      status = next;
      listeners.forEach((l) => l());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's one status store, written by persistence.ts. */
export const storageStatus = createStorageStatusStore();

/** The storage status, re-rendering when it changes. */
export function useStorageStatus(store: StorageStatusStore = storageStatus): StorageStatus {
  // The pre-rendered first screen knows nothing of this browser's storage; hydration starts from there.
  return useSyncExternalStore(store.subscribe, store.get, () => INITIAL);
}
