import { useTranslation } from 'react-i18next';
import { localDateStamp, startOfLocalDate } from '../domain/dates';
import { dueReviews } from '../domain/review-series';
import { useAppStore } from '../state/store';
import { routes } from '../routes';
import { useDateFormats } from './format-date';
import { Link } from './router';
import { useDisplayNames } from './use-display-names';
import './review.css';

const today = () => localDateStamp(Date.now());

/** The reviews whose next review date has passed or is near (the latest review of each series), if any. */
export function DueReviews() {
  const { t } = useTranslation('review');
  const { assessmentName } = useDisplayNames();
  const dates = useDateFormats();
  const assessments = useAppStore((s) => s.assessments);
  const due = dueReviews(assessments, today());
  if (due.length === 0) return null;
  return (
    <section className="due-reviews" aria-labelledby="due-reviews-title">
      <h2 id="due-reviews-title">
        <span aria-hidden="true">⏰ </span>
        {t('due.heading')}
      </h2>
      <ul>
        {due.map(({ assessment, state }) => {
          const name = assessmentName(assessment);
          const date = dates.date(startOfLocalDate(assessment.nextReviewOn!));
          return (
            <li key={assessment.id}>
              {state === 'overdue' ? t('due.overdue', { name, date }) : t('due.dueSoon', { name, date })}{' '}
              <Link to={routes.assessment(assessment.id)}>{t('due.open', { name })}</Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
