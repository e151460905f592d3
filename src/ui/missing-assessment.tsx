import { NotFoundPanel } from './not-found-panel';
import { useTranslation } from 'react-i18next';
import { routes } from '../routes';

/** Shown when the address names an assessment that is not in this browser. */
export function MissingAssessment() {
  const { t } = useTranslation('report');
  return (
    <NotFoundPanel
      warn
      title={t('missing.title')}
      body={t('missing.body')}
      to={routes.assessments()}
      linkLabel={t('backToList')}
    />
  );
}
