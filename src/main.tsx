import './zod-config';
import { StrictMode, useLayoutEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import i18next from 'i18next';
import { setupI18n } from './i18n/setup';
import { App } from './app/app';
import { parseRoute } from './routes';
import { registerServiceWorker } from './register-service-worker';
import { storageNeedsAttention } from './state/early-check';
import { preloadRoute } from './route-preload';
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

// A deep link starts its screen, store and texts now, in parallel with the language set-up below.
preloadRoute(window.location.hash);

void setupI18n().then(() => {
  const app = (
    <StrictMode>
      <App />
      <MarkInteractive />
    </StrictMode>
  );
  // The build pre-renders the Japanese home screen; hydrate it when that is what this visit shows.
  const showsPrerendered =
    container.hasChildNodes() &&
    i18next.language === 'ja' &&
    parseRoute(window.location.hash).name === 'home';
  if (showsPrerendered) {
    hydrateRoot(container, app);
  } else {
    container.textContent = '';
    createRoot(container).render(app);
  }
});

registerServiceWorker();
// The store loads with the first screen that shows data; when stored data is plainly unusable, load it now so
// that the notice about it appears on whatever screen was opened (see early-check.ts).
if (storageNeedsAttention()) void import('./state/store');
