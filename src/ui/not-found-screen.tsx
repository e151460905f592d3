import { NotFoundPanel } from './not-found-panel';
import { useTranslation } from 'react-i18next';
import { routes } from '../routes';

export function NotFoundScreen() {
  const { t } = useTranslation('errors');
  return (
    <NotFoundPanel
      title={t('notFound.title')}
      body={t('notFound.body')}
      to={routes.home()}
      linkLabel={t('notFound.home')}
    />
  );
}
