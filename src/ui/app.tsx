import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HomeScreen } from './screens/home-screen';
import { NotFoundScreen } from './screens/not-found-screen';
import { ScreenErrorBoundary } from './components/error-boundary';
import { LanguageSwitcher } from './components/language-switcher';
import { SourceAttribution } from './components/source-attribution';
import { Link, navigate, useHash, pathSegments } from './router';

/** Picks the screen for the current route. */
function Screen({ segments }: { segments: string[] }) {
  const [head] = segments;
  if (head === undefined) return <HomeScreen onStart={() => navigate('/assessments')} />;
  return <NotFoundScreen />;
}

export function App() {
  const { t } = useTranslation();
  const hash = useHash();
  const segments = pathSegments(hash);
  const mainRef = useRef<HTMLElement>(null);
  const routeKey = segments.join('/');
  const first = useRef(true);

  // Move focus to the new screen on navigation, as a page load would, so keyboard and screen-reader users
  // are not left on a control that no longer exists.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1, h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
  }, [routeKey]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-header__brand">
            {t('appName')}
          </Link>
          <nav aria-label={t('nav.label')} className="site-nav">
            <Link to="/assessments">{t('nav.assessments')}</Link>
            <Link to="/glossary">{t('nav.glossary')}</Link>
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <ScreenErrorBoundary resetKey={routeKey}>
          <Screen segments={segments} />
        </ScreenErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('privacy.short')}</p>
        <SourceAttribution />
      </footer>
    </>
  );
}
