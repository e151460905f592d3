import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import i18next from 'i18next';
import { setupI18n } from './i18n/setup';
import { App } from './ui/app';
import { pathSegments, shareFragment } from './ui/router';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void setupI18n().then(() => {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // The build pre-renders the Japanese home screen; hydrate it when that is what this visit shows.
  const hash = window.location.hash;
  const showsPrerendered =
    container.hasChildNodes() && i18next.language === 'ja' && pathSegments(hash).length === 0 && !shareFragment(hash);
  if (showsPrerendered) {
    hydrateRoot(container, app);
  } else {
    container.textContent = '';
    createRoot(container).render(app);
  }
});
