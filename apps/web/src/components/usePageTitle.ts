import { useEffect } from 'react';

/** Each page names itself in the browser tab (and for screen readers arriving on it). */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} · Relais`;
  }, [title]);
}
