import { loadJaNamespace } from './i18n/browser-resources';
import { parseRoute } from './routes';

/**
 * What a deep link needs beyond the first screen, started from the entry script before i18next and React have
 * run: the screen's chunk, the store (with zod and the catalogue it pulls in) and the screen's Japanese texts.
 * Without this they are discovered one after another (entry → i18n set-up → render → lazy screen → its texts).
 * The imports are the very ones the app makes later (src/app/app.tsx, browser-resources.ts), so each file is
 * fetched once and the later import finds it loaded.
 */
export function preloadRoute(hash: string): void {
  const route = parseRoute(hash);
  const loads: Promise<unknown>[] = [];
  const texts = (...ns: string[]) => ns.forEach((n) => loads.push(loadJaNamespace(n)));
  const store = () => loads.push(import('./state/store'));
  switch (route.name) {
    case 'share':
      loads.push(import('./features/share-link/shared-link-screen'));
      store();
      texts('share', 'checklist');
      break;
    case 'checklist':
      loads.push(import('./features/checklist/checklist-screen'));
      store();
      texts('checklist');
      break;
    case 'report':
      loads.push(import('./features/summary-report/report-screen'));
      store();
      texts('report', 'checklist');
      break;
    case 'assessment':
      loads.push(import('./features/assessments/assessment-screen'));
      store();
      texts('assessments');
      break;
    case 'assessments':
      loads.push(import('./features/assessments/assessments-screen'));
      store();
      texts('assessments');
      break;
    default:
      break;
  }
  // A failure here is not an error: the app's own import of the same file reports it where it matters.
  for (const l of loads) l.catch(() => {});
}
