import { lazy, type ComponentType } from 'react';
import { catalogues, type Part } from './catalogue';

/**
 * React's `lazy` for a view that reads a part of the catalogue (`useI18n('staff')`): the part is
 * fetched with the view's chunk, in the language shown, instead of a round trip after it (800 ms
 * on the venue's network).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React's own bound for lazy()
export function lazyView<T extends ComponentType<any>>(
  parts: Part | readonly Part[],
  load: () => Promise<{ default: T }>,
) {
  return lazy(() => {
    for (const part of typeof parts === 'string' ? [parts] : parts) catalogues.prefetch(part);
    return load();
  });
}
