import type { ReactNode } from 'react';
import './scroll-region.css';

/**
 * A box that scrolls sideways on its own when a wide table does not fit a narrow screen, so the page itself
 * never does. It takes focus (and is named by the table's caption or heading) so keyboard users can scroll it.
 */
export function ScrollRegion({
  labelledBy,
  className = '',
  children,
}: {
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={`table-scroll ${className}`.trim()}
      role="region"
      aria-labelledby={labelledBy}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be keyboard-reachable
      tabIndex={0}
    >
      {children}
    </div>
  );
}
