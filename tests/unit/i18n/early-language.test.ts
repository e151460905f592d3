import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { initialLanguage, LANGUAGE_KEY } from '../../../src/i18n/language';

const script = readFileSync('src/early-language.js', 'utf8');

/** Runs src/early-language.js as the page would, with this saved choice and these browser languages. */
function pageLanguage(saved: string | null | 'throws', languages: readonly string[]): string {
  const document = { documentElement: { lang: 'ja' } };
  const localStorage = {
    getItem: (key: string) => {
      if (saved === 'throws') throw new Error('SecurityError');
      return key === LANGUAGE_KEY ? saved : null;
    },
  };
  const navigator = { languages, language: languages[0] ?? '' };
  runInNewContext(script, { window: { localStorage }, navigator, document });
  return document.documentElement.lang;
}

describe('src/early-language.js, the language decided before the first paint', () => {
  it('agrees with initialLanguage for saved choices and browser languages', () => {
    const saved = [null, 'ja', 'en', 'fr', ''];
    const preferred = [
      [],
      ['en-US'],
      ['ja-JP', 'en-US'],
      ['en-GB', 'ja'],
      ['fr-FR', 'de'],
      ['fr', 'EN'],
      ['JA'],
    ];
    for (const s of saved) {
      for (const p of preferred) expect(pageLanguage(s, p), `${s} ${p.join()}`).toBe(initialLanguage(s, p));
    }
  });

  it('follows the browser when storage is blocked', () => {
    expect(pageLanguage('throws', ['en-US'])).toBe('en');
    expect(pageLanguage('throws', ['ja'])).toBe('ja');
  });
});
