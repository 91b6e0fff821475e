import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiProblem } from '../../lib/api/client';
import type { Engagement } from '../../lib/api/types';

/** After a refused change (someone else changed it meanwhile), the page reloads the latest version. */
export function useEngagementChange(engagement: Engagement) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, method, body }: { path: string; method: 'PATCH' | 'POST'; body: Record<string, unknown> }) =>
      api<Engagement>(`/engagements/${engagement.id}${path}`, { method, body: { version: engagement.version, ...body } }),
    onSuccess: (updated) => client.setQueryData(['engagements', engagement.id], updated),
    onError: (error) => {
      if (error instanceof ApiProblem && error.code === 'STALE_VERSION') void client.invalidateQueries({ queryKey: ['engagements', engagement.id] });
    },
  });
}

export type EngagementChange = ReturnType<typeof useEngagementChange>;
