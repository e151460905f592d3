import { useTranslation } from 'react-i18next';
import { Link } from './router';
import { routes } from '../routes';

export function NotFoundScreen() {
  const { t } = useTranslation('errors');
  return (
    <section className="panel" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to={routes.home()} className="button">
        {t('notFound.home')}
      </Link>
    </section>
  );
}
