import raw from '../data/catalogue.json';
import type { Catalogue } from './domain/catalogue-schema';
import { indexCatalogue } from './domain/catalogue-index';

/**
 * The catalogue as the app uses it. It is validated against the schema at build time (see the
 * `validate-catalogue` plugin in vite.config.ts) and in the tests, so the browser does not parse it again.
 */
export const catalogue = raw as unknown as Catalogue;

/** The catalogue looked up by id (see domain/catalogue-index.ts). */
export const lookup = indexCatalogue(catalogue);
