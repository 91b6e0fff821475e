import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ORGANIZATION_KINDS } from '@relais/domain';
import { Pagination } from '../../../components/Pagination';
import { QueryState } from '../../../components/QueryState';
import { VerifiedBadge } from '../../../components/VerifiedBadge';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { DirectoryEntry, SearchPage } from '../../../lib/api/types';
import { countryName, formatNumber } from '../../../lib/format';
import { useUrlState } from '../../../lib/url-state';

const PAGE_SIZE = 12;

export default function DirectoryPage() {
  const { t } = useTranslation('organizations');
  usePageTitle(t('directory.title'));
  const { params, page: pageNumber, update } = useUrlState();
  const q = params.get('q') ?? '';
  const kind = params.get('kind') ?? '';
  const country = params.get('country') ?? '';
  const [text, setText] = useState(q);
  const results = useQuery({
    queryKey: ['organizations', 'directory', q, kind, country, pageNumber],
    queryFn: () => api<SearchPage<DirectoryEntry>>('/organizations', { query: { q, kind, country, page: pageNumber, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() });
  };
  const facets = results.data?.facets ?? {};
  const count = (facet: string, value: string) => formatNumber(facets[facet]?.[value] ?? 0);
  return (
    <>
      <h1>{t('directory.title')}</h1>
      <p>{t('directory.intro')}</p>
      <form role="search" className="inline-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="org-q">{t('directory.search')}</label>
          <input id="org-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="org-kind">{t('fields.kind')}</label>
          <select id="org-kind" value={kind} onChange={(e) => update({ kind: e.target.value })}>
            <option value="">{t('directory.any')}</option>
            {ORGANIZATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`vocab.kind.${k}`, { ns: 'common' })} ({count('kind', k)})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="org-country">{t('fields.country')}</label>
          <select id="org-country" value={country} onChange={(e) => update({ country: e.target.value })}>
            <option value="">{t('directory.any')}</option>
            {Object.keys(facets.country ?? {}).map((code) => (
              <option key={code} value={code}>
                {countryName(code)} ({count('country', code)})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('actions.search', { ns: 'common' })}
        </button>
      </form>
      <h2 aria-live="polite">{results.data ? t('directory.count', { count: results.data.total }) : t('directory.results')}</h2>
      <QueryState query={results} isEmpty={(data) => data.items.length === 0} empty={t('directory.none')}>
        {(data) => (
          <>
            <ul className="cards">
              {data.items.map((o) => (
                <li key={o.id} className="card">
                  <h3>
                    <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                  </h3>
                  <p className="meta">
                    <VerifiedBadge verified={o.verified === true} /> {t(`vocab.kind.${o.kind}`, { ns: 'common' })} · {[o.city, o.region, countryName(o.country)].filter(Boolean).join(', ')}
                  </p>
                  {o.description && <p>{o.description.length > 180 ? `${o.description.slice(0, 180)}…` : o.description}</p>}
                </li>
              ))}
            </ul>
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => update({ page: String(p) })} />
          </>
        )}
      </QueryState>
    </>
  );
}
