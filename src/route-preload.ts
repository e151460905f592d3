import { loadNamespace, loadShellTexts } from './i18n/browser-resources';
import { preloadCatalogueTexts } from './catalogue-texts';
import { parseRoute } from './routes';

/**
 * What a deep link needs beyond the first screen, started from the entry script before the app itself has
 * loaded: the screen's chunk (with its CSS), the store (with zod), the catalogue and its texts in the page's
 * language, and the screen's texts. Without this they are discovered one after another (app → i18n set-up →
 * render → lazy screen → catalogue → its texts → the screen's texts). The imports are the very ones the app
 * makes later (src/app/app.tsx, catalogue-texts.ts, i18n/setup.ts), so each file is fetched once and the later
 * import finds it loaded.
 */
export function preloadRoute(hash: string, lang: 'ja' | 'en'): void {
  const route = parseRoute(hash);
  const loads: Promise<unknown>[] = [];
  // Every screen needs the page frame's texts in the visitor's language (for home, that is all it needs).
  loads.push(loadShellTexts(lang));
  const texts = (...ns: string[]) => {
    ns.forEach((n) => loads.push(loadNamespace(lang, n)));
  };
  const data = () => {
    loads.push(import('./state/store'), import('./catalogue'), preloadCatalogueTexts(lang));
  };
  switch (route.name) {
    case 'share':
      loads.push(import('./features/share-link/shared-link-screen'));
      data();
      texts('share', 'checklist');
      break;
    case 'checklist':
      loads.push(import('./features/checklist/checklist-screen'));
      data();
      texts('checklist');
      break;
    case 'report':
      loads.push(import('./features/summary-report/report-screen'));
      data();
      texts('report', 'checklist');
      break;
    case 'assessment':
      loads.push(import('./features/assessments/assessment-screen'));
      data();
      texts('assessments');
      break;
    case 'assessments':
      loads.push(import('./features/assessments/assessments-screen'));
      data();
      texts('assessments');
      break;
    default:
      // Every other screen but home shows the catalogue: start it and its texts.
      if (route.name !== 'home' && route.name !== 'notFound') {
        loads.push(import('./catalogue'), preloadCatalogueTexts(lang));
      }
      break;
  }
  // A failure here is not an error: the app's own import of the same file reports it where it matters.
  for (const l of loads) l.catch(() => {});
}
