// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { changeLanguage, initialLanguage, LANGUAGE_KEY, setupI18n } from '../../../src/i18n/setup';

describe('initialLanguage', () => {
  it('uses the saved choice first', () => {
    expect(initialLanguage('en', ['ja-JP'])).toBe('en');
    expect(initialLanguage('ja', ['en-US'])).toBe('ja');
  });

  it('follows the browser when it prefers English over Japanese', () => {
    expect(initialLanguage(null, ['en-GB', 'ja'])).toBe('en');
  });

  it('stays Japanese when the browser prefers Japanese or neither language', () => {
    expect(initialLanguage(null, ['ja-JP', 'en-US'])).toBe('ja');
    expect(initialLanguage(null, ['fr-FR', 'de'])).toBe('ja');
    expect(initialLanguage(null, [])).toBe('ja');
  });

  it('ignores a saved value that is not a language', () => {
    expect(initialLanguage('xx', ['en'])).toBe('en');
  });
});

describe('changeLanguage', () => {
  it('loads English on demand, remembers it, and sets <html lang> and the title', async () => {
    await setupI18n();
    await changeLanguage('en');
    expect(i18next.language).toBe('en');
    expect(i18next.t('appName')).toBe('Telework Security Self-Assessment');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Telework Security Self-Assessment');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
    await changeLanguage('ja');
    expect(document.documentElement.lang).toBe('ja');
    expect(document.title).toBe('テレワークセキュリティ自己診断');
  });
});
