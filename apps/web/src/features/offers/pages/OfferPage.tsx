import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MechanismChips } from '../../../components/MechanismPicker';
import { languageList, OrganizationLink, PostingActions, SkillList } from '../../../components/PostingParts';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { usePageTitle } from '../../../components/usePageTitle';
import { RequireSignIn } from '../../../components/RequireSignIn';
import type { Offer } from '../../../lib/api/types';
import { countryName, formatDate, formatEuros } from '../../../lib/format';
import { isMemberOf, usePosting } from '../../../lib/postings';
import { useMe } from '../../../lib/session';

/** Offers are shown to signed-in people only (the API's rule): they describe people. */
export default function OfferPage() {
  const { t } = useTranslation('offers');
  return <RequireSignIn heading={t('page.title')}>{() => <OfferView />}</RequireSignIn>;
}

function OfferView() {
  const { t } = useTranslation('offers');
  const { id = '' } = useParams();
  const offer = usePosting('offers', id);
  usePageTitle(offer.data?.title ?? t('page.title'));
  return <QueryState query={offer}>{(data) => <OfferDetails offer={data} />}</QueryState>;
}

function OfferDetails({ offer }: { offer: Offer }) {
  const { t } = useTranslation('offers');
  const me = useMe();
  const member = isMemberOf(me.data, offer.organizationId);
  return (
    <article>
      <p className="meta">
        {t('page.kind')} · <StatusBadge status={offer.status} />
      </p>
      <h1>{offer.title}</h1>
      <p className="meta">
        <OrganizationLink id={offer.organizationId} />
      </p>
      {member && <PostingActions kind="offers" id={offer.id} status={offer.status} />}
      <p style={{ whiteSpace: 'pre-line' }}>{offer.description}</p>
      <dl className="row facts">
        <div>
          <dt>{t('fields.availability')}</dt>
          <dd>
            {offer.availableTo
              ? t('period', { start: formatDate(offer.availableFrom), end: formatDate(offer.availableTo) })
              : t('from', { start: formatDate(offer.availableFrom) })}
          </dd>
        </div>
        <div>
          <dt>{t('fields.effortDays')}</dt>
          <dd>{t('effort', { count: offer.effortDays })}</dd>
        </div>
        <div>
          <dt>{t('fields.workModes')}</dt>
          <dd>{offer.workModes.map((m) => t(`vocab.workMode.${m}`, { ns: 'common' })).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('fields.countries')}</dt>
          <dd>{offer.countries.length ? offer.countries.map(countryName).join(', ') : t('anywhere')}</dd>
        </div>
        <div>
          <dt>{t('fields.languages')}</dt>
          <dd>{languageList(offer.languages)}</dd>
        </div>
        {member && offer.grossMonthlyPayMin !== null && offer.grossMonthlyPayMax !== null && (
          <div>
            <dt>{t('page.payBand')}</dt>
            <dd>{t('payBand', { min: formatEuros(offer.grossMonthlyPayMin), max: formatEuros(offer.grossMonthlyPayMax) })}</dd>
          </div>
        )}
      </dl>
      <h2>{t('fields.skills')}</h2>
      <SkillList ids={offer.skills} />
      <h2>{t('fields.mechanisms')}</h2>
      <MechanismChips codes={offer.mechanisms} />
    </article>
  );
}
