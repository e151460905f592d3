import type { Language } from '../i18n/setup';

const LOCALES: Record<Language, string> = { ja: 'ja-JP', en: 'en-GB' };

/** A date and time the way people write it: 2024年4月1日 9:30 / 1 April 2024 at 09:30. */
export function formatDateTime(ms: number, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short' }).format(ms);
}

/** A month: 2024年4月 / April 2024. */
export function formatMonth(ms: number, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'long' }).format(ms);
}

/** The value of a `<time datetime>` attribute. */
export function isoDateTime(ms: number): string {
  return new Date(ms).toISOString();
}
