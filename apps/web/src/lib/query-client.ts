import { QueryClient } from '@tanstack/react-query';
import { isWorthRetrying } from './api/client';

/** A query is tried again (twice) only when that can help: network failures and server errors. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: (count, error) => count < 2 && isWorthRetrying(error), refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
