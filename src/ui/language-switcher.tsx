import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES } from '../i18n/setup';
import { useLocalized } from './use-localized';

/** Switches between Japanese and English; the choice is remembered. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { lang } = useLocalized();
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
