/**
 * The catalogue split by language, so that a visitor downloads the catalogue's texts in one language only.
 *
 * Every text of the catalogue is a `{ ja, en }` object (a string each, or a list of strings for a glossary
 * term's matches). The build takes them out of the catalogue: what remains (ids, numbers, the shape) is the
 * structure, with an empty placeholder in each language's place, and each language's texts become one list in
 * the order of a depth-first walk. Filling a language back in walks the structure in the same order.
 */

export const CATALOGUE_LANGUAGES = ['ja', 'en'] as const;
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Localized = { ja: Json; en: Json };

function isLocalized(value: Json): value is Localized {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && 'ja' in value && 'en' in value;
}

/** Visits every `{ ja, en }` object of `value` in depth-first order (object keys in their order). */
function walk(value: Json, visit: (node: Localized) => void): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const v of value) walk(v, visit);
    return;
  }
  if (isLocalized(value)) {
    visit(value);
    return;
  }
  for (const v of Object.values(value)) walk(v, visit);
}

/** The empty value of a text's kind: a missing language shows nothing rather than breaking a screen. */
const placeholder = (text: Json): Json => (Array.isArray(text) ? [] : '');

/**
 * Splits raw catalogue data into its structure (texts replaced by placeholders) and one list of texts per
 * language. `fillCatalogueLanguage` of each language on the structure gives back the data unchanged.
 */
export function splitCatalogueLanguages(data: unknown): {
  structure: unknown;
  texts: Record<CatalogueLanguage, unknown[]>;
} {
  const structure = structuredClone(data) as Json;
  const texts: Record<CatalogueLanguage, unknown[]> = { ja: [], en: [] };
  walk(structure, (node) => {
    for (const lang of CATALOGUE_LANGUAGES) {
      texts[lang].push(node[lang]);
      node[lang] = placeholder(node[lang]);
    }
  });
  return { structure, texts };
}

/**
 * Puts one language's texts (from `splitCatalogueLanguages`) back into the structure, in place, so that every
 * object already handed out (a category, an item) gets them. Throws when the texts do not fit the structure.
 */
export function fillCatalogueLanguage(
  structure: unknown,
  lang: CatalogueLanguage,
  texts: readonly unknown[],
) {
  let i = 0;
  walk(structure as Json, (node) => {
    if (i >= texts.length) throw new Error(`the catalogue's ${lang} texts are fewer than its structure`);
    node[lang] = texts[i] as Json;
    i += 1;
  });
  if (i !== texts.length) throw new Error(`the catalogue's ${lang} texts do not fit its structure`);
}
