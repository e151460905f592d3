import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREEN_PRELOADS } from '../../../src/route-preload';
import { SHELL_NAMESPACES } from '../../../src/i18n/browser-resources';
import { staticGraph } from '../support/import-graph';

/**
 * The i18next namespaces the code of a screen uses: those it asks for with useTranslation (none given:
 * `common`), and those it names in a key (`t('checklist:status.done')`).
 */
function namespacesOf(screen: string): string[] {
  const found = new Set<string>();
  for (const file of staticGraph(screen)) {
    const code = readFileSync(file, 'utf8');
    if (!code.includes("from 'react-i18next'")) continue;
    for (const [, args] of code.matchAll(/useTranslation\(([^)]*)\)/g)) {
      const names = [...args!.matchAll(/'([a-z]+)'/g)].map((m) => m[1]!);
      for (const n of names.length > 0 ? names : ['common']) found.add(n);
    }
    for (const [, ns] of code.matchAll(/\bt\(\s*['`]([a-z]+):/g)) found.add(ns!);
  }
  return [...found].filter((n) => !(SHELL_NAMESPACES as readonly string[]).includes(n)).sort();
}

describe('what a deep link starts loading before the app (src/route-preload.ts)', () => {
  it.each(Object.entries(SCREEN_PRELOADS))('%s: the texts its screen uses, no more, no fewer', (_, p) => {
    expect([...p.texts].sort()).toEqual(namespacesOf(join('src', p.file)));
  });
});
