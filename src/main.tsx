// The entry script, kept tiny so that it runs as soon as it arrives: it starts what a deep link needs (its
// screen, the store, the catalogue and the texts in the page's language) at the same time as the app itself,
// instead of after it (see route-preload.ts). The app starts in boot.tsx.
import './zod-config';
import { preloadRoute } from './route-preload';
// The styles of the pre-rendered first screen, in the page itself so that they block its first paint.
import './app/app.css';
import './ui/storage-banner.css';

preloadRoute(window.location.hash, document.documentElement.lang === 'en' ? 'en' : 'ja');
void import('./boot');
