import type { LocalizedText } from '../domain/catalogue-schema';
import { useLanguage } from '../i18n/shell';
import type { Language } from '../i18n/language';

/** Returns the current language and a function that picks a catalogue text in it. */
export function useLocalized(): { lang: Language; tx: (text: LocalizedText) => string } {
  const lang = useLanguage();
  return { lang, tx: (text) => text[lang] };
}
