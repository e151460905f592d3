import { useId } from 'react';
import type { Route } from '../routes';
import { Link } from './router';

/**
 * The one panel for "there is nothing here": an address the app has no screen for, or one naming an
 * assessment or environment that is not in this browser. Each screen gives its own words and way out.
 */
export function NotFoundPanel({
  title,
  body,
  to,
  linkLabel,
  warn = false,
}: {
  title: string;
  body: string;
  to: Route;
  linkLabel: string;
  /** Shown as a warning (the printable screens, where the page would otherwise look empty). */
  warn?: boolean;
}) {
  const titleId = useId();
  return (
    <section className={warn ? 'panel panel--warn' : 'panel'} aria-labelledby={titleId}>
      <h1 id={titleId}>{title}</h1>
      <p>{body}</p>
      <Link to={to} className="button">
        {linkLabel}
      </Link>
    </section>
  );
}
