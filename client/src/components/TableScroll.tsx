import type { ReactNode } from 'react';

/**
 * A wide table scrolls inside its own box on a phone instead of widening the page. The box is
 * focusable and named, so keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
