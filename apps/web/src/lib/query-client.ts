import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './api/client';

/** Retries only what may pass on a second try (network, 5xx); a 4xx answer is final. */
const retryable = (error: unknown) => !(error instanceof ApiProblem) || error.status === 0 || error.status >= 500;

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: (count, error) => count < 2 && retryable(error), refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
