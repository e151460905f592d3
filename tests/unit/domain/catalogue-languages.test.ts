import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillCatalogueLanguage, splitCatalogueLanguages } from '../../../src/domain/catalogue-languages';

const raw: unknown = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));

describe('splitCatalogueLanguages', () => {
  it('leaves no text of either language in the structure, and each list holds only its language', () => {
    const { structure, texts } = splitCatalogueLanguages(raw);
    const json = JSON.stringify(structure);
    expect(json).not.toContain('テレワーク');
    expect(texts.ja.length).toBe(texts.en.length);
    const sentences = texts.en.filter(
      (t): t is string => typeof t === 'string' && t.includes(' ') && t.length > 20,
    );
    expect(sentences.length).toBeGreaterThan(100);
    for (const sentence of sentences) expect(json).not.toContain(sentence);
    expect(texts.ja.join('')).toContain('テレワーク');
    expect(JSON.stringify(texts.en)).not.toMatch(/[\u3040-\u30ff]{3}/);
  });

  it('gives back the catalogue unchanged when both languages are filled in', () => {
    const { structure, texts } = splitCatalogueLanguages(raw);
    fillCatalogueLanguage(structure, 'en', texts.en);
    fillCatalogueLanguage(structure, 'ja', texts.ja);
    expect(structure).toEqual(raw);
  });

  it('fills one language without the other: an English visitor gets English texts and empty Japanese ones', () => {
    const { structure, texts } = splitCatalogueLanguages({
      a: { ja: 'あ', en: 'a' },
      b: [{ ja: ['い'], en: ['b'] }],
    });
    fillCatalogueLanguage(structure, 'en', texts.en);
    expect(structure).toEqual({ a: { ja: '', en: 'a' }, b: [{ ja: [], en: ['b'] }] });
  });

  it('refuses texts that do not fit the structure', () => {
    const { structure, texts } = splitCatalogueLanguages(raw);
    expect(() => fillCatalogueLanguage(structure, 'ja', texts.ja.slice(1))).toThrow(/fewer/);
    expect(() => fillCatalogueLanguage(structure, 'ja', [...texts.ja, 'x'])).toThrow(/do not fit/);
  });
});
