import { changeLanguage, useShellTranslation } from '../i18n/shell';
import { LANGUAGES } from '../i18n/language';

/** Switches between Japanese and English; the choice is remembered. */
export function LanguageSwitcher() {
  const { t, lang } = useShellTranslation();
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="language-switcher__button"
          aria-pressed={lang === l}
          onClick={() => void changeLanguage(l)}
        >
          {t(`language.${l}`)}
        </button>
      ))}
    </div>
  );
}
