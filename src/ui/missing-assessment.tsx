import { useTranslation } from 'react-i18next';
import { Link } from './router';
import { routes } from '../routes';

/** Shown when the address names an assessment that is not in this browser. */
export function MissingAssessment() {
  const { t } = useTranslation('report');
  return (
    <section className="panel panel--warn" aria-labelledby="missing-assessment-title">
      <h1 id="missing-assessment-title">{t('missing.title')}</h1>
      <p>{t('missing.body')}</p>
      <Link to={routes.assessments()} className="button">
        {t('backToList')}
      </Link>
    </section>
  );
}
