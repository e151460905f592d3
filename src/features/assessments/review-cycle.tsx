import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import { isReadOnly, type Assessment } from '../../domain/assessment';
import { exportFileName } from '../../domain/export-file-name';
import { exportSeriesJson } from '../../domain/export-series-json';
import { reminderIcs } from '../../domain/ics';
import {
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  REVIEW_INTERVALS,
  changedSinceExport,
  previousReview,
  reviewDueState,
  seriesIdOf,
  seriesOf,
} from '../../domain/review-series';
import { assessmentProgress, percent } from '../../domain/progress';
import { localDateStamp, startOfLocalDate } from '../../domain/dates';
import { RateChange } from '../../ui/rate-change';
import { useAppStore } from '../../state/store';
import { routes } from '../../routes';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { downloadText } from '../../ui/download';
import { isoDateTime, useDateFormats } from '../../ui/format-date';
import { Link, navigate } from '../../ui/router';
import { useDisplayNames } from '../../ui/use-display-names';
import '../../ui/review.css';

/** The time now, read when the user acts (never while rendering). */
const currentTime = () => Date.now();

/**
 * The review cycle on an assessment's overview: where it stands in its series, starting the next review from
 * it, comparing, and saving the whole series to one file.
 */
export function ReviewCyclePanel({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('review');
  const { t: tc } = useTranslation();
  const { assessmentName } = useDisplayNames();
  const dates = useDateFormats();
  const all = useAppStore((s) => s.assessments);
  // The name of the next review, set when the user asks to start it (it carries today's date).
  const [nextName, setNextName] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const series = seriesOf(all, assessment);
  const position = series.findIndex((a) => a.id === assessment.id) + 1;
  const previous = previousReview(all, assessment);
  const later = series[position] ?? null;
  const name = assessmentName(assessment);

  const saveSeries = () => {
    const now = new Date();
    const file = exportFileName(name, tc('appName'), now, 'json').replace(/\.json$/, '-series.json');
    downloadText(file, exportSeriesJson(series, now.getTime()), 'application/json');
    useAppStore.getState().markExported(
      series.map((a) => a.id),
      now.getTime(),
    );
    setMessage(t('interval.icsSaved', { file }));
  };

  return (
    <section className="panel review-cycle" aria-labelledby="review-cycle-title">
      <h2 id="review-cycle-title">{t('series.heading')}</h2>
      <p>{t('series.lead')}</p>
      {series.length > 1 && <p>{t('series.position', { count: position })}</p>}
      <ul className="link-list">
        {previous && (
          <li>
            <Link to={routes.assessment(previous.id)}>
              {t('series.previous', { name: assessmentName(previous) })}
            </Link>
          </li>
        )}
        {later && (
          <li>
            <Link to={routes.assessment(later.id)}>{t('series.later', { name: assessmentName(later) })}</Link>
          </li>
        )}
        {series.length > 1 && (
          <li>
            <Link to={routes.compare(assessment.id)}>{t('series.compare')}</Link>
          </li>
        )}
      </ul>
      <p className="field__hint">{t('series.startHint')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => setNextName(t('series.nextName', { name, date: dates.date(currentTime()) }))}
        >
          {t('series.start')}
        </button>
        {series.length > 1 && (
          <button type="button" className="button" onClick={saveSeries}>
            {t('series.exportSeries', { count: series.length })}
          </button>
        )}
      </div>
      {series.length > 1 && <p className="field__hint">{t('series.exportSeriesHint')}</p>}
      <p role="status">{message}</p>
      <ConfirmDialog
        open={nextName !== null}
        title={t('series.startDialogTitle')}
        confirmLabel={t('series.startConfirm')}
        cancelLabel={tc('actions.cancel')}
        onCancel={() => setNextName(null)}
        onConfirm={() => {
          setNextName(null);
          const id = useAppStore.getState().startNextReview(assessment.id, nextName ?? name);
          if (id) navigate(routes.assessment(id));
        }}
      >
        <p>{t('series.startDialogBody', { name, next: nextName ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

/** The interval between reviews and the calendar file of the next review date. */
export function ReviewSchedule({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('review');
  const { assessmentName } = useDisplayNames();
  const id = useId();
  const [message, setMessage] = useState('');
  const locked = isReadOnly(assessment);
  const interval = assessment.reviewIntervalMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS;
  const label = (m: number) => (m === 12 ? t('interval.year') : t('interval.months', { count: m }));

  const saveIcs = () => {
    if (!assessment.nextReviewOn) return;
    const name = assessmentName(assessment);
    const now = Date.now();
    const text = reminderIcs({
      uid: `review-${seriesIdOf(assessment)}-${assessment.nextReviewOn}@telework-security-checklist`,
      createdAt: now,
      date: assessment.nextReviewOn,
      summary: t('interval.icsSummary', { name }),
      description: t('interval.icsDescription', { name }),
      alarmDaysBefore: 7,
    });
    const file = `review-${assessment.nextReviewOn}.ics`;
    downloadText(file, text, 'text/calendar;charset=utf-8');
    setMessage(t('interval.icsSaved', { file }));
  };

  return (
    <div className="review-schedule">
      <div className="field">
        <label htmlFor={id}>{t('interval.label')}</label>
        <select
          id={id}
          value={interval}
          disabled={locked}
          onChange={(e) => useAppStore.getState().setReviewInterval(assessment.id, Number(e.target.value))}
        >
          {[...new Set([...REVIEW_INTERVALS, interval])].map((m) => (
            <option key={m} value={m}>
              {label(m)}
            </option>
          ))}
        </select>
      </div>
      {assessment.nextReviewOn && (
        <p>
          <button type="button" className="button button--small" onClick={saveIcs}>
            {t('interval.ics')}
          </button>{' '}
          <span className="field__hint">{t('interval.icsHint')}</span>
        </p>
      )}
      <p role="status">{message}</p>
    </div>
  );
}

/** Asks the browser once per page load to keep this site's data (it may still refuse). */
let persistRequest: Promise<boolean> | null = null;
function requestPersistence(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return Promise.resolve(false);
  persistRequest ??= navigator.storage
    .persisted()
    .then((already) => already || navigator.storage.persist())
    .catch(() => false);
  return persistRequest;
}

/**
 * When the assessment was last saved to a file, a calm reminder when it changed since, and whether the browser
 * agreed to keep the data (navigator.storage.persist()).
 */
export function BackupStatus({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('review');
  const dates = useDateFormats();
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void requestPersistence().then((p) => {
      if (live) setPersisted(p);
    });
    return () => {
      live = false;
    };
  }, []);
  const answered = assessmentProgress(catalogue, assessment).answered > 0;
  return (
    <div className="backup-status">
      <p>
        {assessment.lastExportedAt === undefined ? (
          t('backup.neverExported')
        ) : (
          <time dateTime={isoDateTime(assessment.lastExportedAt)}>
            {t('backup.lastExported', { date: dates.dateTime(assessment.lastExportedAt) })}
          </time>
        )}
      </p>
      {answered && changedSinceExport(assessment) && <p className="calm-notice">{t('backup.reminder')}</p>}
      {persisted !== null && (
        <p className="field__hint">{persisted ? t('backup.persisted') : t('backup.notPersisted')}</p>
      )}
    </div>
  );
}

/** The whole series' latest done rate and its change since the review before, for the list. */
export function seriesResult(
  all: readonly Assessment[],
  latest: Assessment,
): { rate: number; change: number | null } {
  const rate = (a: Assessment) => {
    const p = assessmentProgress(catalogue, a);
    return percent(p.done, p.total);
  };
  const previous = previousReview(all, latest);
  return { rate: rate(latest), change: previous ? rate(latest) - rate(previous) : null };
}

/** Today as `YYYY-MM-DD`, read outside rendering's pure part. */
export const todayStamp = () => localDateStamp(Date.now());

/**
 * On the list's card of a series' latest review: how many reviews the series has, the latest done rate and
 * the change since the review before, whether the next review is due, and links to the earlier reviews.
 */
export function SeriesLine({ latest, earlier }: { latest: Assessment; earlier: readonly Assessment[] }) {
  const { t } = useTranslation('review');
  const { assessmentName } = useDisplayNames();
  const dates = useDateFormats();
  const all = [...earlier, latest];
  const result = seriesResult(all, latest);
  const due = reviewDueState(latest.nextReviewOn, todayStamp());
  return (
    <div className="series-line">
      {due && (
        <p className={`due-badge due-badge--${due}`}>
          <span aria-hidden="true">⏰ </span>
          {due === 'overdue' ? t('due.listBadgeOverdue') : t('due.listBadgeSoon')}
          {latest.nextReviewOn ? `（${dates.date(startOfLocalDate(latest.nextReviewOn))}）` : ''}
        </p>
      )}
      {earlier.length > 0 && (
        <>
          <p>
            {t('list.seriesResult', { count: all.length, rate: result.rate })}
            {result.change !== null && (
              <>
                {' · '}
                {t('list.sincePrevious', { change: '' })}
                <RateChange change={result.change} />
              </>
            )}
          </p>
          <details>
            <summary>{t('list.earlier')}</summary>
            <ul>
              {[...earlier].reverse().map((a) => (
                <li key={a.id}>
                  <Link to={routes.assessment(a.id)}>{assessmentName(a)}</Link>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </div>
  );
}
