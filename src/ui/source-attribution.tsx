import { useShellTranslation } from '../i18n/shell';
import { summary } from 'virtual:catalogue-summary';
import { useLocalized } from './use-localized';

/** The attribution of the MIC document, shown on every screen and every print. */
export function SourceAttribution() {
  const { t } = useShellTranslation();
  const { tx } = useLocalized();
  const s = summary.source;
  return (
    <div className="attribution">
      <p>{tx(s.licence)}</p>
      <p>
        <a href={s.url} rel="noreferrer noopener" target="_blank">
          {t('source.link')}
        </a>
        {' · '}
        {t('source.catalogueVersion', { version: summary.version })}
      </p>
    </div>
  );
}
