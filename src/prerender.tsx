import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { jaResources, NAMESPACES } from './i18n/resources';
import { App } from './ui/app';

/**
 * Renders the first screen (home, in Japanese) to HTML at build time, so that it paints before any script
 * has run; the browser then hydrates it. Used by scripts/prerender.mjs, never shipped to the browser.
 */
export async function renderHome(): Promise<string> {
  await i18next.use(initReactI18next).init({
    lng: 'ja',
    fallbackLng: 'ja',
    ns: NAMESPACES,
    defaultNS: 'common',
    resources: { ja: jaResources },
    interpolation: { escapeValue: false },
  });
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
