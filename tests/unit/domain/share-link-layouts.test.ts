import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue, scopeIdSchema } from '../../../src/domain/catalogue-schema';
import { ITEM_STATUSES } from '../../../src/domain/assessment';
import { itemsForMethod } from '../../../src/domain/applicability';
import { CATALOGUE_LAYOUTS, layoutIndex } from '../../../src/domain/share-link-layouts';
import { V2_LAYOUTS } from '../../../src/domain/share-link-v2';

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
    // What v2 links carry on top of the layout (the cloud question, 6-1, リスク受容) is in V2_LAYOUTS.
    const v2 = V2_LAYOUTS[layoutIndex(catalogue.version)]!;
    expect(new Set(v2.excludable)).toEqual(new Set(catalogue.scopeQuestions.flatMap((q) => q.excludes)));
    expect([...v2.scopes].sort()).toEqual([...scopeIdSchema.options].sort());
    expect([...v2.statuses].sort()).toEqual([...ITEM_STATUSES].sort());
    expect(v2.items).toEqual(catalogue.items.map((i) => i.id));
    expect(v2.statuses.slice(0, layout.statuses.length)).toEqual(layout.statuses);
    expect(v2.scopes.slice(0, layout.scopes.length)).toEqual(layout.scopes);
  });

  it('fits in the 4 bits a v1 link gives the layout index, with distinct versions', () => {
    expect(CATALOGUE_LAYOUTS.length).toBeLessThanOrEqual(16);
    expect(new Set(CATALOGUE_LAYOUTS.map((l) => l.catalogueVersion)).size).toBe(CATALOGUE_LAYOUTS.length);
  });

  it('gives every layout its v2 extension, within 3 bits per status and 6 bits per plan item', () => {
    expect(V2_LAYOUTS).toHaveLength(CATALOGUE_LAYOUTS.length);
    for (const x of V2_LAYOUTS) {
      expect(x.statuses.length).toBeLessThanOrEqual(8);
      expect(x.items.length).toBeLessThanOrEqual(64);
    }
  });

  it('keeps the statuses of every layout within 3 bits and the scopes within the 8 bits of v1', () => {
    for (const l of CATALOGUE_LAYOUTS) {
      expect(l.statuses.length).toBeLessThanOrEqual(8);
      expect(l.scopes).toHaveLength(4);
    }
  });
});
