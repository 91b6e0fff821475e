import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import type { Organization } from '../../lib/api/types';

export const organizationKey = (id: string) => ['organizations', id, 'profile'] as const;

export const useOrganization = (id: string) =>
  useQuery({ queryKey: organizationKey(id), queryFn: () => api<Organization>(`/organizations/${id}`) });
