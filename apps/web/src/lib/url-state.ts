import { useSearchParams } from 'react-router';

/**
 * A listing's search and filters live in the URL, so that a search can be shared, bookmarked and
 * gone back to. Changing a filter goes back to page 1.
 */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const page = Number(params.get('page') ?? 1) || 1;
  return { params, page, update };
}
