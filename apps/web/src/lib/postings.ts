/** Needs and offers share a life (draft, open, closed) and the same endpoints, under two names. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './api/client';
import type { Need, Offer } from './api/types';

export type PostingKind = 'needs' | 'offers';
type PostingOf<K extends PostingKind> = K extends 'needs' ? Need : Offer;

export const postingKey = (kind: PostingKind, id: string) => [kind, 'one', id] as const;

export function usePosting<K extends PostingKind>(kind: K, id: string) {
  return useQuery({ queryKey: postingKey(kind, id), queryFn: () => api<PostingOf<K>>(`/${kind}/${id}`) });
}

/** Creates a draft in the organization, then publishes it when asked. */
export function useCreatePosting<K extends PostingKind>(kind: K, organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, publish }: { body: unknown; publish: boolean }) => {
      const created = await api<PostingOf<K>>(`/organizations/${organizationId}/${kind}`, { method: 'POST', body });
      return publish ? api<PostingOf<K>>(`/${kind}/${created.id}/publish`, { method: 'POST' }) : created;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['organizations', organizationId] }),
  });
}

export function useUpdatePosting<K extends PostingKind>(kind: K, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, publish }: { body: unknown; publish: boolean }) => {
      const saved = await api<PostingOf<K>>(`/${kind}/${id}`, { method: 'PATCH', body });
      return publish && saved.status === 'draft' ? api<PostingOf<K>>(`/${kind}/${id}/publish`, { method: 'POST' }) : saved;
    },
    onSuccess: (saved) => {
      client.setQueryData(postingKey(kind, id), saved);
      return client.invalidateQueries({ queryKey: ['organizations', saved.organizationId] });
    },
  });
}

export function usePostingTransition<K extends PostingKind>(kind: K, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: 'publish' | 'close') => api<PostingOf<K>>(`/${kind}/${id}/${action}`, { method: 'POST' }),
    onSuccess: (saved) => {
      client.setQueryData(postingKey(kind, id), saved);
      return client.invalidateQueries({ queryKey: ['organizations', saved.organizationId] });
    },
  });
}

/** Whether the signed-in person belongs to the organization (which then sees drafts and suggestions). */
export const isMemberOf = (me: { memberships: Array<{ organizationId: string }> } | null | undefined, organizationId: string) =>
  !!me?.memberships.some((m) => m.organizationId === organizationId);
