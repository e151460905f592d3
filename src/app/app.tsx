import { lazy, Suspense, useEffect, useRef, useSyncExternalStore, type ComponentType } from 'react';
import { HomeScreen } from '../features/home/home-screen';
import { NotFoundScreen } from '../ui/not-found-screen';
import { ScreenErrorBoundary } from '../ui/error-boundary';
import { LanguageSwitcher } from '../ui/language-switcher';
import { SourceAttribution } from '../ui/source-attribution';
import { SaveStatus } from '../ui/save-status';
import { StorageBanner } from '../ui/storage-banner';
import { startRoute } from './start-route';
import { STORAGE_KEY } from '../state/storage-key';
import { Link, navigate, useHash } from '../ui/router';
import { useShellTranslation } from '../i18n/shell';
import { href, parseRoute, routes, type Route } from '../routes';

/**
 * A screen, loaded on demand: its module's export `name`, together with i18next (which every screen but the
 * first one uses: see i18n/shell.ts), in parallel. Like React.lazy, it takes any component type.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function screen<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => {
    const [, module] = await Promise.all([import('../i18n/setup').then((m) => m.setupI18n()), load()]);
    return { default: module[name] };
  });
}

const AssessmentsScreen = screen(
  () => import('../features/assessments/assessments-screen'),
  'AssessmentsScreen',
);
const AssessmentScreen = screen(
  () => import('../features/assessments/assessment-screen'),
  'AssessmentScreen',
);
const ChecklistScreen = screen(() => import('../features/checklist/checklist-screen'), 'ChecklistScreen');
const GlossaryScreen = screen(() => import('../features/glossary/glossary-screen'), 'GlossaryScreen');
const WizardScreen = screen(() => import('../features/wizard/wizard-screen'), 'WizardScreen');
const AboutScreen = screen(() => import('../features/about/about-screen'), 'AboutScreen');
const SharedLinkScreen = screen(
  () => import('../features/share-link/shared-link-screen'),
  'SharedLinkScreen',
);
const SummaryScreen = screen(() => import('../features/summary-report/summary-screen'), 'SummaryScreen');
const ReportScreen = screen(() => import('../features/summary-report/report-screen'), 'ReportScreen');
const PlanScreen = screen(() => import('../features/plan/plan-screen'), 'PlanScreen');
const CompareScreen = screen(() => import('../features/review/compare-screen'), 'CompareScreen');
const BlankChecklistScreen = screen(
  () => import('../features/summary-report/blank-checklist-screen'),
  'BlankChecklistScreen',
);

const noSubscription = () => () => {};
function hasSavedData(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    // Storage switched off: nothing saved to remind of.
    return false;
  }
}

const DueReviews = screen(() => import('../ui/due-reviews'), 'DueReviews');

/**
 * On the home screen, the reviews that are due: loaded after the first screen, and only when something is
 * saved, so a first visit never loads the store for it.
 */
function DueReviewsSlot() {
  // The pre-rendered page has no data: the server snapshot is false, so hydration matches, then the browser's.
  const saved = useSyncExternalStore(noSubscription, hasSavedData, () => false);
  if (!saved) return null;
  return (
    <Suspense fallback={null}>
      <DueReviews />
    </Suspense>
  );
}

/** Shown while a lazily loaded screen arrives (usually too briefly to notice). */
function ScreenLoading() {
  // A namespace bundled with the first screen: this shows while a screen's own texts are still loading.
  const { t } = useShellTranslation();
  return <p role="status">{t('loading')}</p>;
}

/** The start button: the store is loaded on demand, so that the first screen stays small. */
function start() {
  void import('../state/store').then(({ useAppStore }) =>
    navigate(startRoute(useAppStore.getState().assessments)),
  );
}

/** Picks the screen for the current route. */
function Screen({ route }: { route: Route }) {
  if (route.name === 'home') return <HomeScreen onStart={start} notice={<DueReviewsSlot />} />;
  if (route.name === 'notFound') return <NotFoundScreen />;
  return <Suspense fallback={<ScreenLoading />}>{lazyScreen(route)}</Suspense>;
}

function lazyScreen(route: Exclude<Route, { name: 'home' | 'notFound' }>) {
  switch (route.name) {
    case 'assessments':
      return <AssessmentsScreen />;
    case 'assessment':
      return <AssessmentScreen key={route.assessmentId} assessmentId={route.assessmentId} />;
    case 'summary':
      return <SummaryScreen assessmentId={route.assessmentId} />;
    case 'report':
      return <ReportScreen assessmentId={route.assessmentId} />;
    case 'plan':
      return <PlanScreen assessmentId={route.assessmentId} />;
    case 'compare':
      return <CompareScreen assessmentId={route.assessmentId} otherId={route.otherId} />;
    case 'blank':
      return <BlankChecklistScreen methodParam={route.method} />;
    case 'checklist':
      return (
        <ChecklistScreen
          key={`${route.assessmentId}/${route.environmentId}`}
          assessmentId={route.assessmentId}
          environmentId={route.environmentId}
        />
      );
    case 'about':
      return <AboutScreen />;
    case 'glossary':
      return <GlossaryScreen entryId={route.entryId} />;
    case 'wizard':
      return (
        <WizardScreen
          key={`${route.assessmentId}/${route.environmentId}`}
          assessmentId={route.assessmentId}
          environmentId={route.environmentId}
          view={route.view}
          questionId={route.questionId}
        />
      );
    case 'share':
      return <SharedLinkScreen key={route.fragment} fragment={route.fragment} />;
  }
}

export function App() {
  const { t } = useShellTranslation();
  const hash = useHash();
  const route = parseRoute(hash);
  const mainRef = useRef<HTMLElement>(null);
  // Every unknown address shows the same screen, but going from one to another is still a navigation.
  const routeKey = route.name === 'notFound' ? hash : href(route);
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
          <Link to={routes.home()} className="site-header__brand">
            {t('appName')}
          </Link>
          <nav aria-label={t('nav.label')} className="site-nav">
            <Link to={routes.assessments()}>{t('nav.assessments')}</Link>
            <Link to={routes.glossary()}>{t('nav.glossary')}</Link>
          </nav>
          <SaveStatus />
          <LanguageSwitcher />
        </div>
      </header>
      <StorageBanner />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <ScreenErrorBoundary resetKey={routeKey}>
          <Screen route={route} />
        </ScreenErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('privacy.short')}</p>
        <p>
          <Link to={routes.about()}>{t('about.footerLink')}</Link>
        </p>
        <SourceAttribution />
      </footer>
    </>
  );
}
