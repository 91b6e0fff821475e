/** The signed-in person (or null), from GET /me; the cookie itself is never visible to the page. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiProblem } from './api/client';
import type { Me } from './api/types';
import i18n from './i18n';

export const ME_KEY = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api<Me>('/me');
    if (me.locale !== i18n.language) await i18n.changeLanguage(me.locale);
    return me;
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

/** After signing in or out, or a change of the account: forget everything cached for the previous state. */
export function useSessionChanged() {
  const client = useQueryClient();
  return async () => {
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    // A GET /me still on its way (the page's first one) was answered before the change: drop it,
    // or the refetch below would wait for it and keep its old answer.
    await client.cancelQueries({ queryKey: ME_KEY });
    await client.invalidateQueries({ queryKey: ME_KEY });
  };
}
