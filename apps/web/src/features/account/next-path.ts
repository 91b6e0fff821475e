import { useSearchParams } from 'react-router';

/** Where to go after signing in: `?next=` when it is a path of this site, else the home page. */
export function useNextPath(): string {
  const [params] = useSearchParams();
  const next = params.get('next') ?? '';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/my';
}
