import { loadJaNamespace } from './i18n/browser-resources';
import { pathSegments, shareFragment } from './ui/router';

/**
 * What a deep link needs beyond the first screen, started from the entry script before i18next and React have
 * run: the screen's chunk, the store (with zod and the catalogue it pulls in) and the screen's Japanese texts.
 * Without this they are discovered one after another (entry → i18n set-up → render → lazy screen → its texts).
 * The imports are the very ones the app makes later (src/ui/app.tsx, browser-resources.ts), so each file is
 * fetched once and the later import finds it loaded.
 */
export function preloadRoute(hash: string): void {
  const segments = pathSegments(hash);
  const [head] = segments;
  const loads: Promise<unknown>[] = [];
  const texts = (...ns: string[]) => ns.forEach((n) => loads.push(loadJaNamespace(n)));
  if (shareFragment(hash)) {
    loads.push(import('./ui/screens/shared-link-screen'), import('./state/store'));
    texts('share', 'checklist');
  } else if (head === 'a' && segments[2] === 'e' && segments[4] === 'checklist') {
    loads.push(import('./ui/screens/checklist-screen'), import('./state/store'));
    texts('checklist');
  } else if (head === 'a' && segments[2] === 'report') {
    loads.push(import('./ui/screens/report-screen'), import('./state/store'));
    texts('report', 'checklist');
  } else if (head === 'a' && segments.length === 2) {
    loads.push(import('./ui/screens/assessment-screen'), import('./state/store'));
    texts('assessments');
  } else if (head === 'assessments') {
    loads.push(import('./ui/screens/assessments-screen'), import('./state/store'));
    texts('assessments');
  }
  // A failure here is not an error: the app's own import of the same file reports it where it matters.
  for (const l of loads) l.catch(() => {});
}
