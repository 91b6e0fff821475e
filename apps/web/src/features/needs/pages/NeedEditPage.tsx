import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { RequireMember } from '../../../components/RequireMember';
import { usePageTitle } from '../../../components/usePageTitle';
import type { Need } from '../../../lib/api/types';
import { usePosting, useUpdatePosting } from '../../../lib/postings';
import { fieldsToBody, NeedForm, needToFields } from '../NeedForm';

export default function NeedEditPage() {
  const { t } = useTranslation('needs');
  usePageTitle(t('form.editTitle'));
  const { id = '' } = useParams();
  const need = usePosting('needs', id);
  return (
    <>
      <h1>{t('form.editTitle')}</h1>
      <QueryState query={need}>
        {(data) => (
          <RequireMember organizationId={data.organizationId}>
            <EditForm need={data} />
          </RequireMember>
        )}
      </QueryState>
    </>
  );
}

function EditForm({ need }: { need: Need }) {
  const navigate = useNavigate();
  const update = useUpdatePosting('needs', need.id);
  return (
    <NeedForm
      initial={needToFields(need)}
      error={update.error}
      pending={update.isPending}
      canPublish={need.status === 'draft'}
      onSubmit={(fields, publish) => update.mutate({ body: fieldsToBody(fields), publish }, { onSuccess: () => void navigate(`/needs/${need.id}`) })}
    />
  );
}
