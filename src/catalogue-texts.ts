import type { CatalogueLanguage } from './domain/catalogue-languages';

/**
 * Which languages of the catalogue's texts are loaded. The catalogue (src/catalogue.ts) loads with the first
 * screen that needs it, with the texts of the visitor's language only; switching the language loads the other
 * one before the switch shows (see changeLanguage in i18n/setup.ts). Small and free of the catalogue itself, so
 * the first screen can import it without the catalogue.
 */

const loaders: Record<CatalogueLanguage, () => Promise<{ default: readonly unknown[] }>> = {
  ja: () => import('virtual:catalogue-texts/ja'),
  en: () => import('virtual:catalogue-texts/en'),
};

const requested = new Set<CatalogueLanguage>();
const applied = new Map<CatalogueLanguage, Promise<void>>();
let fill: ((lang: CatalogueLanguage, texts: readonly unknown[]) => void) | null = null;

function apply(lang: CatalogueLanguage): Promise<void> {
  const fillIn = fill;
  if (!fillIn) return Promise.resolve();
  let done = applied.get(lang);
  if (!done) {
    done = loaders[lang]().then((m) => fillIn(lang, m.default));
    // A failed load may be retried (by the next switch or screen).
    done.catch(() => applied.delete(lang));
    applied.set(lang, done);
  }
  return done;
}

/**
 * Starts downloading a language's texts before the catalogue asks for them (a deep link does, from the entry
 * script); the catalogue's own request then finds them loaded.
 */
export function preloadCatalogueTexts(lang: CatalogueLanguage): Promise<unknown> {
  return loaders[lang]();
}

/**
 * The app will show `lang`: once the catalogue is loaded, its texts in `lang` are loaded too (now, or when the
 * catalogue loads). Resolves when they are there, at once while the catalogue is not loaded.
 */
export function requestCatalogueLanguage(lang: CatalogueLanguage): Promise<void> {
  requested.add(lang);
  return apply(lang);
}

/**
 * Called once by src/catalogue.ts: `fillIn` puts a language's texts into the catalogue. Resolves when the
 * texts of every language asked for so far (at least `initial`) are in.
 */
export function registerCatalogue(
  fillIn: (lang: CatalogueLanguage, texts: readonly unknown[]) => void,
  initial: readonly CatalogueLanguage[],
): Promise<void> {
  fill = fillIn;
  for (const lang of initial) requested.add(lang);
  return Promise.all([...requested].map(apply)).then(() => undefined);
}
