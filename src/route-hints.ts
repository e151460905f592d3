// A second entry script, loaded with `async` beside the app's (the `route-hints` plugin in vite.config.ts puts
// it in the page): it is tiny, so it runs as soon as it arrives, long before the app's own script has loaded,
// and starts what a deep link needs (see route-preload.ts) in parallel with the app instead of after it.
import './zod-config';
import { preloadRoute } from './route-preload';
import { chosenLanguage } from './i18n/language';

preloadRoute(window.location.hash, chosenLanguage());
