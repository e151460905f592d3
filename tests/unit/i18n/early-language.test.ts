import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { initialLanguage, LANGUAGE_KEY } from '../../../src/i18n/language';
import { parseRoute } from '../../../src/routes';
import { jaResources } from '../../../src/i18n/resources';
import { enResources } from '../../../src/i18n/resources-en';

const script = readFileSync('src/early-language.js', 'utf8');

/** Runs src/early-language.js as the page would, with this saved choice and these browser languages. */
function runPage(saved: string | null | 'throws', languages: readonly string[], hash = '') {
  const attributes = new Set<string>();
  const document = {
    documentElement: { lang: 'ja', setAttribute: (name: string) => attributes.add(name) },
  };
  const localStorage = {
    getItem: (key: string) => {
      if (saved === 'throws') throw new Error('SecurityError');
      return key === LANGUAGE_KEY ? saved : null;
    },
  };
  const navigator = { languages, language: languages[0] ?? '' };
  runInNewContext(script, { window: { localStorage, location: { hash } }, navigator, document });
  return { lang: document.documentElement.lang, deepLink: attributes.has('data-deep-link') };
}

function pageLanguage(saved: string | null | 'throws', languages: readonly string[]): string {
  return runPage(saved, languages).lang;
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

  it('marks every address but the home screen as a deep link, as parseRoute tells them apart', () => {
    const hashes = [
      '',
      '#',
      '#/',
      '#/assessments',
      '#/a/x/e/y/checklist',
      '#/a/x/report',
      '#S2ACIA',
      '#/nowhere',
    ];
    for (const hash of hashes) {
      const home = parseRoute(hash).name === 'home';
      expect(runPage(null, ['ja'], hash).deepLink, hash).toBe(!home);
    }
  });

  it('the page says it is loading, while a deep link loads, in the words the app uses for it', () => {
    const html = readFileSync('index.html', 'utf8');
    const line = /<p class="boot-loading" role="status">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(line).toContain(`<span lang="ja">${jaResources.common.loading}</span>`);
    expect(line).toContain(`<span lang="en">${enResources.common.loading}</span>`);
  });
});
