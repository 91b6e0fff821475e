import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MECHANISM_CODES, WORK_MODES } from '@relais/domain';
import type { FacetCounts } from '../lib/api/types';
import { countryName, formatNumber } from '../lib/format';
import { useSkillLabels } from '../lib/skills';

/** The filters a listing's URL keeps, beside `q` and `page`. */
export const LISTING_FILTERS = ['country', 'mechanism', 'workMode', 'skills'] as const;

export function SearchBox({ id, label, initial, onSearch }: { id: string; label: string; initial: string; onSearch: (q: string) => void }) {
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
export function Facets({ facets, keys, labels, selected, onChange }: FacetProps) {
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
