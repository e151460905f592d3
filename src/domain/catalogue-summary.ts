import type { Catalogue, Method, MethodId } from './catalogue-schema';

/**
 * The small part of the catalogue that the first screen and the page layout need. It is generated at build
 * time (virtual:catalogue-summary, see vite.config.ts) so the first screen does not load the whole catalogue.
 */
export interface CatalogueSummary {
  version: Catalogue['version'];
  source: Catalogue['source'];
  /** What a result does not say: shown beside results, including on the first screen. */
  caveats: Catalogue['caveats'];
  methods: (Pick<Method, 'id' | 'name' | 'device' | 'table'> & { counts: { '◎': number; '○': number } })[];
}

/** Extracts the summary from the full catalogue. */
export function summarizeCatalogue(cat: Catalogue): CatalogueSummary {
  const count = (id: MethodId, priority: '◎' | '○') =>
    cat.items.filter((i) => i.methods.includes(id) && i.priority === priority).length;
  return {
    version: cat.version,
    source: cat.source,
    caveats: cat.caveats,
    methods: cat.methods.map((m) => ({
      id: m.id,
      name: m.name,
      device: m.device,
      table: m.table,
      counts: { '◎': count(m.id, '◎'), '○': count(m.id, '○') },
    })),
  };
}
