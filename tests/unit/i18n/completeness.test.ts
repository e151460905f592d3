import { describe, expect, it } from 'vitest';
import { jaResources, NAMESPACES } from '../../../src/i18n/resources';
import { enResources } from '../../../src/i18n/resources-en';
import raw from '../../../data/catalogue.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a resource tree as "a.b.c" → value. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [lk, lv] of leaves(v, key)) out.set(lk, lv);
  }
  return out;
}

/** Every object in the catalogue that has a `ja` text, with its path. */
function localizedTexts(node: unknown, path = '$'): { path: string; ja: unknown; en: unknown }[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if ('ja' in o && typeof o.ja === 'string') return [{ path, ja: o.ja, en: o.en }];
    return Object.entries(o).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`));
  }
  return [];
}

describe('translation resources', () => {
  it.each(NAMESPACES)('namespace %s has the same keys in Japanese and English', (ns) => {
    const ja = leaves(jaResources[ns] as Tree);
    const en = leaves(enResources[ns] as Tree);
    expect([...en.keys()].sort()).toEqual([...ja.keys()].sort());
  });

  it.each(NAMESPACES)('namespace %s has no empty text in either language', (ns) => {
    for (const res of [jaResources[ns], enResources[ns]]) {
      const empty = [...leaves(res as Tree)].filter(([, v]) => v.trim() === '').map(([k]) => k);
      expect(empty).toEqual([]);
    }
  });

  it.each(NAMESPACES)('namespace %s keeps the same interpolation variables in both languages', (ns) => {
    const vars = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const en = leaves(enResources[ns] as Tree);
    for (const [key, ja] of leaves(jaResources[ns] as Tree)) {
      expect({ key, vars: vars(en.get(key) ?? '') }).toEqual({ key, vars: vars(ja) });
    }
  });

  it('the English resources are not a copy of the Japanese ones', () => {
    const ja = leaves(jaResources.common as Tree);
    const en = leaves(enResources.common as Tree);
    const same = [...ja].filter(([k, v]) => en.get(k) === v && /[ぁ-んァ-ン一-龯]/.test(v)).map(([k]) => k);
    // Only the language names themselves may be written in Japanese in the English resources.
    expect(same).toEqual(['language.ja']);
  });
});

describe('catalogue texts', () => {
  const texts = localizedTexts(raw);

  it('has every text in both languages', () => {
    expect(texts.length).toBeGreaterThan(200);
    const missing = texts.filter(
      (t) => typeof t.en !== 'string' || t.en.trim() === '' || typeof t.ja !== 'string' || t.ja.trim() === '',
    );
    expect(missing.map((t) => t.path)).toEqual([]);
  });

  it('has English texts that are written in English', () => {
    // Japanese kana in an English text means it was not translated (product names such as Googleドライブ are translated too).
    const kana = texts.filter((t) => typeof t.en === 'string' && /[ぁ-んァ-ヶ]/.test(t.en));
    expect(kana.map((t) => `${t.path}: ${String(t.en)}`)).toEqual([]);
  });
});
