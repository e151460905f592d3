import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as CatalogueTexts from '../../src/catalogue-texts';

let texts: typeof CatalogueTexts;

beforeEach(async () => {
  vi.resetModules();
  texts = await import('../../src/catalogue-texts');
});

describe('catalogue texts by language', () => {
  it('load only the languages asked for, and the other one when the visitor switches', async () => {
    const fill = vi.fn();
    await texts.registerCatalogue(fill, ['en']);
    expect(fill.mock.calls.map(([lang]) => lang)).toEqual(['en']);
    const [, english] = fill.mock.calls[0] as [string, string[]];
    expect(english.length).toBeGreaterThan(100);
    expect(english.join(' ')).not.toMatch(/[\u3040-\u30ff]/);

    await texts.requestCatalogueLanguage('ja');
    await texts.requestCatalogueLanguage('en');
    expect(fill.mock.calls.map(([lang]) => lang)).toEqual(['en', 'ja']);
  });

  it('remember a switch made before the catalogue loads, and wait for nothing meanwhile', async () => {
    const fill = vi.fn();
    await texts.requestCatalogueLanguage('en');
    expect(fill).not.toHaveBeenCalled();
    await texts.registerCatalogue(fill, ['ja']);
    expect(fill.mock.calls.map(([lang]) => lang).sort()).toEqual(['en', 'ja']);
  });
});
