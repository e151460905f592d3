import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../domain/review-series';
import { useDateFormats } from './format-date';
import { ScrollRegion } from './scroll-region';
import './review.css';

const WIDTH = 560;
const HEIGHT = 240;
const PAD = { left: 44, right: 24, top: 16, bottom: 36 };

/**
 * The done rate of each review of a series, overall and for ◎ items: an SVG line chart that reads without
 * colour (a solid line with round marks and a dashed line with square marks, each value written beside its
 * mark) and the same figures in a table, which is what screen readers get.
 */
export function TrendChart({
  points,
  names,
  headingLevel = 'h2',
}: {
  points: readonly TrendPoint[];
  /** The display name of each review, by assessment id. */
  names: ReadonlyMap<string, string>;
  headingLevel?: 'h2' | 'h3';
}) {
  const { t } = useTranslation('review');
  const dates = useDateFormats();
  const id = useId();
  const Heading = headingLevel;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : (innerW * i) / (points.length - 1));
  const y = (rate: number) => PAD.top + innerH - (innerH * rate) / 100;
  const line = (pick: (p: TrendPoint) => number) =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ');

  return (
    <section className="trend" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{t('trend.heading')}</Heading>
      <p>{t('trend.lead')}</p>
      <ul className="trend__legend" aria-hidden="true">
        <li>
          <svg width="34" height="12" focusable="false">
            <line x1="2" y1="6" x2="32" y2="6" className="trend__line trend__line--overall" />
            <circle cx="17" cy="6" r="4" className="trend__mark trend__mark--overall" />
          </svg>
          {t('trend.overall')}
        </li>
        <li>
          <svg width="34" height="12" focusable="false">
            <line x1="2" y1="6" x2="32" y2="6" className="trend__line trend__line--high" />
            <rect x="13" y="2" width="8" height="8" className="trend__mark trend__mark--high" />
          </svg>
          {t('trend.high')}
        </li>
      </ul>
      <svg
        className="trend__chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('trend.chartLabel')}
        focusable="false"
      >
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} className="trend__grid" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="trend__axis">
              {t('trend.axis', { value: v })}
            </text>
          </g>
        ))}
        <path d={line((p) => p.rate)} className="trend__line trend__line--overall" />
        <path d={line((p) => p.highRate)} className="trend__line trend__line--high" />
        {points.map((p, i) => (
          <g key={p.assessmentId}>
            <circle cx={x(i)} cy={y(p.rate)} r="5" className="trend__mark trend__mark--overall" />
            <rect
              x={x(i) - 5}
              y={y(p.highRate) - 5}
              width="10"
              height="10"
              className="trend__mark trend__mark--high"
            />
            <text x={x(i) + 8} y={y(p.rate) - 6} className="trend__value">
              {p.rate}%
            </text>
            <text x={x(i) + 8} y={y(p.highRate) + 16} className="trend__value trend__value--high">
              ◎{p.highRate}%
            </text>
            <text x={x(i)} y={HEIGHT - 12} textAnchor="middle" className="trend__axis">
              {dates.month(p.date)}
            </text>
          </g>
        ))}
      </svg>
      <ScrollRegion labelledBy={`${id}-caption`}>
        <table className="review-table trend__table">
          <caption id={`${id}-caption`}>{t('trend.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trend.review')}</th>
              <th scope="col">{t('trend.date')}</th>
              <th scope="col">{t('trend.overall')}</th>
              <th scope="col">{t('trend.high')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.assessmentId}>
                <th scope="row">{names.get(p.assessmentId) ?? ''}</th>
                <td>{dates.date(p.date)}</td>
                <td>{t('trend.value', { rate: p.rate, done: p.done, total: p.total })}</td>
                <td>{t('trend.value', { rate: p.highRate, done: p.highDone, total: p.highTotal })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
