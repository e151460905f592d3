import type { ItemId, MethodId, ScopeId } from './catalogue-schema';
import type { ItemStatus } from './assessment';

/**
 * The order in which a share link lists things, frozen per catalogue version.
 *
 * A compact link carries no ids, only positions: the 3-bit status of the n-th item of the method, the
 * 2-bit answer of the n-th scope question. Links live in e-mails and chats for years, so a position must
 * mean the same item forever. Each catalogue version therefore gets its own layout here, written down
 * once and never edited; links name the layout by its index in `CATALOGUE_LAYOUTS`.
 *
 * When the catalogue changes (a new version string), append a new layout — the tests fail until you do,
 * because the layout of the current version must match `itemsForMethod` exactly — and leave the old ones
 * in place so that old links keep opening.
 */
export interface CatalogueLayout {
  catalogueVersion: string;
  /** Scope questions, 2 bits each: 0 = not answered, 1 = yes (used), 2 = no (not used). */
  scopes: readonly ScopeId[];
  /** Statuses by their 3-bit code. */
  statuses: readonly ItemStatus[];
  /** Each method's items in the order of `itemsForMethod` (◎ first, then ○). */
  methods: Readonly<Record<MethodId, readonly ItemId[]>>;
  /** Items a scope answer can exclude; overrides are a bitmask over the method's items among these. */
  excludable: readonly ItemId[];
}

export const CATALOGUE_LAYOUTS: readonly CatalogueLayout[] = [
  {
    catalogueVersion: '2021.05.1',
    scopes: ['webmail', 'online-meetings', 'smartphones', 'data-on-device'],
    statuses: ['unanswered', 'done', 'partial', 'not-done', 'unknown', 'na'],
    methods: {
      1: ['1-1', '1-2', '2-1', '3-1', '4-1', '5-1', '5-2', '5-4', '7-1', '8-1', '9-1', '9-2', '2-2', '2-3', '3-2', '3-3', '3-4', '3-5', '5-3', '6-1', '6-2', '7-2', '7-3', '8-2', '8-3', '8-4', '8-5', '9-3', '9-4', '10-1', '10-2', '10-3'],
      2: ['1-1', '1-2', '2-1', '3-1', '4-1', '5-1', '5-2', '7-1', '8-1', '9-1', '9-2', '2-2', '2-3', '3-3', '3-4', '3-5', '5-3', '6-1', '6-2', '7-2', '8-2', '8-3', '8-4', '8-5', '9-3', '9-4', '10-1', '10-2', '10-3'],
      3: ['1-1', '1-2', '2-1', '3-1', '4-1', '5-1', '5-2', '7-1', '8-1', '9-1', '9-2', '2-3', '5-3', '6-2', '7-2', '8-2', '8-3', '8-4', '9-3', '9-4', '10-1', '10-2', '10-3'],
      4: ['1-1', '1-2', '2-1', '3-1', '4-1', '5-1', '5-2', '7-1', '8-1', '9-1', '9-2', '2-2', '2-3', '3-2', '3-3', '3-4', '3-5', '5-3', '6-1', '6-2', '7-2', '7-3', '8-2', '8-5', '9-3', '9-4', '10-1', '10-2', '10-3'],
      5: ['1-1', '1-2', '2-1', '3-1', '4-1', '5-1', '5-2', '5-4', '7-1', '8-1', '9-1', '9-2', '2-2', '2-3', '3-2', '3-3', '3-4', '3-5', '5-3', '6-1', '6-2', '7-2', '7-3', '8-2', '8-3', '8-4', '8-5', '9-4', '10-1', '10-2'],
      6: ['1-1', '1-2', '2-1', '3-1', '4-1', '5-1', '5-2', '7-1', '8-1', '9-1', '9-2', '2-2', '2-3', '3-3', '3-4', '3-5', '5-3', '6-1', '6-2', '7-2', '8-2', '8-3', '8-4', '8-5', '9-4', '10-1', '10-2'],
      7: ['1-1', '1-2', '2-1', '3-1', '4-1', '5-1', '5-2', '7-1', '8-1', '9-1', '9-2', '2-3', '5-3', '6-2', '7-2', '8-2', '8-3', '8-4', '9-4', '10-1', '10-2'],
      8: ['1-1', '1-2', '2-1', '3-1', '4-1', '5-1', '5-2', '7-1', '8-1', '9-1', '9-2', '2-2', '2-3', '3-2', '3-3', '3-4', '3-5', '5-3', '6-1', '6-2', '7-2', '7-3', '8-2', '8-5', '9-4', '10-1', '10-2'],
    },
    excludable: ['2-2', '3-3', '3-4', '3-5', '8-5', '8-1', '8-2', '8-3', '8-4'],
  },
];

/** The index of a catalogue version's layout, or -1 when it has none. */
export function layoutIndex(catalogueVersion: string): number {
  return CATALOGUE_LAYOUTS.findIndex((l) => l.catalogueVersion === catalogueVersion);
}
