// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { jaResources } from '../../../src/i18n/resources';
import { enResources } from '../../../src/i18n/resources-en';
import {
  changeLanguage,
  currentLanguage,
  loadShellTexts,
  SHELL_NAMESPACES,
  translate,
} from '../../../src/i18n/shell';
import { setupI18n } from '../../../src/i18n/setup';
import { LANGUAGE_KEY } from '../../../src/i18n/language';

/** Every text of a namespace: [dotted key, text]. */
function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

/** A value for each placeholder of a text, with characters that an escaping translator would change. */
function valuesFor(text: string): Record<string, string | number> {
  const names = [...text.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)].map((m) => m[1]!);
  return Object.fromEntries(names.map((n, i) => [n, n === 'count' ? 3 : `<${n} & "${i}">`]));
}

describe('the shell translator (the first screen, without i18next)', () => {
  it('gives exactly what i18next gives, for every text of its namespaces in both languages', async () => {
    await setupI18n();
    // i18next with both languages' texts.
    await changeLanguage('en', false);
    await changeLanguage('ja', false);
    let compared = 0;
    for (const lng of ['ja', 'en'] as const) {
      await loadShellTexts(lng);
      const resources = lng === 'ja' ? jaResources : enResources;
      for (const ns of SHELL_NAMESPACES) {
        for (const [key, text] of leaves(resources[ns])) {
          const values = valuesFor(text);
          const options = { lng, ns, ...values } as never;
          expect(translate(lng, ns, key, values), `${lng} ${ns}:${key}`).toBe(i18next.t(key, options));
          expect(translate(lng, ns, key), `${lng} ${ns}:${key} without values`).toBe(
            i18next.t(key, { lng, ns } as never),
          );
          compared += 1;
        }
      }
    }
    // Both languages' common, home and errors texts: well over a hundred.
    expect(compared).toBeGreaterThan(150);
  });

  it('gives the key for a text that does not exist, as i18next does', () => {
    expect(translate('ja', 'common', 'nav.nothing')).toBe('nav.nothing');
    expect(translate('en', 'home', 'title.deeper')).toBe('title.deeper');
  });

  it('switches the page and i18next together, and remembers the choice', async () => {
    await setupI18n();
    await changeLanguage('en');
    expect(currentLanguage()).toBe('en');
    expect(i18next.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Telework Security Self-Assessment');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
    await changeLanguage('ja', false);
    expect(currentLanguage()).toBe('ja');
    expect(i18next.language).toBe('ja');
    expect(document.title).toBe('テレワークセキュリティ自己診断');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
  });
});
