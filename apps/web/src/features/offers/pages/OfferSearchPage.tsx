import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { excerpt, Listing, type FacetKeys } from '../../../components/ListingSearch';
import { RequireSignIn } from '../../../components/RequireSignIn';
import { usePageTitle } from '../../../components/usePageTitle';
import type { OfferListing } from '../../../lib/api/types';
import { countryName, formatDate } from '../../../lib/format';

const FACET_KEYS: FacetKeys = { country: 'countries', mechanism: 'mechanisms', workMode: 'workModes', skills: 'skills' };

/** The search of open offers, for signed-in people: text first (words and meaning), then filters with their counts; the URL keeps the state. */
export default function OfferSearchPage() {
  const { t } = useTranslation('offers');
  usePageTitle(t('search.title'));
  return <RequireSignIn heading={t('search.title')}>{() => <OfferSearch />}</RequireSignIn>;
}

function OfferSearch() {
  const { t } = useTranslation('offers');
  return (
    <>
      <h1>{t('search.title')}</h1>
      <Listing<OfferListing>
        kind="offers"
        facetKeys={FACET_KEYS}
        facetLabels={{ country: t('search.country'), mechanism: t('fields.mechanism'), workMode: t('fields.workMode'), skills: t('fields.skills') }}
        hint={t('search.hint')}
        card={(offer) => <OfferCard key={offer.id} offer={offer} />}
      />
    </>
  );
}

function OfferCard({ offer }: { offer: OfferListing }) {
  const { t } = useTranslation('offers');
  const availability = offer.availableTo
    ? t('period', { start: formatDate(offer.availableFrom), end: formatDate(offer.availableTo) })
    : t('from', { start: formatDate(offer.availableFrom) });
  return (
    <li className="card">
      <h3>
        <Link to={`/offers/${offer.id}`}>{offer.title}</Link>
      </h3>
      <p className="meta">
        <Link to={`/organizations/${offer.organization.id}`}>{offer.organization.name}</Link> · {countryName(offer.country)}
        {offer.city ? `, ${offer.city}` : ''} · {offer.workModes.map((mode) => t(`vocab.workMode.${mode}`, { ns: 'common' })).join(', ')}
      </p>
      <p className="meta">
        {availability} · {t('effort', { count: offer.effortDays })} ·{' '}
        {t('canGo', { countries: offer.countries.length ? offer.countries.map(countryName).join(', ') : t('anywhere') })}
      </p>
      <p>{excerpt(offer.description)}</p>
      {offer.keywords.length > 0 && (
        <ul className="chips" aria-label={t('fields.keywords')}>
          {offer.keywords.slice(0, 6).map((keyword) => (
            <li key={keyword} className="chip">
              {keyword}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
