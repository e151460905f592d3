// Which language the app shows, decided without i18next, so that the early parts of the page (the deep-link
// hints, the catalogue) can decide it too. public/language.js makes the same decision before the first paint
// (tests/unit/i18n/early-language.test.ts checks that both agree).

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the chosen language is remembered; a separate key from the assessment data. */
export const LANGUAGE_KEY = 'telework-security-checklist.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'ja' || value === 'en';
}

/** The saved choice, else the browser's preference: English only when the browser prefers it over Japanese. */
export function initialLanguage(saved: string | null, preferred: readonly string[]): Language {
  if (isLanguage(saved)) return saved;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ja') return 'ja';
    if (base === 'en') return 'en';
  }
  return 'ja';
}

function readSaved(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

/** The language this visit starts in: `initialLanguage` of the saved choice and the browser's languages. */
export function chosenLanguage(): Language {
  return initialLanguage(readSaved(), typeof navigator === 'undefined' ? [] : navigator.languages);
}
