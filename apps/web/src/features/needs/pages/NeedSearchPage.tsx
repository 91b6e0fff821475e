import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { excerpt, Facets, LISTING_FILTERS, SearchBox, type FacetKeys } from '../../../components/ListingSearch';
import { Pagination } from '../../../components/Pagination';
import { QueryState } from '../../../components/QueryState';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { NeedListing, SearchPage } from '../../../lib/api/types';
import { countryName, formatDate } from '../../../lib/format';
import { useUrlState } from '../../../lib/url-state';

const PAGE_SIZE = 10;
const FACET_KEYS: FacetKeys = { country: 'country', mechanism: 'mechanisms', workMode: 'workMode', skills: 'skills' };

/** The public search of open needs: text first, then filters with their counts; the URL keeps the state. */
export default function NeedSearchPage() {
  const { t } = useTranslation('needs');
  usePageTitle(t('search.title'));
  const { params, page: pageNumber, update } = useUrlState();
  const q = params.get('q') ?? '';
  const filters = Object.fromEntries(LISTING_FILTERS.map((name) => [name, params.get(name) ?? undefined]));
  const results = useQuery({
    queryKey: ['needs', 'search', q, filters, pageNumber],
    queryFn: () => api<SearchPage<NeedListing>>('/needs', { query: { q, ...filters, page: pageNumber, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <h1>{t('search.title')}</h1>
      <SearchBox id="needs-q" label={t('search.label')} initial={q} onSearch={(text) => update({ q: text })} />
      <div className="search-layout">
        <Facets
          facets={results.data?.facets ?? {}}
          keys={FACET_KEYS}
          labels={{ country: t('fields.country'), mechanism: t('fields.mechanism'), workMode: t('fields.workMode'), skills: t('fields.skills') }}
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
                  {data.items.map((need) => (
                    <NeedCard key={need.id} need={need} />
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

function NeedCard({ need }: { need: NeedListing }) {
  const { t } = useTranslation('needs');
  return (
    <li className="card">
      <h3>
        <Link to={`/needs/${need.id}`}>{need.title}</Link>
      </h3>
      <p className="meta">
        <Link to={`/organizations/${need.organization.id}`}>{need.organization.name}</Link> · {countryName(need.country)}
        {need.city ? `, ${need.city}` : ''} · {t(`vocab.workMode.${need.workMode}`, { ns: 'common' })}
      </p>
      <p className="meta">
        {t('period', { start: formatDate(need.startDate), end: formatDate(need.endDate) })} · {t('effort', { count: need.effortDays })}
      </p>
      <p>{excerpt(need.description)}</p>
      {need.keywords.length > 0 && (
        <ul className="chips" aria-label={t('fields.keywords')}>
          {need.keywords.slice(0, 6).map((keyword) => (
            <li key={keyword} className="chip">
              {keyword}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
