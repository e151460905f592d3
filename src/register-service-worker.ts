/**
 * Registers the service worker that lets the app work offline after the first visit (see
 * src/service-worker.js). Only in production builds: the dev server has no sw.js. The URL is relative, so
 * the worker's scope is the folder the app is served from, whatever sub-path that is. Registration waits
 * for the page to finish loading, so caching the app never competes with the first screen.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Blocked (private mode, policy) or failed: the app still works, only not offline.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
