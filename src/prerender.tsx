import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { firstScreenJa } from './i18n/browser-resources';
import { enResources } from './i18n/resources-en';
import type { Language } from './i18n/setup';
import { App } from './app/app';

/**
 * Renders the first screen (home) in one language to HTML at build time, so that it paints before any script
 * has run; the browser then hydrates it. Used by scripts/prerender.mjs, which puts both languages in the page;
 * never shipped to the browser.
 */
export async function renderHome(lng: Language): Promise<string> {
  const namespaces = Object.keys(firstScreenJa) as (keyof typeof firstScreenJa)[];
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      lng,
      fallbackLng: 'ja',
      // Exactly the texts the browser has when it hydrates this HTML: those bundled with the first screen,
      // and in English the same namespaces of the English texts.
      ns: namespaces,
      defaultNS: 'common',
      resources: {
        ja: firstScreenJa,
        en: Object.fromEntries(namespaces.map((ns) => [ns, enResources[ns]])),
      },
      interpolation: { escapeValue: false },
    });
  }
  await i18next.changeLanguage(lng);
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
