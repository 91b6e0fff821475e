import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireSignIn } from '../../../components/RequireSignIn';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { Organization } from '../../../lib/api/types';
import { ME_KEY } from '../../../lib/session';
import { emptyOrganization, fieldsToBody, OrganizationForm, type OrganizationFields } from '../OrganizationForm';

export default function OrganizationCreatePage() {
  const { t } = useTranslation('organizations');
  usePageTitle(t('create.title'));
  const navigate = useNavigate();
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: (fields: OrganizationFields) => api<Organization>('/organizations', { method: 'POST', body: fieldsToBody(fields) }),
    onSuccess: async (organization) => {
      await client.invalidateQueries({ queryKey: ME_KEY });
      await navigate(`/organizations/${organization.id}/dashboard`);
    },
  });
  return (
    <>
      <h1>{t('create.title')}</h1>
      <p>{t('create.intro')}</p>
      <RequireSignIn>
        {() => <OrganizationForm initial={emptyOrganization()} error={create.error} pending={create.isPending} submitLabel={t('create.submit')} onSubmit={(f) => create.mutate(f)} />}
      </RequireSignIn>
    </>
  );
}
