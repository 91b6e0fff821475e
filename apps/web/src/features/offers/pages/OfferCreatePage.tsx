import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../../components/usePageTitle';
import { useCreatePosting } from '../../../lib/postings';
import { RequireMember } from '../../../components/RequireMember';
import { emptyOffer, fieldsToBody, OfferForm } from '../OfferForm';

export default function OfferCreatePage() {
  const { t } = useTranslation('offers');
  usePageTitle(t('form.createTitle'));
  const { organizationId = '' } = useParams();
  const navigate = useNavigate();
  const create = useCreatePosting('offers', organizationId);
  return (
    <>
      <h1>{t('form.createTitle')}</h1>
      <p>{t('form.createIntro')}</p>
      <RequireMember organizationId={organizationId}>
        <OfferForm
          initial={emptyOffer()}
          error={create.error}
          pending={create.isPending}
          canPublish
          onSubmit={(fields, publish) =>
            create.mutate({ body: fieldsToBody(fields), publish }, { onSuccess: (offer) => void navigate(`/offers/${offer.id}`) })
          }
        />
      </RequireMember>
    </>
  );
}
