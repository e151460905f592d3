import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { loadShellTexts, showLanguage } from './i18n/shell';
import type { Language } from './i18n/language';
import { App } from './app/app';

/**
 * Renders the first screen (home) in one language to HTML at build time, so that it paints before any script
 * has run; the browser then hydrates it. Used by scripts/prerender.mjs, which puts both languages in the page;
 * never shipped to the browser. The home screen and the page frame translate with the shell's texts
 * (i18n/shell.ts), exactly those the browser has when it hydrates this HTML.
 */
export async function renderHome(lng: Language): Promise<string> {
  await loadShellTexts(lng);
  showLanguage(lng);
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
