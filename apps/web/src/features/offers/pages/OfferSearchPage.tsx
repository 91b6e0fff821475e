import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { excerpt, Facets, LISTING_FILTERS, SearchBox, type FacetKeys } from '../../../components/ListingSearch';
import { Pagination } from '../../../components/Pagination';
import { QueryState } from '../../../components/QueryState';
import { RequireSignIn } from '../../../components/RequireSignIn';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { OfferListing, SearchPage } from '../../../lib/api/types';
import { countryName, formatDate } from '../../../lib/format';
import { useUrlState } from '../../../lib/url-state';

const PAGE_SIZE = 10;
const FACET_KEYS: FacetKeys = { country: 'countries', mechanism: 'mechanisms', workMode: 'workModes', skills: 'skills' };

/** The search of open offers, for signed-in people: text first (words and meaning), then filters with their counts; the URL keeps the state. */
export default function OfferSearchPage() {
  const { t } = useTranslation('offers');
  usePageTitle(t('search.title'));
  return <RequireSignIn heading={t('search.title')}>{() => <OfferSearch />}</RequireSignIn>;
}

function OfferSearch() {
  const { t } = useTranslation('offers');
  const { params, page: pageNumber, update } = useUrlState();
  const q = params.get('q') ?? '';
  const filters = Object.fromEntries(LISTING_FILTERS.map((name) => [name, params.get(name) ?? undefined]));
  const results = useQuery({
    queryKey: ['offers', 'search', q, filters, pageNumber],
    queryFn: () => api<SearchPage<OfferListing>>('/offers', { query: { q, ...filters, page: pageNumber, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <h1>{t('search.title')}</h1>
      <SearchBox id="offers-q" label={t('search.label')} initial={q} onSearch={(text) => update({ q: text })} />
      <p className="meta">{t('search.hint')}</p>
      <div className="search-layout">
        <Facets
          facets={results.data?.facets ?? {}}
          keys={FACET_KEYS}
          labels={{ country: t('search.country'), mechanism: t('fields.mechanism'), workMode: t('fields.workMode'), skills: t('fields.skills') }}
          selected={filters}
          onChange={update}
        />
        <section aria-labelledby="results-title">
          <h2 id="results-title" aria-live="polite">
            {results.data ? t('search.count', { count: results.data.total }) : t('search.results')}
          </h2>
          <QueryState query={results} isEmpty={(data) => data.items.length === 0} empty={t('search.none')}>
            {(data) => (
              <>
                <ul className="cards">
                  {data.items.map((offer) => (
                    <OfferCard key={offer.id} offer={offer} />
                  ))}
                </ul>
                <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => update({ page: String(p) })} />
              </>
            )}
          </QueryState>
        </section>
      </div>
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
