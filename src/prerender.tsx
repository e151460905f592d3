import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { firstScreenJa } from './i18n/browser-resources';
import { App } from './app/app';

/**
 * Renders the first screen (home, in Japanese) to HTML at build time, so that it paints before any script
 * has run; the browser then hydrates it. Used by scripts/prerender.mjs, never shipped to the browser.
 */
export async function renderHome(): Promise<string> {
  await i18next.use(initReactI18next).init({
    lng: 'ja',
    fallbackLng: 'ja',
    // Exactly the texts the browser has when it hydrates this HTML: those bundled with the first screen.
    ns: Object.keys(firstScreenJa),
    defaultNS: 'common',
    resources: { ja: firstScreenJa },
    interpolation: { escapeValue: false },
  });
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
