import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { itemsForMethod } from '../../../src/domain/applicability';
import { indexCatalogue } from '../../../src/domain/catalogue-index';
import { parseCatalogue } from '../../../src/domain/catalogue-schema';

const catalogue = parseCatalogue(raw);
const lookup = indexCatalogue(catalogue);

describe('indexCatalogue', () => {
  it('finds every item, method, category and threat by its id', () => {
    for (const item of catalogue.items) expect(lookup.item(item.id)).toBe(item);
    for (const method of catalogue.methods) expect(lookup.method(method.id)).toBe(method);
    for (const category of catalogue.categories) expect(lookup.category(category.id)).toBe(category);
    for (const threat of catalogue.threats) expect(lookup.threat(threat.id)).toBe(threat);
  });

  it('answers undefined for unknown ids and no method', () => {
    expect(lookup.item('11-1')).toBeUndefined();
    expect(lookup.method(9)).toBeUndefined();
    expect(lookup.method(null)).toBeUndefined();
    expect(lookup.threat('weather')).toBeUndefined();
    expect(lookup.itemsOfMethod(null)).toEqual([]);
  });

  it('lists the items of a method as applicability does', () => {
    expect(lookup.itemsOfMethod(1)).toEqual(itemsForMethod(catalogue, 1));
  });

  it('is built once per catalogue', () => {
    expect(indexCatalogue(catalogue)).toBe(lookup);
  });
});
