import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  BROWSER_NAMESPACES as NAMESPACES,
  firstScreenJa,
  loadEnNamespace,
  loadJaNamespace,
} from './browser-resources';
import { cacheTranslations } from './translation-cache';
import { requestCatalogueLanguage } from '../catalogue-texts';
import { chosenLanguage, LANGUAGE_KEY, LANGUAGES, type Language } from './language';

export { LANGUAGES, LANGUAGE_KEY, isLanguage, initialLanguage, type Language } from './language';

async function ensureLoaded(lng: Language): Promise<void> {
  if (lng === 'ja') return;
  // The namespaces in use (the first screen's, and those of the screens seen so far); the others load with the
  // screens that use them. In development and tests, all of them at once, as for Japanese.
  const namespaces = import.meta.env.PROD ? (i18next.options.ns as string[]) : NAMESPACES;
  const missing = namespaces.filter((ns) => !i18next.hasResourceBundle('en', ns));
  const texts = await Promise.all(missing.map(loadEnNamespace));
  missing.forEach((ns, i) => i18next.addResourceBundle('en', ns, texts[i], true, true));
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
    const load = lng === 'en' ? loadEnNamespace(ns) : loadJaNamespace(ns);
    load.then(
      (texts) => callback(null, texts as Record<string, unknown>),
      (e: unknown) => callback(e instanceof Error ? e.message : String(e), false),
    );
  },
};

/** Initialises i18next with Japanese as default, then loads the user's language. */
export async function setupI18n(): Promise<void> {
  await i18next
    .use(textLoader)
    .use(initReactI18next)
    .init({
      lng: 'ja',
      // No fallback: English has every key of Japanese (resources-en.ts types it, a test checks it), and a
      // fallback would make an English visitor download the Japanese texts of every screen too.
      fallbackLng: false,
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
  await changeLanguage(chosenLanguage(), false);
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
