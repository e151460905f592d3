import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { jaResources, NAMESPACES } from './resources';

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

async function ensureLoaded(lng: Language): Promise<void> {
  if (lng === 'ja' || i18next.hasResourceBundle('en', 'common')) return;
  const { enResources } = await import('./resources-en');
  for (const ns of NAMESPACES) i18next.addResourceBundle('en', ns, enResources[ns], true, true);
}

function applyToDocument(lng: Language) {
  document.documentElement.lang = lng;
  document.title = i18next.t('appName', { lng });
}

/** Initialises i18next with Japanese as default and fallback, then loads the user's language. */
export async function setupI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: 'ja',
    fallbackLng: 'ja',
    supportedLngs: [...LANGUAGES],
    ns: NAMESPACES,
    defaultNS: 'common',
    resources: { ja: jaResources },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const lng = initialLanguage(readSaved(), typeof navigator === 'undefined' ? [] : navigator.languages);
  await changeLanguage(lng, false);
}

/** Switches the language, remembering the choice unless told not to. */
export async function changeLanguage(lng: Language, remember = true): Promise<void> {
  await ensureLoaded(lng);
  await i18next.changeLanguage(lng);
  applyToDocument(lng);
  if (remember) {
    try {
      localStorage.setItem(LANGUAGE_KEY, lng);
    } catch {
      // Storage unavailable: the choice lasts for this visit only.
    }
  }
}
