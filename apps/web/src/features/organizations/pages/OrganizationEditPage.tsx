import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { RequireMember } from '../../../components/RequireMember';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { Organization } from '../../../lib/api/types';
import { ME_KEY } from '../../../lib/session';
import { organizationKey, useOrganization } from '../api';
import { fieldsToBody, OrganizationForm, organizationToFields, type OrganizationFields } from '../OrganizationForm';

export default function OrganizationEditPage() {
  const { t } = useTranslation('organizations');
  usePageTitle(t('edit.title'));
  const { id = '' } = useParams();
  const organization = useOrganization(id);
  const navigate = useNavigate();
  const client = useQueryClient();
  const update = useMutation({
    mutationFn: (fields: OrganizationFields) => api<Organization>(`/organizations/${id}`, { method: 'PATCH', body: fieldsToBody(fields) }),
    onSuccess: async (saved) => {
      client.setQueryData(organizationKey(id), saved);
      await client.invalidateQueries({ queryKey: ME_KEY });
      await navigate(`/organizations/${id}/dashboard`);
    },
  });
  return (
    <>
      <h1>{t('edit.title')}</h1>
      <RequireMember organizationId={id}>
        <QueryState query={organization}>
          {(o) => <OrganizationForm initial={organizationToFields(o)} error={update.error} pending={update.isPending} submitLabel={t('actions.save', { ns: 'common' })} onSubmit={(f) => update.mutate(f)} />}
        </QueryState>
      </RequireMember>
    </>
  );
}
