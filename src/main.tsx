import './zod-config';
import { startTransition, StrictMode, useLayoutEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { startInChosenLanguage } from './i18n/shell';
import { App } from './app/app';
import { parseRoute } from './routes';
import { registerServiceWorker } from './register-service-worker';
import { storageNeedsAttention } from './state/early-check';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

/**
 * Marks the moment the whole app has been committed (hydrated): its handlers are attached, and React runs any
 * pending effects before it handles an input, so from here a click is handled at once. This is the
 * "interactive" time of `npm run bench` (the plain reference page sets the same mark once its handler is
 * attached). A layout effect, so the mark is set in the commit itself. Renders nothing: hydration is unchanged.
 */
function MarkInteractive() {
  useLayoutEffect(() => {
    if (performance.getEntriesByName('app-interactive').length === 0) performance.mark('app-interactive');
  }, []);
  return null;
}

// The first screen needs only the shell's texts (i18n/shell.ts); i18next loads with the first other screen.
void startInChosenLanguage().then((language) => {
  const app = (
    <StrictMode>
      <App />
      <MarkInteractive />
    </StrictMode>
  );
  // The build pre-renders the home screen in each language (scripts/prerender.mjs) and app.css shows the one
  // of the page's language; hydrate it when that is what this visit shows, and drop the others.
  const home = parseRoute(window.location.hash).name === 'home';
  const prerendered = [...document.querySelectorAll<HTMLElement>('[data-prerendered]')];
  const shown = home ? prerendered.find((el) => el.dataset.prerendered === language) : undefined;
  // The app lives in the hydrated element, else in #root, emptied; from here it shows what the page shows.
  for (const el of prerendered) if (el !== (shown ?? container)) el.remove();
  document.querySelector('.boot-loading')?.remove();
  document.documentElement.removeAttribute('data-deep-link');
  if (shown) {
    delete shown.dataset.prerendered;
    // The page already shows this screen: hydrating it is not urgent, so React does it in slices of a few
    // milliseconds and the browser stays responsive meanwhile (a click before it ends is replayed after).
    startTransition(() => {
      hydrateRoot(shown, app);
    });
  } else {
    delete container.dataset.prerendered;
    container.textContent = '';
    createRoot(container).render(app);
  }
});

registerServiceWorker();
// The store loads with the first screen that shows data; when stored data is plainly unusable, load it now so
// that the notice about it appears on whatever screen was opened (see early-check.ts).
if (storageNeedsAttention()) void import('./state/store');
