import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../domain/catalogue-schema';
import { isLanguage, type Language } from '../i18n/setup';

/** Returns the current language and a function that picks a catalogue text in it. */
export function useLocalized(): { lang: Language; tx: (text: LocalizedText) => string } {
  const { i18n } = useTranslation();
  const lang: Language = isLanguage(i18n.language) ? i18n.language : 'ja';
  return { lang, tx: (text) => text[lang] };
}
