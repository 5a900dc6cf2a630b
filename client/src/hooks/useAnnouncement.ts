import { useCallback, useState } from 'react';

/**
 * A message for a page's live region, and the function that announces one. The region is
 * emptied first and refilled a moment later, so the same confirmation twice is announced twice.
 */
export function useAnnouncement(): [notice: string, announce: (message: string) => void] {
  const [notice, setNotice] = useState('');
  const announce = useCallback((message: string) => {
    setNotice('');
    setTimeout(() => setNotice(message), 50);
  }, []);
  return [notice, announce];
}
