import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { BROWSER_NAMESPACES as NAMESPACES, firstScreenJa, loadJaNamespace } from './browser-resources';
import type { Namespace } from './resources';
import { cacheTranslations } from './translation-cache';
import { requestCatalogueLanguage } from '../catalogue-texts';

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

/**
 * Where i18next gets a namespace it does not have yet: a Japanese one not bundled with the first screen, or an
 * English one. react-i18next suspends a screen until the namespaces it uses are there, so the lazily loaded
 * screens show their loading state for that moment and never a bare key.
 */
const textLoader: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (lng, ns, callback) => {
    const load =
      lng === 'en'
        ? import('./resources-en').then((m) => m.enResources[ns as Namespace])
        : loadJaNamespace(ns);
    load.then(
      (texts) => callback(null, texts as Record<string, unknown>),
      (e: unknown) => callback(e instanceof Error ? e.message : String(e), false),
    );
  },
};

/** Initialises i18next with Japanese as default and fallback, then loads the user's language. */
export async function setupI18n(): Promise<void> {
  await i18next
    .use(textLoader)
    .use(initReactI18next)
    .init({
      lng: 'ja',
      fallbackLng: 'ja',
      supportedLngs: [...LANGUAGES],
      ns: Object.keys(firstScreenJa),
      defaultNS: 'common',
      resources: { ja: firstScreenJa },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  cacheTranslations(i18next);
  // In development and tests every namespace is there from the start, so a screen renders in one pass there;
  // the production build (which every end-to-end test runs) loads them with the screens.
  if (!import.meta.env.PROD) await i18next.loadNamespaces(NAMESPACES);
  const lng = initialLanguage(readSaved(), typeof navigator === 'undefined' ? [] : navigator.languages);
  await changeLanguage(lng, false);
}

/** Switches the language, remembering the choice unless told not to. */
export async function changeLanguage(lng: Language, remember = true): Promise<void> {
  // The catalogue's texts in the new language too, when the catalogue is loaded, so no screen shows it empty.
  await Promise.all([ensureLoaded(lng), requestCatalogueLanguage(lng)]);
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
