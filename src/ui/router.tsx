import { useSyncExternalStore, type AnchorHTMLAttributes } from 'react';
import { href, parseRoute, type Route } from '../routes';

/** The browser side of the hash router: the current route, links and navigation (routes.ts declares the routes). */

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

/** The current hash, re-rendering on every change. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, getHash, () => '');
}

/** The current route, re-rendering on every change. */
export function useRoute(): Route {
  return parseRoute(useHash());
}

/** Goes to an app route, adding a history entry (so the browser's back button works) unless `replace`. */
export function navigate(route: Route, { replace = false } = {}): void {
  const target = href(route);
  if (replace) {
    window.history.replaceState(window.history.state, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = target.slice(1);
  }
}

/** A link to an app route; a real <a href> so it opens in a new tab, can be copied, and works without handlers. */
export function Link({ to, children, ...rest }: { to: Route } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a href={href(to)} {...rest}>
      {children}
    </a>
  );
}
