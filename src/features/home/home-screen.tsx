import type { ReactNode } from 'react';
import { useShellTranslation } from '../../i18n/shell';
import { summary } from 'virtual:catalogue-summary';
import { useLocalized } from '../../ui/use-localized';
import { MethodBadge, circled } from '../../ui/method-badge';
import { Link } from '../../ui/router';
import { ResultCaveats } from '../../ui/result-caveats';
import { routes } from '../../routes';

/**
 * The first screen: what the product is, the privacy promise, and the 8 methods from the catalogue. `notice`
 * (the reviews that are due) follows the introduction.
 */
export function HomeScreen({ onStart, notice }: { onStart: () => void; notice?: ReactNode }) {
  const { t } = useShellTranslation('home');
  const { tx } = useLocalized();
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <p className="privacy-note">{t('privacy')}</p>
        <button type="button" className="button button--primary" onClick={onStart}>
          {t('start')}
        </button>
      </section>
      {notice}
      <ResultCaveats />
      <section aria-labelledby="methods-title">
        <h2 id="methods-title">{t('methodsHeading')}</h2>
        <p>{t('methodsLead')}</p>
        <ol className="method-grid" aria-labelledby="methods-title">
          {summary.methods.map((m) => {
            const high = m.counts['◎'];
            const normal = m.counts['○'];
            return (
              <li key={m.id} className="method-card" aria-labelledby={`method-${m.id}-name`}>
                <h3 id={`method-${m.id}-name`} className="method-card__title">
                  <MethodBadge id={m.id} />
                  <span>{tx(m.name)}</span>
                </h3>
                <dl className="method-card__facts">
                  <div>
                    <dt>{t('table.officeConnection')}</dt>
                    <dd>{tx(m.table.officeConnection)}</dd>
                  </div>
                  <div>
                    <dt>{t('table.cloud')}</dt>
                    <dd>{tx(m.table.cloud)}</dd>
                  </div>
                  <div>
                    <dt>{t('table.dataOnDevice')}</dt>
                    <dd>{tx(m.table.dataOnDevice)}</dd>
                  </div>
                </dl>
                <p className="method-card__overview">{tx(m.table.overview)}</p>
                <p className="method-card__count">
                  {t('methodItems', { count: high + normal, high, normal })}
                </p>
                <p className="method-card__blank">
                  <Link to={routes.blank(m.id)}>{t('blankChecklist', { number: circled(m.id) })}</Link>
                </p>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
