import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '@relais/domain';
import { countryName, languageName } from '../lib/format';
import { Field, FieldSet } from './Field';

/** Languages people in this field most often work in; others can be typed as codes later if needed. */
export const COMMON_LANGUAGES = ['fr', 'en', 'es', 'pt', 'ar', 'de', 'it', 'mg', 'wo'] as const;

export function useCountryOptions() {
  const { i18n } = useTranslation();
  return useMemo(
    () => [...COUNTRY_CODES].map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name, i18n.language)),
    [i18n.language],
  );
}

type CountryProps = { label: string; value: string; onChange: (code: string) => void; error?: string; required?: boolean; emptyLabel?: string };

export function CountrySelect({ label, value, onChange, error, required, emptyLabel }: CountryProps) {
  const { t } = useTranslation();
  const options = useCountryOptions();
  return (
    <Field label={label} error={error} required={required}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)} required={required}>
          <option value="">{emptyLabel ?? t('countries.choose')}</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Several countries: a select and an "Add" button, the chosen ones as removable chips. */
export function CountriesPicker({ legend, hint, value, onChange, error }: { legend: string; hint?: string; value: string[]; onChange: (codes: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const options = useCountryOptions();
  const [next, setNext] = useState('');
  return (
    <FieldSet legend={legend} hint={hint} error={error}>
      {value.length > 0 && (
        <ul className="chips">
          {value.map((code) => (
            <li key={code} className="chip">
              {countryName(code)}
              <button type="button" className="link-button" aria-label={t('countries.remove', { name: countryName(code) })} onClick={() => onChange(value.filter((c) => c !== code))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-form">
        <Field label={t('countries.add')}>
          {(control) => (
            <select {...control} value={next} onChange={(event) => setNext(event.target.value)}>
              <option value="">{t('countries.choose')}</option>
              {options.filter((o) => !value.includes(o.code)).map((o) => (
                <option key={o.code} value={o.code}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="button" className="button secondary" disabled={!next} onClick={() => { onChange([...value, next]); setNext(''); }}>
          {t('countries.addButton')}
        </button>
      </div>
    </FieldSet>
  );
}

export function LanguagePicker({ legend, value, onChange, error }: { legend: string; value: string[]; onChange: (codes: string[]) => void; error?: string }) {
  const shown = [...COMMON_LANGUAGES, ...value.filter((code) => !(COMMON_LANGUAGES as readonly string[]).includes(code))];
  return (
    <FieldSet legend={legend} error={error} required>
      <div className="checks row">
        {shown.map((code) => (
          <label key={code}>
            <input
              type="checkbox"
              checked={value.includes(code)}
              onChange={(event) => onChange(event.target.checked ? [...value, code] : value.filter((c) => c !== code))}
            />
            {languageName(code)}
          </label>
        ))}
      </div>
    </FieldSet>
  );
}
