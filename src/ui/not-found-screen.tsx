import { NotFoundPanel } from './not-found-panel';
import { useShellTranslation } from '../i18n/shell';
import { routes } from '../routes';

export function NotFoundScreen() {
  const { t } = useShellTranslation('errors');
  return (
    <NotFoundPanel
      title={t('notFound.title')}
      body={t('notFound.body')}
      to={routes.home()}
      linkLabel={t('notFound.home')}
    />
  );
}
