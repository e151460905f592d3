import { describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { cacheTranslations } from '../../../src/i18n/translation-cache';

async function instance() {
  const i = i18next.createInstance();
  await i.init({
    lng: 'ja',
    fallbackLng: 'ja',
    ns: ['common'],
    defaultNS: 'common',
    resources: {
      ja: { common: { hello: 'こんにちは', count: '{{n}}件', nested: { key: '入れ子' } } },
      en: { common: { hello: 'Hello', count: '{{n}} items', nested: { key: 'nested' } } },
    },
    interpolation: { escapeValue: false },
  });
  const spy = vi.spyOn(i, 't');
  cacheTranslations(i);
  // The app's typed keys do not apply to this instance's own test texts.
  const t = (key: string, options?: object) =>
    (i.t as unknown as (k: string, o?: object) => string)(key, options);
  const fixedT = (lng: string | null) => {
    const f = i.getFixedT(lng, 'common') as unknown as (k: string, o?: object) => string;
    return (key: string, options?: object) => f(key, options);
  };
  return { i, t, fixedT, spy };
}

describe('cacheTranslations', () => {
  it('gives what i18next gives, and asks i18next only once for the same key and options', async () => {
    const { t, fixedT, spy } = await instance();
    expect(t('hello')).toBe('こんにちは');
    expect(t('hello')).toBe('こんにちは');
    expect(t('count', { n: 3 })).toBe('3件');
    expect(t('count', { n: 3 })).toBe('3件');
    expect(t('count', { n: 4 })).toBe('4件');
    expect(fixedT('ja')('nested.key')).toBe('入れ子');
    expect(spy.mock.calls.map((c) => c[0])).toEqual(['hello', 'count', 'count', 'nested.key']);
  });

  it('forgets everything when the language changes', async () => {
    const { i, t, fixedT } = await instance();
    expect(t('hello')).toBe('こんにちは');
    await i.changeLanguage('en');
    expect(t('hello')).toBe('Hello');
    expect(fixedT(null)('count', { n: 2 })).toBe('2 items');
  });

  it('forgets everything when texts are added, so a key loaded later is found', async () => {
    const { i, t } = await instance();
    expect(t('later')).toBe('later');
    i.addResourceBundle('ja', 'common', { later: 'あとから' }, true, true);
    expect(t('later')).toBe('あとから');
  });

  it('passes calls it cannot describe straight to i18next, every time', async () => {
    const { t, spy } = await instance();
    const withFunction = { n: 1, format: () => 'x' };
    t('count', withFunction);
    t('count', withFunction);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('wraps an instance only once', async () => {
    const { i, t, spy } = await instance();
    cacheTranslations(i);
    t('hello');
    t('hello');
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
