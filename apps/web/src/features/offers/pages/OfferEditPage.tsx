import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { RequireMember } from '../../../components/RequireMember';
import { usePageTitle } from '../../../components/usePageTitle';
import type { Offer } from '../../../lib/api/types';
import { usePosting, useUpdatePosting } from '../../../lib/postings';
import { fieldsToBody, OfferForm, offerToFields } from '../OfferForm';

export default function OfferEditPage() {
  const { t } = useTranslation('offers');
  usePageTitle(t('form.editTitle'));
  const { id = '' } = useParams();
  const offer = usePosting('offers', id);
  return (
    <>
      <h1>{t('form.editTitle')}</h1>
      <QueryState query={offer}>
        {(data) => (
          <RequireMember organizationId={data.organizationId}>
            <EditForm offer={data} />
          </RequireMember>
        )}
      </QueryState>
    </>
  );
}

function EditForm({ offer }: { offer: Offer }) {
  const navigate = useNavigate();
  const update = useUpdatePosting('offers', offer.id);
  return (
    <OfferForm
      initial={offerToFields(offer)}
      error={update.error}
      pending={update.isPending}
      canPublish={offer.status === 'draft'}
      onSubmit={(fields, publish) => update.mutate({ body: fieldsToBody(fields), publish }, { onSuccess: () => void navigate(`/offers/${offer.id}`) })}
    />
  );
}
