import { useEffect } from 'react';

/** The browser tab's title follows the page's heading (WCAG 2.4.2), e.g. "Participants – Agora". */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – Agora` : 'Agora';
  }, [title]);
}
