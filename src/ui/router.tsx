import { useSyncExternalStore, type AnchorHTMLAttributes } from 'react';

/**
 * A small hash router: the app works from any sub-path of any static host, and the part after `#`
 * is never sent to a server. App routes start with `#/`; anything else after `#` is a share link.
 */

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

/** The current hash, re-rendering on every change. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, getHash, () => '');
}

/** The route's path segments: `#/a/x/checklist` → ['a', 'x', 'checklist']; `#` or `#/` → []. */
export function pathSegments(hash: string): string[] {
  if (!hash.startsWith('#/')) return [];
  return hash
    .slice(2)
    .split('?')[0]!
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** The share-link payload when the hash is not an app route, else null. */
export function shareFragment(hash: string): string | null {
  if (hash.length <= 1 || hash.startsWith('#/')) return null;
  return hash.slice(1);
}

export function useRoute(): string[] {
  return pathSegments(useHash());
}

export function routeHref(path: string): string {
  return `#${path.startsWith('/') ? path : `/${path}`}`;
}

/** Goes to an app route, adding a history entry (so the browser's back button works) unless `replace`. */
export function navigate(path: string, { replace = false } = {}): void {
  const href = routeHref(path);
  if (replace) {
    window.history.replaceState(window.history.state, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = href.slice(1);
  }
}

/** A link to an app route; a real <a href> so it opens in a new tab, can be copied, and works without handlers. */
export function Link({ to, children, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a href={routeHref(to)} {...rest}>
      {children}
    </a>
  );
}
