import { useSyncExternalStore } from 'react';
import { isCalendar, type Calendar } from '../domain/dates';

/** Where the choice of 西暦 or 和暦 is remembered; a separate key from the assessment data, like the language. */
export const CALENDAR_KEY = 'telework-security-checklist.calendar';

const listeners = new Set<() => void>();
/** The choice for this page when storage is unavailable (private mode, quota): it lasts until a reload. */
let unsaved: Calendar | null = null;

function read(): Calendar {
  try {
    const saved = localStorage.getItem(CALENDAR_KEY);
    if (isCalendar(saved)) return saved;
  } catch {
    // Storage refused: fall through to the choice kept in memory.
  }
  return unsaved ?? 'gregorian';
}

/** Remembers the calendar and redraws every date on the page. */
export function setCalendar(calendar: Calendar): void {
  unsaved = calendar;
  try {
    localStorage.setItem(CALENDAR_KEY, calendar);
  } catch {
    // Kept in memory only; the choice still applies until the page is reloaded.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the choice.
  const onStorage = (e: StorageEvent) => {
    if (e.key === CALENDAR_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The calendar the user chose for dates (西暦 unless they chose 和暦). */
export function useCalendar(): Calendar {
  return useSyncExternalStore(subscribe, read, () => 'gregorian');
}
