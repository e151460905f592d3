import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue, scopeIdSchema } from '../../../src/domain/catalogue-schema';
import { ITEM_STATUSES } from '../../../src/domain/assessment';
import { itemsForMethod } from '../../../src/domain/applicability';
import { CATALOGUE_LAYOUTS, layoutIndex } from '../../../src/domain/share-link-layouts';

const catalogue = parseCatalogue(raw);

describe('CATALOGUE_LAYOUTS', () => {
  it('has a layout for the current catalogue version', () => {
    expect(layoutIndex(catalogue.version)).toBeGreaterThanOrEqual(0);
  });

  it('lists each method’s items exactly as itemsForMethod does for the current catalogue', () => {
    const layout = CATALOGUE_LAYOUTS[layoutIndex(catalogue.version)]!;
    for (const m of catalogue.methods) {
      expect(layout.methods[m.id], `method ${m.id}`).toEqual(
        itemsForMethod(catalogue, m.id).map((i) => i.id),
      );
    }
    expect(new Set(layout.excludable)).toEqual(new Set(catalogue.scopeQuestions.flatMap((q) => q.excludes)));
    expect([...layout.scopes].sort()).toEqual([...scopeIdSchema.options].sort());
    expect([...layout.statuses].sort()).toEqual([...ITEM_STATUSES].sort());
  });

  it('fits in the 4 bits a v1 link gives the layout index, with distinct versions', () => {
    expect(CATALOGUE_LAYOUTS.length).toBeLessThanOrEqual(16);
    expect(new Set(CATALOGUE_LAYOUTS.map((l) => l.catalogueVersion)).size).toBe(CATALOGUE_LAYOUTS.length);
  });

  it('keeps the statuses of every layout within 3 bits and the scopes within the 8 bits of v1', () => {
    for (const l of CATALOGUE_LAYOUTS) {
      expect(l.statuses.length).toBeLessThanOrEqual(8);
      expect(l.scopes).toHaveLength(4);
    }
  });
});
