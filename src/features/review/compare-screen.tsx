import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue, lookup } from '../../catalogue';
import type { Priority } from '../../domain/catalogue-schema';
import {
  CHANGE_KINDS,
  compareReviews,
  filterChanges,
  type ChangeFilter,
  type ChangeKind,
  type RateRow,
} from '../../domain/review-compare';
import { previousReview, reviewDate, seriesOf, seriesTrend } from '../../domain/review-series';
import { useAppStore } from '../../state/store';
import { routes } from '../../routes';
import { useDateFormats } from '../../ui/format-date';
import { MissingAssessment } from '../../ui/missing-assessment';
import { useDocumentTitle } from '../../ui/print-parts';
import { ChangeKindLabel, RateChange } from '../../ui/rate-change';
import { Link, navigate } from '../../ui/router';
import { ScrollRegion } from '../../ui/scroll-region';
import { TrendChart } from '../../ui/trend-chart';
import { useDisplayNames } from '../../ui/use-display-names';
import { useLocalized } from '../../ui/use-localized';
import './review.css';

function RateTable<K extends string | number>({
  caption,
  rows,
  label,
}: {
  caption: string;
  rows: RateRow<K>[];
  label: (key: K) => string;
}) {
  const { t } = useTranslation('review');
  const id = useId();
  const rate = (side: RateRow<K>['before']) =>
    side.rate === null
      ? t('compare.noItems')
      : t('compare.rate', { rate: side.rate, done: side.done, total: side.total });
  return (
    <ScrollRegion labelledBy={id}>
      <table className="review-table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.row')}</th>
            <th scope="col">{t('compare.before')}</th>
            <th scope="col">{t('compare.after')}</th>
            <th scope="col">{t('compare.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r.key)}>
              <th scope="row">{label(r.key)}</th>
              <td>{rate(r.before)}</td>
              <td>{rate(r.after)}</td>
              <td>
                <RateChange change={r.change} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** `#/a/<id>/compare[/<other>]`: a review compared with the previous one of its series, or with any other. */
export function CompareScreen({ assessmentId, otherId }: { assessmentId: string; otherId?: string }) {
  const { t } = useTranslation('review');
  const { t: tc } = useTranslation('checklist');
  const { assessmentName, environmentName } = useDisplayNames();
  const { tx } = useLocalized();
  const dates = useDateFormats();
  const all = useAppStore((s) => s.assessments);
  const assessment = all.find((a) => a.id === assessmentId) ?? null;
  const series = assessment ? seriesOf(all, assessment) : [];
  const others = series.filter((a) => a.id !== assessmentId);
  const other =
    (otherId === undefined ? null : (others.find((a) => a.id === otherId) ?? null)) ??
    (assessment ? previousReview(all, assessment) : null) ??
    others.at(-1) ??
    null;
  // The earlier review is always "before", whichever was opened.
  const [before, after] =
    assessment && other && other.createdAt > assessment.createdAt ? [assessment, other] : [other, assessment];
  const comparison = before && after ? compareReviews(catalogue, before, after) : null;
  const trend = seriesTrend(catalogue, series);
  const [filter, setFilter] = useState<ChangeFilter>({
    kinds: ['worse', 'improved', 'unconfirmed'],
    priority: 'all',
  });
  const chooseId = useId();
  const name = assessment ? assessmentName(assessment) : '';
  useDocumentTitle(t('compare.documentTitle', { name }));

  if (!assessment) return <MissingAssessment />;
  const names = new Map(series.map((a) => [a.id, assessmentName(a)]));

  const toggleKind = (kind: ChangeKind, on: boolean) =>
    setFilter((f) => ({ ...f, kinds: on ? [...f.kinds, kind] : f.kinds.filter((k) => k !== kind) }));
  const statusText = (s: string | null) =>
    s === null ? t('compare.notInChecklist') : tc(`status.${s as 'done'}`);

  return (
    <div className="compare-screen">
      <nav aria-label={tc('breadcrumb.label')} className="breadcrumb">
        <ol>
          <li>
            <Link to={routes.assessments()}>{tc('breadcrumb.assessments')}</Link>
          </li>
          <li>
            <Link to={routes.assessment(assessment.id)}>{name}</Link>
          </li>
          <li aria-current="page">{t('compare.title')}</li>
        </ol>
      </nav>
      <h1>{t('compare.title')}</h1>
      {!comparison || !before || !after ? (
        <p className="panel">{t('compare.none')}</p>
      ) : (
        <>
          <p>
            {t('compare.lead', {
              before: assessmentName(before),
              beforeDate: dates.date(reviewDate(before)),
              after: assessmentName(after),
              afterDate: dates.date(reviewDate(after)),
            })}
          </p>
          {others.length > 1 && (
            <div className="field">
              <label htmlFor={chooseId}>{t('compare.chooseLabel')}</label>
              <span id={`${chooseId}-hint`} className="field__hint">
                {t('compare.chooseHint')}
              </span>
              <select
                id={chooseId}
                aria-describedby={`${chooseId}-hint`}
                value={other?.id}
                onChange={(e) => navigate(routes.compare(assessment.id, e.target.value))}
              >
                {others.map((a) => (
                  <option key={a.id} value={a.id}>
                    {assessmentName(a)}（{dates.date(reviewDate(a))}）
                  </option>
                ))}
              </select>
            </div>
          )}

          <h2>{t('compare.countsLabel')}</h2>
          <ul className="compare-counts">
            {CHANGE_KINDS.map((k) => (
              <li key={k} className={`change-mark--${k}`}>
                <span aria-hidden="true">{t(`kindMark.${k}`)} </span>
                {t('compare.count', { label: t(`kind.${k}`), count: comparison.counts[k] })}
              </li>
            ))}
          </ul>

          <section aria-labelledby="compare-rates-title">
            <h2 id="compare-rates-title">{t('compare.ratesHeading')}</h2>
            <RateTable
              caption={t('compare.ratesCaption')}
              rows={[comparison.overall as RateRow<string>, ...(comparison.byPriority as RateRow<string>[])]}
              label={(k) => (k === 'all' ? t('compare.overall') : t('compare.priority', { priority: k }))}
            />
            <RateTable
              caption={t('compare.categoriesHeading')}
              rows={comparison.byCategory}
              label={(k) => {
                const c = catalogue.categories.find((x) => x.id === k);
                return c ? tx(c.name) : String(k);
              }}
            />
            <RateTable
              caption={t('compare.threatsHeading')}
              rows={comparison.byThreat}
              label={(k) => {
                const th = catalogue.threats.find((x) => x.id === k);
                return th ? tx(th.name) : k;
              }}
            />
          </section>

          <section aria-labelledby="compare-items-title">
            <h2 id="compare-items-title">{t('compare.itemsHeading')}</h2>
            <fieldset className="compare-filters">
              <legend>{t('compare.filtersLabel')}</legend>
              {CHANGE_KINDS.map((k) => (
                <label key={k} className="compare-filters__option">
                  <input
                    type="checkbox"
                    checked={filter.kinds.includes(k)}
                    onChange={(e) => toggleKind(k, e.target.checked)}
                  />{' '}
                  {t(`kind.${k}`)}
                </label>
              ))}
            </fieldset>
            <fieldset className="compare-filters">
              <legend>{t('compare.priorityFilter')}</legend>
              {(['all', '◎', '○'] as const).map((p) => (
                <label key={p} className="compare-filters__option">
                  <input
                    type="radio"
                    name="compare-priority"
                    checked={filter.priority === p}
                    onChange={() => setFilter((f) => ({ ...f, priority: p as Priority | 'all' }))}
                  />{' '}
                  {p === 'all' ? t('compare.priorityAll') : p}
                </label>
              ))}
            </fieldset>
            {comparison.pairs.map((pair) => {
              const shown = filterChanges(pair.changes, filter);
              const envName = environmentName(pair.after);
              const method = pair.after.method === null ? null : lookup.method(pair.after.method);
              return (
                <section key={pair.after.id} aria-label={envName} className="compare-env">
                  <h3>{t('compare.environment', { name: envName })}</h3>
                  <p className="compare-env__match">
                    {method ? `${tx(method.name)} · ` : ''}
                    {t(`compare.matchedBy.${pair.matchedBy}`)}
                    {pair.before.name.trim() !== pair.after.name.trim() &&
                      ` · ${t('compare.previousName', { name: environmentName(pair.before) })}`}
                  </p>
                  {shown.length === 0 ? (
                    <p>{t('compare.emptyFilter')}</p>
                  ) : (
                    <ScrollRegion labelledBy={`compare-${pair.after.id}-caption`}>
                      <table className="review-table">
                        <caption id={`compare-${pair.after.id}-caption`}>
                          {t('compare.itemCaption', { name: envName })}
                        </caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('compare.item')}</th>
                            <th scope="col">{t('compare.beforeStatus')}</th>
                            <th scope="col">{t('compare.afterStatus')}</th>
                            <th scope="col">{t('compare.kindHeader')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {shown.map((c) => {
                            const category = catalogue.categories.find((x) => x.id === c.item.category);
                            return (
                              <tr key={c.item.id}>
                                <th scope="row">
                                  {c.item.id} {c.item.priority} {category ? tx(category.name) : ''}
                                </th>
                                <td>{statusText(c.before)}</td>
                                <td>{statusText(c.after)}</td>
                                <td>
                                  <ChangeKindLabel kind={c.kind} />
                                </td>
                              </tr>
                            );
                          })}
                        </tbody>
                      </table>
                    </ScrollRegion>
                  )}
                </section>
              );
            })}
          </section>

          {(comparison.unmatchedBefore.length > 0 || comparison.unmatchedAfter.length > 0) && (
            <section aria-labelledby="compare-unmatched-title" className="panel">
              <h2 id="compare-unmatched-title">{t('compare.unmatchedHeading')}</h2>
              <p>{t('compare.unmatchedLead')}</p>
              <ul>
                {comparison.unmatchedBefore.length > 0 && (
                  <li>
                    {t('compare.unmatchedBefore', {
                      names: comparison.unmatchedBefore.map(environmentName).join('、'),
                    })}
                  </li>
                )}
                {comparison.unmatchedAfter.length > 0 && (
                  <li>
                    {t('compare.unmatchedAfter', {
                      names: comparison.unmatchedAfter.map(environmentName).join('、'),
                    })}
                  </li>
                )}
              </ul>
            </section>
          )}
        </>
      )}
      {trend.length > 1 && <TrendChart points={trend} names={names} />}
    </div>
  );
}
