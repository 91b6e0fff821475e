import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import type { FailedJob, Page } from '../../lib/api/types';

const PAGE_SIZE = 20;

export function useFailedJobs(page: number) {
  return useQuery({
    queryKey: ['admin', 'failed-jobs', page],
    queryFn: ({ signal }) => api<Page<FailedJob>>('/admin/failed-jobs', { query: { page, pageSize: PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Replays one job, then reloads the list (its replayed date changes). */
export function useReplay() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (job: FailedJob) => api<{ replayed: true }>(`/admin/failed-jobs/${job.id}/replay`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'failed-jobs'] }),
  });
}
