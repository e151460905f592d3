import { itemsForMethod } from './applicability';
import type { Catalogue, Category, Item, Method, Threat } from './catalogue-schema';

/** The catalogue looked up by id, so that screens ask for a thing instead of searching the lists themselves. */
export interface CatalogueIndex {
  item(id: string): Item | undefined;
  method(id: number | null | undefined): Method | undefined;
  category(id: number): Category | undefined;
  threat(id: string): Threat | undefined;
  /** The items of a method, in catalogue order (empty for no method). */
  itemsOfMethod(id: number | null | undefined): Item[];
}

const built = new WeakMap<Catalogue, CatalogueIndex>();

/** The index of a catalogue, built once per catalogue. */
export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const cached = built.get(catalogue);
  if (cached) return cached;
  const byId = <T extends { id: string | number }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
  const items = byId(catalogue.items);
  const methods = byId(catalogue.methods);
  const categories = byId(catalogue.categories);
  const threats = byId(catalogue.threats);
  const index: CatalogueIndex = {
    item: (id) => items.get(id),
    method: (id) => (id === null || id === undefined ? undefined : methods.get(id)),
    category: (id) => categories.get(id),
    threat: (id) => threats.get(id as Threat['id']),
    itemsOfMethod: (id) => {
      const method = id === null || id === undefined ? undefined : methods.get(id);
      return method ? itemsForMethod(catalogue, method.id) : [];
    },
  };
  built.set(catalogue, index);
  return index;
}
