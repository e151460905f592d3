/** The one localStorage key of the app's data (kept apart so the page layout can name it without loading the store). */
export const STORAGE_KEY = 'telework-security-checklist';
