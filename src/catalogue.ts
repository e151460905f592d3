import structure from 'virtual:catalogue-structure';
import type { Catalogue } from './domain/catalogue-schema';
import { indexCatalogue } from './domain/catalogue-index';
import { fillCatalogueLanguage } from './domain/catalogue-languages';
import { chosenLanguage } from './i18n/language';
import { registerCatalogue } from './catalogue-texts';

/**
 * The catalogue as the app uses it. It is validated against the schema at build time (see the
 * `validate-catalogue` plugin in vite.config.ts) and in the tests, so the browser does not parse it again.
 * The build splits its texts by language (`catalogue-languages` plugin): this module loads with the texts of
 * the visitor's language (i18n/language.ts) and the other
 * language's are added, in place, when the visitor switches (see catalogue-texts.ts). In development, the
 * tests and the pre-render both languages are there from the start.
 */
export const catalogue = structure as unknown as Catalogue;

await registerCatalogue(
  (lang, texts) => fillCatalogueLanguage(catalogue, lang, texts),
  import.meta.env.PROD && !import.meta.env.SSR ? [chosenLanguage()] : ['ja', 'en'],
);

/** The catalogue looked up by id (see domain/catalogue-index.ts). */
export const lookup = indexCatalogue(catalogue);
