import { useId } from 'react';
import { useShellTranslation } from '../i18n/shell';
import { summary } from 'virtual:catalogue-summary';
import { useLocalized } from './use-localized';

/**
 * The two things a result does not say (the checklist is the basic minimum; the office network is outside it),
 * each as one plain line with the guide's own sentences behind a disclosure. Shown wherever a result is shown.
 */
export function ResultCaveats({ heading: Heading = 'h2' }: { heading?: 'h2' | 'h3' }) {
  const { t } = useShellTranslation();
  const { tx } = useLocalized();
  const id = useId();
  return (
    <aside className="result-caveats" aria-labelledby={id}>
      <Heading id={id} className="result-caveats__title">
        {t('caveats.heading')}
      </Heading>
      <ul className="result-caveats__list">
        {summary.caveats.map((c) => (
          <li key={c.id}>
            <p>{tx(c.lead)}</p>
            <details>
              <summary>{t('caveats.quoteSummary', { section: tx(c.section) })}</summary>
              {c.quote.map((q, i) => (
                <blockquote key={i}>{tx(q)}</blockquote>
              ))}
            </details>
          </li>
        ))}
      </ul>
    </aside>
  );
}
