import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../../components/usePageTitle';
import { useCreatePosting } from '../../../lib/postings';
import { RequireMember } from '../../../components/RequireMember';
import { emptyNeed, fieldsToBody, NeedForm } from '../NeedForm';

export default function NeedCreatePage() {
  const { t } = useTranslation('needs');
  usePageTitle(t('form.createTitle'));
  const { organizationId = '' } = useParams();
  const navigate = useNavigate();
  const create = useCreatePosting('needs', organizationId);
  return (
    <>
      <h1>{t('form.createTitle')}</h1>
      <p>{t('form.createIntro')}</p>
      <RequireMember organizationId={organizationId}>
        <NeedForm
          initial={emptyNeed()}
          error={create.error}
          pending={create.isPending}
          canPublish
          onSubmit={(fields, publish) =>
            create.mutate({ body: fieldsToBody(fields), publish }, { onSuccess: (need) => void navigate(`/needs/${need.id}`) })
          }
        />
      </RequireMember>
    </>
  );
}
