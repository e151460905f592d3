import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HomeScreen } from './screens/home-screen';
import { NotFoundScreen } from './screens/not-found-screen';
import { ScreenErrorBoundary } from './components/error-boundary';
import { LanguageSwitcher } from './components/language-switcher';
import { SourceAttribution } from './components/source-attribution';
import { SaveStatus } from './components/save-status';
import { StorageBanner } from './components/storage-banner';
import { startPath } from './start-path';
import { Link, navigate, useHash, pathSegments, shareFragment } from './router';
import { isWizardView } from './wizard-paths';

const AssessmentsScreen = lazy(() =>
  import('./screens/assessments-screen').then((m) => ({ default: m.AssessmentsScreen })),
);
const AssessmentScreen = lazy(() =>
  import('./screens/assessment-screen').then((m) => ({ default: m.AssessmentScreen })),
);
const ChecklistScreen = lazy(() =>
  import('./screens/checklist-screen').then((m) => ({ default: m.ChecklistScreen })),
);
const GlossaryScreen = lazy(() =>
  import('./screens/glossary-screen').then((m) => ({ default: m.GlossaryScreen })),
);
const WizardScreen = lazy(() => import('./screens/wizard-screen').then((m) => ({ default: m.WizardScreen })));
const SharedLinkScreen = lazy(() =>
  import('./screens/shared-link-screen').then((m) => ({ default: m.SharedLinkScreen })),
);
const SummaryScreen = lazy(() =>
  import('./screens/summary-screen').then((m) => ({ default: m.SummaryScreen })),
);
const ReportScreen = lazy(() => import('./screens/report-screen').then((m) => ({ default: m.ReportScreen })));
const BlankChecklistScreen = lazy(() =>
  import('./screens/blank-checklist-screen').then((m) => ({ default: m.BlankChecklistScreen })),
);

/** Shown while a lazily loaded screen arrives (usually too briefly to notice). */
function ScreenLoading() {
  // A namespace bundled with the first screen: this shows while a screen's own texts are still loading.
  const { t } = useTranslation();
  return <p role="status">{t('loading')}</p>;
}

/** The start button: the store is loaded on demand, so that the first screen stays small. */
function start() {
  void import('../state/store').then(({ useAppStore }) =>
    navigate(startPath(useAppStore.getState().assessments)),
  );
}

/** Picks the screen for the current route. */
function Screen({ segments }: { segments: string[] }) {
  const [head] = segments;
  if (head === undefined) return <HomeScreen onStart={start} />;
  if (head === 'assessments' && segments.length === 1)
    return (
      <Suspense fallback={<ScreenLoading />}>
        <AssessmentsScreen />
      </Suspense>
    );
  if (head === 'a' && segments.length === 2)
    return (
      <Suspense fallback={<ScreenLoading />}>
        <AssessmentScreen key={segments[1]} assessmentId={segments[1]!} />
      </Suspense>
    );
  if (head === 'a' && segments.length === 3 && (segments[2] === 'summary' || segments[2] === 'report')) {
    const View = segments[2] === 'summary' ? SummaryScreen : ReportScreen;
    return (
      <Suspense fallback={<ScreenLoading />}>
        <View assessmentId={segments[1]!} />
      </Suspense>
    );
  }
  if (head === 'blank' && segments.length === 2)
    return (
      <Suspense fallback={<ScreenLoading />}>
        <BlankChecklistScreen methodParam={segments[1]} />
      </Suspense>
    );
  if (head === 'a' && segments[2] === 'e' && segments[4] === 'checklist' && segments.length === 5)
    return (
      <Suspense fallback={<ScreenLoading />}>
        <ChecklistScreen
          key={`${segments[1]}/${segments[3]}`}
          assessmentId={segments[1]!}
          environmentId={segments[3]!}
        />
      </Suspense>
    );
  if (head === 'glossary' && segments.length <= 2)
    return (
      <Suspense fallback={<ScreenLoading />}>
        <GlossaryScreen entryId={segments[1]} />
      </Suspense>
    );
  if (
    head === 'a' &&
    segments[2] === 'e' &&
    isWizardView(segments[4]) &&
    segments.length <= (segments[4] === 'pick' ? 6 : 5)
  )
    return (
      <Suspense fallback={<ScreenLoading />}>
        <WizardScreen
          key={`${segments[1]}/${segments[3]}`}
          assessmentId={segments[1]!}
          environmentId={segments[3]!}
          view={segments[4]}
          questionId={segments[5]}
        />
      </Suspense>
    );
  return <NotFoundScreen />;
}

export function App() {
  const { t } = useTranslation();
  const hash = useHash();
  const segments = pathSegments(hash);
  const mainRef = useRef<HTMLElement>(null);
  // A share link (`#S1…`) is a screen of its own, distinct from home although it has no path segments.
  const share = shareFragment(hash);
  const routeKey = share !== null ? `#${share}` : segments.join('/');
  const first = useRef(true);

  // Move focus to the new screen on navigation, as a page load would, so keyboard and screen-reader users
  // are not left on a control that no longer exists.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A lazily loaded screen has no heading until its code arrives: wait for it (a few seconds at most).
    let frame = 0;
    let tries = 0;
    const before = document.activeElement;
    const focusHeading = () => {
      const heading = mainRef.current?.querySelector<HTMLElement>('h1, h2');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: false });
      }
      // While a screen's code or texts load, React keeps the previous screen in the DOM, hidden, and its heading
      // cannot take focus: try again until focus has moved (to the heading, or wherever the screen put it).
      const active = document.activeElement;
      if ((active === before || active === document.body || active === null) && tries++ < 180)
        frame = requestAnimationFrame(focusHeading);
    };
    focusHeading();
    return () => cancelAnimationFrame(frame);
  }, [routeKey]);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
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
          <SaveStatus />
          <LanguageSwitcher />
        </div>
      </header>
      <StorageBanner />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <ScreenErrorBoundary resetKey={routeKey}>
          {share !== null ? (
            <Suspense fallback={<ScreenLoading />}>
              <SharedLinkScreen key={share} fragment={share} />
            </Suspense>
          ) : (
            <Screen segments={segments} />
          )}
        </ScreenErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('privacy.short')}</p>
        <SourceAttribution />
      </footer>
    </>
  );
}
