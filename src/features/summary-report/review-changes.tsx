import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import type { Assessment } from '../../domain/assessment';
import { changeLines, type ReviewComparison } from '../../domain/review-compare';
import { reviewDate, seriesTrend } from '../../domain/review-series';
import { useDateFormats } from '../../ui/format-date';
import { TrendChart } from '../../ui/trend-chart';
import { useDisplayNames } from '../../ui/use-display-names';
import { useLocalized } from '../../ui/use-localized';
import { useEnvironmentLabel } from './summary-figures';

/**
 * The report's part on the review cycle: what got worse and what improved since the previous review, and the
 * done rate over the series.
 */
export function ReviewChanges({
  previous,
  comparison,
  series,
}: {
  previous: Assessment;
  comparison: ReviewComparison;
  /** Every review of the series, oldest first. */
  series: readonly Assessment[];
}) {
  const { t } = useTranslation(['review', 'checklist']);
  const { tx } = useLocalized();
  const { assessmentName } = useDisplayNames();
  const dates = useDateFormats();
  const envLabel = useEnvironmentLabel();
  const names = new Map(series.map((a) => [a.id, assessmentName(a)]));
  const status = (s: string | null) =>
    s === null ? t('compare.notInChecklist') : t(`checklist:status.${s as 'done'}`);

  const list = (kind: 'worse' | 'improved') => {
    const lines = changeLines(comparison, kind);
    if (lines.length === 0) return <p>{t('changes.none')}</p>;
    return (
      <ul className="review-changes__list">
        {lines.map((line) => {
          const category = catalogue.categories.find((c) => c.id === line.item.category);
          return (
            <li key={line.item.id}>
              <span aria-hidden="true" className={`change-mark change-mark--${kind}`}>
                {t(`kindMark.${kind}`)}{' '}
              </span>
              <strong>
                {line.item.id} {line.item.priority} {category ? tx(category.name) : ''}
              </strong>
              {line.environments.map((e) => (
                <span key={e.environment.id} className="review-changes__env">
                  {' '}
                  {envLabel(e.environment)}：
                  {t('changes.line', { before: status(e.before), after: status(e.after) })}
                </span>
              ))}
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <>
      <p>{t('changes.lead', { name: assessmentName(previous), date: dates.date(reviewDate(previous)) })}</p>
      {comparison.counts.unconfirmed > 0 && (
        <p className="calm-notice">{t('changes.unconfirmed', { count: comparison.counts.unconfirmed })}</p>
      )}
      <h3>
        <span aria-hidden="true">{t('kindMark.worse')} </span>
        {t('changes.worseHeading')}
      </h3>
      {list('worse')}
      <h3>
        <span aria-hidden="true">{t('kindMark.improved')} </span>
        {t('changes.improvedHeading')}
      </h3>
      {list('improved')}
      {series.length > 1 && (
        <TrendChart points={seriesTrend(catalogue, series)} names={names} headingLevel="h3" />
      )}
    </>
  );
}
