import { loadNamespace, loadShellTexts } from './i18n/browser-resources';
import type { Namespace } from './i18n/resources';
import { preloadCatalogueTexts } from './catalogue-texts';
import { parseRoute, type Route } from './routes';

interface ScreenPreload {
  /** The screen's module, under src/ (for the test that checks `texts`). */
  readonly file: string;
  readonly load: () => Promise<unknown>;
  /** The i18next namespaces its code uses, beyond the page frame's (tests/unit/app/route-preload.test.ts). */
  readonly texts: readonly Namespace[];
}

/** The screens a deep link most often opens, and what each needs. */
export const SCREEN_PRELOADS: Partial<Record<Route['name'], ScreenPreload>> = {
  share: {
    file: 'features/share-link/shared-link-screen.tsx',
    load: () => import('./features/share-link/shared-link-screen'),
    texts: ['share'],
  },
  checklist: {
    file: 'features/checklist/checklist-screen.tsx',
    load: () => import('./features/checklist/checklist-screen'),
    texts: ['checklist', 'report', 'review'],
  },
  report: {
    file: 'features/summary-report/report-screen.tsx',
    load: () => import('./features/summary-report/report-screen'),
    texts: ['checklist', 'report', 'review'],
  },
  assessment: {
    file: 'features/assessments/assessment-screen.tsx',
    load: () => import('./features/assessments/assessment-screen'),
    texts: ['assessments', 'checklist', 'report', 'review', 'share'],
  },
  assessments: {
    file: 'features/assessments/assessments-screen.tsx',
    load: () => import('./features/assessments/assessments-screen'),
    texts: ['assessments', 'review', 'share'],
  },
};

/**
 * What a deep link needs beyond the first screen, started from the entry script before the app itself has
 * loaded: the screen's chunk (with its CSS), i18next, the store (with zod), the catalogue and its texts in the
 * page's language, and the screen's texts. Without this they are discovered one after another (app → render →
 * lazy screen with i18next → catalogue → its texts → the screen's texts). The imports are the very ones the app
 * makes later (src/app/app.tsx, catalogue-texts.ts, i18n/setup.ts), so each file is fetched once and the later
 * import finds it loaded.
 */
export function preloadRoute(hash: string, lang: 'ja' | 'en'): void {
  const route = parseRoute(hash);
  // Every screen needs the page frame's texts in the visitor's language (for home, that is all it needs).
  const loads: Promise<unknown>[] = [loadShellTexts(lang)];
  const screen = SCREEN_PRELOADS[route.name];
  if (screen) {
    loads.push(screen.load(), import('./i18n/setup'), import('./state/store'));
    for (const ns of screen.texts) loads.push(loadNamespace(lang, ns));
  }
  // Every screen but home shows the catalogue: start it and its texts.
  if (route.name !== 'home' && route.name !== 'notFound') {
    loads.push(import('./catalogue'), preloadCatalogueTexts(lang));
  }
  // A failure here is not an error: the app's own import of the same file reports it where it matters.
  for (const l of loads) l.catch(() => {});
}
