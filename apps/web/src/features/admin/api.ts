import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import type { FailedJob, Organization, Page } from '../../lib/api/types';

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

export type VerificationFilter = 'false' | 'true' | 'all';

export function useAdminOrganizations(page: number, verified: VerificationFilter) {
  return useQuery({
    queryKey: ['admin', 'organizations', verified, page],
    queryFn: ({ signal }) =>
      api<Page<Organization>>('/admin/organizations', { query: { page, pageSize: PAGE_SIZE, verified: verified === 'all' ? undefined : verified }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Verifies an organization, or withdraws its verification, then reloads the list. */
export function useVerification() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ organization, verify }: { organization: Organization; verify: boolean }) =>
      api(`/admin/organizations/${organization.id}/verification`, { method: verify ? 'POST' : 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'organizations'] }),
  });
}
