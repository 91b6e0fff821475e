import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MECHANISM_CODES, WORK_MODES } from '@relais/domain';
import { Pagination } from '../../../components/Pagination';
import { QueryState } from '../../../components/QueryState';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { FacetCounts, NeedListing, SearchPage } from '../../../lib/api/types';
import { countryName, formatDate, formatNumber } from '../../../lib/format';
import { useSkillLabels } from '../../../lib/skills';
import { useUrlState } from '../../../lib/url-state';

const PAGE_SIZE = 10;
const FILTERS = ['country', 'mechanism', 'workMode', 'skills'] as const;

/** The public search of open needs: text first, then filters with their counts; the URL keeps the state. */
export default function NeedSearchPage() {
  const { t } = useTranslation('needs');
  usePageTitle(t('search.title'));
  const { params, page: pageNumber, update } = useUrlState();
  const q = params.get('q') ?? '';
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? undefined]));
  const results = useQuery({
    queryKey: ['needs', 'search', q, filters, pageNumber],
    queryFn: () => api<SearchPage<NeedListing>>('/needs', { query: { q, ...filters, page: pageNumber, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <h1>{t('search.title')}</h1>
      <SearchBox initial={q} onSearch={(text) => update({ q: text })} />
      <div className="search-layout">
        <Facets facets={results.data?.facets ?? {}} selected={filters} onChange={update} />
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

function SearchBox({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation('needs');
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" className="inline-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor="needs-q">{t('search.label')}</label>
        <input id="needs-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <button type="submit" className="button">
        {t('actions.search', { ns: 'common' })}
      </button>
    </form>
  );
}

type FacetProps = { facets: FacetCounts; selected: Record<string, string | undefined>; onChange: (changes: Record<string, string | undefined>) => void };

function Facets({ facets, selected, onChange }: FacetProps) {
  const { t } = useTranslation('needs');
  const count = (facet: string, value: string) => formatNumber(facets[facet]?.[value] ?? 0);
  const countries = Object.keys(facets.country ?? {}).sort((a, b) => countryName(a).localeCompare(countryName(b)));
  const topSkills = Object.entries(facets.skills ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([id]) => id);
  const skillLabels = useSkillLabels(selected.skills ? [...new Set([...topSkills, selected.skills])] : topSkills);
  // On a phone the filters start folded, so that the results are in view.
  const [wide] = useState(() => window.matchMedia('(min-width: 761px)').matches);
  return (
    <details className="facets" open={wide}>
      <summary>
        <h2>{t('search.filters')}</h2>
      </summary>
      <div className="field">
        <label htmlFor="facet-country">{t('fields.country')}</label>
        <select id="facet-country" value={selected.country ?? ''} onChange={(e) => onChange({ country: e.target.value })}>
          <option value="">{t('search.any')}</option>
          {countries.map((code) => (
            <option key={code} value={code}>
              {countryName(code)} ({count('country', code)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="facet-mechanism">{t('fields.mechanism')}</label>
        <select id="facet-mechanism" value={selected.mechanism ?? ''} onChange={(e) => onChange({ mechanism: e.target.value })}>
          <option value="">{t('search.any')}</option>
          {MECHANISM_CODES.map((code) => (
            <option key={code} value={code}>
              {t(`vocab.mechanism.${code}`, { ns: 'common' })} ({count('mechanisms', code)})
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t('fields.workMode')}</legend>
        <div className="checks">
          <label>
            <input type="radio" name="facet-workMode" checked={!selected.workMode} onChange={() => onChange({ workMode: undefined })} />
            {t('search.any')}
          </label>
          {WORK_MODES.map((mode) => (
            <label key={mode}>
              <input type="radio" name="facet-workMode" checked={selected.workMode === mode} onChange={() => onChange({ workMode: mode })} />
              {t(`vocab.workMode.${mode}`, { ns: 'common' })} ({count('workMode', mode)})
            </label>
          ))}
        </div>
      </fieldset>
      {topSkills.length > 0 && (
        <fieldset>
          <legend>{t('fields.skills')}</legend>
          <div className="checks">
            <label>
              <input type="radio" name="facet-skills" checked={!selected.skills} onChange={() => onChange({ skills: undefined })} />
              {t('search.any')}
            </label>
            {topSkills.map((id) => (
              <label key={id}>
                <input type="radio" name="facet-skills" checked={selected.skills === id} onChange={() => onChange({ skills: id })} />
                {skillLabels.get(id) ?? '…'} ({count('skills', id)})
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </details>
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
      <p>{need.description.length > 220 ? `${need.description.slice(0, 220)}…` : need.description}</p>
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
