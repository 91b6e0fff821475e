import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@relais/domain';
import { Field } from '../../components/Field';
import { fieldError, FormProblem } from '../../components/FormProblem';
import { CountrySelect } from '../../components/PlacePickers';
import type { Organization, OrganizationInput } from '../../lib/api/types';

export type OrganizationFields = {
  name: string;
  kind: OrganizationKind | '';
  country: string;
  region: string;
  city: string;
  description: string;
  website: string;
  siren: string;
  rna: string;
  generalInterest: boolean;
};

export const emptyOrganization = (): OrganizationFields => ({
  name: '',
  kind: '',
  country: 'FR',
  region: '',
  city: '',
  description: '',
  website: '',
  siren: '',
  rna: '',
  generalInterest: false,
});

export const organizationToFields = (o: Organization): OrganizationFields => ({
  name: o.name,
  kind: o.kind,
  country: o.country,
  region: o.region ?? '',
  city: o.city ?? '',
  description: o.description,
  website: o.website ?? '',
  siren: o.siren ?? '',
  rna: o.rna ?? '',
  generalInterest: o.generalInterest,
});

/** SIREN: French legal entities; RNA: French associations only. */
const hasSiren = (f: OrganizationFields) => f.country === 'FR' && f.kind !== 'foreign_partner';
const hasRna = (f: OrganizationFields) => f.country === 'FR' && f.kind === 'association';

const orNull = (value: string) => value.trim() || null;

export function fieldsToBody(f: OrganizationFields): Partial<OrganizationInput> {
  return {
    name: f.name,
    ...(f.kind ? { kind: f.kind } : {}),
    country: f.country,
    region: orNull(f.region),
    city: orNull(f.city),
    description: f.description,
    website: orNull(f.website),
    siren: hasSiren(f) ? orNull(f.siren) : null,
    rna: hasRna(f) ? orNull(f.rna) : null,
    generalInterest: f.generalInterest,
  };
}

type Props = { initial: OrganizationFields; error: unknown; pending: boolean; submitLabel: string; onSubmit: (fields: OrganizationFields) => void };

export function OrganizationForm({ initial, error, pending, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation('organizations');
  const [fields, setFields] = useState(initial);
  const set = <K extends keyof OrganizationFields>(key: K, value: OrganizationFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const err = (path: string) => fieldError(error, path);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(fields);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <FormProblem error={error} />
      <Field label={t('fields.name')} error={err('name')} required>
        {(c) => <input {...c} value={fields.name} onChange={(e) => set('name', e.target.value)} maxLength={200} />}
      </Field>
      <Field label={t('fields.kind')} error={err('kind')} required>
        {(c) => (
          <select {...c} value={fields.kind} onChange={(e) => set('kind', e.target.value as OrganizationKind)}>
            <option value="">{t('fields.kindChoose')}</option>
            {ORGANIZATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`vocab.kind.${kind}`, { ns: 'common' })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="row">
        <CountrySelect label={t('fields.country')} value={fields.country} onChange={(v) => set('country', v)} error={err('country')} required />
        <Field label={t('fields.region')} error={err('region')}>
          {(c) => <input {...c} value={fields.region} onChange={(e) => set('region', e.target.value)} />}
        </Field>
        <Field label={t('fields.city')} error={err('city')}>
          {(c) => <input {...c} value={fields.city} onChange={(e) => set('city', e.target.value)} />}
        </Field>
      </div>
      <Field label={t('fields.description')} error={err('description')}>
        {(c) => <textarea {...c} value={fields.description} onChange={(e) => set('description', e.target.value)} maxLength={5000} />}
      </Field>
      <Field label={t('fields.website')} hint={t('hints.website')} error={err('website')}>
        {(c) => <input {...c} type="url" value={fields.website} onChange={(e) => set('website', e.target.value)} />}
      </Field>
      {hasSiren(fields) && (
        <Field label={t('fields.siren')} hint={t('hints.siren')} error={err('siren')}>
          {(c) => <input {...c} inputMode="numeric" value={fields.siren} onChange={(e) => set('siren', e.target.value)} />}
        </Field>
      )}
      {hasRna(fields) && (
        <Field label={t('fields.rna')} hint={t('hints.rna')} error={err('rna')}>
          {(c) => <input {...c} value={fields.rna} onChange={(e) => set('rna', e.target.value)} />}
        </Field>
      )}
      <div className="field">
        <label>
          <input type="checkbox" checked={fields.generalInterest} onChange={(e) => set('generalInterest', e.target.checked)} aria-describedby="gi-hint" />
          {t('fields.generalInterest')}
        </label>
        <p id="gi-hint" className="hint">
          {t('hints.generalInterest')}
        </p>
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
