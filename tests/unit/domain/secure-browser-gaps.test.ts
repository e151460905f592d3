import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue, type Catalogue } from '../../../src/domain/catalogue-schema';
import {
  itemsMissingFromSecureBrowser,
  itemsOnlyWithDataOnDevice,
} from '../../../src/domain/secure-browser-gaps';

const catalogue = parseCatalogue(raw);

describe('itemsMissingFromSecureBrowser', () => {
  it('finds the data-on-device items (8-3, 8-4) for both secure-browser methods', () => {
    expect(itemsMissingFromSecureBrowser(catalogue, 4)).toEqual(['8-3', '8-4']);
    expect(itemsMissingFromSecureBrowser(catalogue, 8)).toEqual(['8-3', '8-4']);
  });

  it('leaves out items of the VPN/remote-desktop methods only (5-4 is for ①/⑤)', () => {
    expect(catalogue.items.find((i) => i.id === '5-4')?.methods).toEqual([1, 5]);
    expect(itemsMissingFromSecureBrowser(catalogue, 4)).not.toContain('5-4');
  });

  it('returns nothing for a method that is not a secure-browser method', () => {
    for (const id of [1, 2, 3, 5, 6, 7] as const)
      expect(itemsMissingFromSecureBrowser(catalogue, id)).toEqual([]);
  });

  it('compares with the siblings of the same device only', () => {
    const copy: Catalogue = structuredClone(catalogue);
    const item = copy.items.find((i) => i.id === '1-1');
    if (!item) throw new Error('no 1-1');
    item.methods = [3, 8]; // on a company standalone device, and on the personal secure browser
    expect(itemsMissingFromSecureBrowser(copy, 4)).toContain('1-1');
    expect(itemsMissingFromSecureBrowser(copy, 8)).not.toContain('1-1');
  });
});

describe('itemsOnlyWithDataOnDevice', () => {
  it('is 8-3 and 8-4, the items excluded when no company data is kept on the device', () => {
    expect(itemsOnlyWithDataOnDevice(catalogue)).toEqual(['8-3', '8-4']);
    const dataOnDevice = catalogue.scopeQuestions.find((s) => s.id === 'data-on-device');
    expect(dataOnDevice?.excludes).toEqual(itemsOnlyWithDataOnDevice(catalogue));
  });

  it('keeps only the items that every secure-browser method misses', () => {
    const copy: Catalogue = structuredClone(catalogue);
    const item = copy.items.find((i) => i.id === '8-4');
    if (!item) throw new Error('no 8-4');
    item.methods.push(8);
    expect(itemsOnlyWithDataOnDevice(copy)).toEqual(['8-3']);
  });
});
