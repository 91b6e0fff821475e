import { useState, type FormEvent, type ReactNode } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MECHANISM_CODES, WORK_MODES } from '@relais/domain';
import { api } from '../lib/api/client';
import type { FacetCounts, SearchPage } from '../lib/api/types';
import { countryName, formatNumber } from '../lib/format';
import { useSkillLabels } from '../lib/skills';
import { useUrlState } from '../lib/url-state';
import { Pagination } from './Pagination';
import { QueryState } from './QueryState';

/** The filters a listing's URL keeps, beside `q` and `page`. */
export const LISTING_FILTERS = ['country', 'mechanism', 'workMode', 'skills'] as const;
const PAGE_SIZE = 10;

type ListingProps<T> = {
  kind: 'needs' | 'offers';
  facetKeys: FacetKeys;
  facetLabels: FacetLabels;
  /** A line under the search box. */
  hint?: string;
  card: (item: T) => ReactNode;
};

/**
 * A search of open needs or offers: text first, then filters with their counts, then the results
 * page by page; the URL keeps the state. Texts come from the kind's namespace (`search.*`).
 */
export function Listing<T extends { id: string }>({ kind, facetKeys, facetLabels, hint, card }: ListingProps<T>) {
  const { t } = useTranslation(kind);
  const { params, page, update } = useUrlState();
  const q = params.get('q') ?? '';
  const filters = Object.fromEntries(LISTING_FILTERS.map((name) => [name, params.get(name) ?? undefined]));
  const results = useQuery({
    queryKey: [kind, 'search', q, filters, page],
    queryFn: () => api<SearchPage<T>>(`/${kind}`, { query: { q, ...filters, page, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <SearchBox id={`${kind}-q`} label={t('search.label')} initial={q} onSearch={(text) => update({ q: text })} />
      {hint && <p className="meta">{hint}</p>}
      <div className="search-layout">
        <Facets facets={results.data?.facets ?? {}} keys={facetKeys} labels={facetLabels} selected={filters} onChange={update} />
        <section aria-labelledby="results-title">
          <h2 id="results-title" aria-live="polite">
            {results.data ? t('search.count', { count: results.data.total }) : t('search.results')}
          </h2>
          <QueryState query={results} isEmpty={(data) => data.items.length === 0} empty={t('search.none')}>
            {(data) => (
              <>
                <ul className="cards">{data.items.map(card)}</ul>
                <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => update({ page: String(p) })} />
              </>
            )}
          </QueryState>
        </section>
      </div>
    </>
  );
}

function SearchBox({ id, label, initial, onSearch }: { id: string; label: string; initial: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" className="inline-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <button type="submit" className="button">
        {t('actions.search')}
      </button>
    </form>
  );
}

/** Which facet of the search answer counts each filter (needs: `country`; offers: `countries`...). */
export type FacetKeys = Record<(typeof LISTING_FILTERS)[number], string>;
export type FacetLabels = Record<(typeof LISTING_FILTERS)[number], string>;

type FacetProps = {
  facets: FacetCounts;
  keys: FacetKeys;
  labels: FacetLabels;
  selected: Record<string, string | undefined>;
  onChange: (changes: Record<string, string | undefined>) => void;
};

/** A listing's filters, each value with how many results it keeps. */
function Facets({ facets, keys, labels, selected, onChange }: FacetProps) {
  const { t } = useTranslation();
  const count = (facet: string, value: string) => formatNumber(facets[facet]?.[value] ?? 0);
  const countries = Object.keys(facets[keys.country] ?? {}).sort((a, b) => countryName(a).localeCompare(countryName(b)));
  const topSkills = Object.entries(facets[keys.skills] ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([id]) => id);
  const skillLabels = useSkillLabels(selected.skills ? [...new Set([...topSkills, selected.skills])] : topSkills);
  // On a phone the filters start folded, so that the results are in view.
  const [wide] = useState(() => window.matchMedia('(min-width: 761px)').matches);
  return (
    <details className="facets" open={wide}>
      <summary>
        <h2>{t('listing.filters')}</h2>
      </summary>
      <div className="field">
        <label htmlFor="facet-country">{labels.country}</label>
        <select id="facet-country" value={selected.country ?? ''} onChange={(e) => onChange({ country: e.target.value })}>
          <option value="">{t('listing.any')}</option>
          {countries.map((code) => (
            <option key={code} value={code}>
              {countryName(code)} ({count(keys.country, code)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="facet-mechanism">{labels.mechanism}</label>
        <select id="facet-mechanism" value={selected.mechanism ?? ''} onChange={(e) => onChange({ mechanism: e.target.value })}>
          <option value="">{t('listing.any')}</option>
          {MECHANISM_CODES.map((code) => (
            <option key={code} value={code}>
              {t(`vocab.mechanism.${code}`)} ({count(keys.mechanism, code)})
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{labels.workMode}</legend>
        <div className="checks">
          <label>
            <input type="radio" name="facet-workMode" checked={!selected.workMode} onChange={() => onChange({ workMode: undefined })} />
            {t('listing.any')}
          </label>
          {WORK_MODES.map((mode) => (
            <label key={mode}>
              <input type="radio" name="facet-workMode" checked={selected.workMode === mode} onChange={() => onChange({ workMode: mode })} />
              {t(`vocab.workMode.${mode}`)} ({count(keys.workMode, mode)})
            </label>
          ))}
        </div>
      </fieldset>
      {topSkills.length > 0 && (
        <fieldset>
          <legend>{labels.skills}</legend>
          <div className="checks">
            <label>
              <input type="radio" name="facet-skills" checked={!selected.skills} onChange={() => onChange({ skills: undefined })} />
              {t('listing.any')}
            </label>
            {topSkills.map((id) => (
              <label key={id}>
                <input type="radio" name="facet-skills" checked={selected.skills === id} onChange={() => onChange({ skills: id })} />
                {skillLabels.get(id) ?? '…'} ({count(keys.skills, id)})
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </details>
  );
}

/** A description cut for a result card. */
export const excerpt = (text: string) => (text.length > 220 ? `${text.slice(0, 220)}…` : text);
