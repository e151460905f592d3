import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { BROWSER_NAMESPACES as NAMESPACES, loadNamespace, SHELL_NAMESPACES } from './browser-resources';
import { cacheTranslations } from './translation-cache';
import { LANGUAGES, type Language } from './language';
import { currentLanguage, setLanguageFollower } from './shell';

export { LANGUAGES, LANGUAGE_KEY, isLanguage, initialLanguage, type Language } from './language';
export { changeLanguage } from './shell';

async function ensureLoaded(lng: Language): Promise<void> {
  // The namespaces in use (the first screen's, and those of the screens seen so far); the others load with the
  // screens that use them. In development and tests, all of them at once.
  const namespaces = import.meta.env.PROD ? (i18next.options.ns as string[]) : NAMESPACES;
  const missing = namespaces.filter((ns) => !i18next.hasResourceBundle(lng, ns));
  const texts = await Promise.all(missing.map((ns) => loadNamespace(lng, ns)));
  missing.forEach((ns, i) => i18next.addResourceBundle(lng, ns, texts[i], true, true));
}

/**
 * Where i18next gets a namespace it does not have yet (none is bundled: see browser-resources.ts).
 * react-i18next suspends a screen until the namespaces it uses are there, so the lazily loaded screens show
 * their loading state for that moment and never a bare key.
 */
const textLoader: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (lng, ns, callback) => {
    loadNamespace(lng as Language, ns).then(
      (texts) => callback(null, texts as Record<string, unknown>),
      (e: unknown) => callback(e instanceof Error ? e.message : String(e), false),
    );
  },
};

async function follow(lng: Language): Promise<void> {
  await ensureLoaded(lng);
  await i18next.changeLanguage(lng);
}

async function init(): Promise<void> {
  await i18next
    .use(textLoader)
    .use(initReactI18next)
    .init({
      lng: currentLanguage(),
      // No fallback: English has every key of Japanese (resources-en.ts types it, a test checks it), and a
      // fallback would make an English visitor download the Japanese texts of every screen too.
      fallbackLng: false,
      supportedLngs: [...LANGUAGES],
      ns: [...SHELL_NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  cacheTranslations(i18next);
  // In development and tests every namespace is there from the start, so a screen renders in one pass there;
  // the production build (which every end-to-end test runs) loads them with the screens.
  if (!import.meta.env.PROD) await i18next.loadNamespaces(NAMESPACES);
  await follow(currentLanguage());
}

let ready: Promise<void> | null = null;

/**
 * Initialises i18next, once, in the language the page shows (see shell.ts): the screens other than the first
 * one wait for this before they render (app.tsx).
 */
export function setupI18n(): Promise<void> {
  if (!ready) {
    const starting = init();
    ready = starting;
    // From now on a language switch (shell.ts) switches i18next too, before the page shows the new language;
    // one made while i18next is starting waits for it, then applies.
    setLanguageFollower(async (next) => {
      await starting;
      await follow(next);
    });
    starting.catch(() => {
      ready = null;
      setLanguageFollower(null);
    });
  }
  return ready;
}
