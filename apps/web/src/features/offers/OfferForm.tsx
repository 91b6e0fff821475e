import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORK_MODES, type MechanismCode, type WorkMode } from '@relais/domain';
import { Field, FieldSet } from '../../components/Field';
import { fieldError, FormProblem } from '../../components/FormProblem';
import { MechanismPicker } from '../../components/MechanismPicker';
import { CountriesPicker } from '../../components/PlacePickers';
import { keywordList, onPostingSubmit, PostingFormActions, PostingTextFields } from '../../components/PostingFormParts';
import type { Offer, OfferInput } from '../../lib/api/types';
import { currentLanguage } from '../../lib/i18n';

export type OfferFields = {
  title: string;
  description: string;
  skills: string[];
  keywords: string;
  languages: string[];
  availableFrom: string;
  availableTo: string;
  effortDays: string;
  workModes: WorkMode[];
  countries: string[];
  mechanisms: MechanismCode[];
  grossMonthlyPayMin: string;
  grossMonthlyPayMax: string;
};

export const emptyOffer = (): OfferFields => ({
  title: '',
  description: '',
  skills: [],
  keywords: '',
  languages: [currentLanguage()],
  availableFrom: '',
  availableTo: '',
  effortDays: '',
  workModes: ['remote'],
  countries: [],
  mechanisms: [],
  grossMonthlyPayMin: '',
  grossMonthlyPayMax: '',
});

export const offerToFields = (offer: Offer): OfferFields => ({
  ...offer,
  keywords: offer.keywords.join(', '),
  availableTo: offer.availableTo ?? '',
  effortDays: String(offer.effortDays),
  grossMonthlyPayMin: offer.grossMonthlyPayMin === null ? '' : String(offer.grossMonthlyPayMin),
  grossMonthlyPayMax: offer.grossMonthlyPayMax === null ? '' : String(offer.grossMonthlyPayMax),
});

const euros = (value: string) => (value.trim() ? Number(value) : null);

/** What the API receives: empty required fields are left out, so that the API names them as missing. */
export function fieldsToBody(fields: OfferFields): Partial<OfferInput> {
  return {
    title: fields.title,
    description: fields.description,
    skills: fields.skills,
    keywords: keywordList(fields.keywords),
    languages: fields.languages,
    ...(fields.availableFrom ? { availableFrom: fields.availableFrom } : {}),
    availableTo: fields.availableTo || null,
    ...(fields.effortDays ? { effortDays: Number(fields.effortDays) } : {}),
    workModes: fields.workModes,
    countries: fields.countries,
    mechanisms: fields.mechanisms,
    grossMonthlyPayMin: euros(fields.grossMonthlyPayMin),
    grossMonthlyPayMax: euros(fields.grossMonthlyPayMax),
  };
}

type Props = {
  initial: OfferFields;
  error: unknown;
  pending: boolean;
  onSubmit: (fields: OfferFields, publish: boolean) => void;
  canPublish: boolean;
};

export function OfferForm({ initial, error, pending, onSubmit, canPublish }: Props) {
  const { t } = useTranslation('offers');
  const [fields, setFields] = useState(initial);
  const set = <K extends keyof OfferFields>(key: K, value: OfferFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const err = (path: string) => fieldError(error, path);
  return (
    <form className="stack" onSubmit={onPostingSubmit(fields, onSubmit)} noValidate>
      <FormProblem error={error} />
      <PostingTextFields fields={fields} set={set} error={error} t={t} />
      <div className="row">
        <Field label={t('fields.availableFrom')} error={err('availableFrom')} required>
          {(c) => <input {...c} type="date" value={fields.availableFrom} onChange={(e) => set('availableFrom', e.target.value)} />}
        </Field>
        <Field label={t('fields.availableTo')} hint={t('hints.availableTo')} error={err('availableTo')}>
          {(c) => <input {...c} type="date" value={fields.availableTo} onChange={(e) => set('availableTo', e.target.value)} />}
        </Field>
        <Field label={t('fields.effortDays')} hint={t('hints.effortDays')} error={err('effortDays')} required>
          {(c) => <input {...c} type="number" min={1} inputMode="numeric" value={fields.effortDays} onChange={(e) => set('effortDays', e.target.value)} />}
        </Field>
      </div>
      <FieldSet legend={t('fields.workModes')} error={err('workModes')} required>
        <div className="checks">
          {WORK_MODES.map((mode) => (
            <label key={mode}>
              <input
                type="checkbox"
                checked={fields.workModes.includes(mode)}
                onChange={(e) => set('workModes', e.target.checked ? [...fields.workModes, mode] : fields.workModes.filter((m) => m !== mode))}
              />
              {t(`vocab.workMode.${mode}`, { ns: 'common' })}
            </label>
          ))}
        </div>
      </FieldSet>
      <CountriesPicker legend={t('fields.countries')} hint={t('hints.countries')} value={fields.countries} onChange={(v) => set('countries', v)} error={err('countries')} />
      <MechanismPicker legend={t('fields.mechanisms')} hint={t('hints.mechanisms')} value={fields.mechanisms} onChange={(v) => set('mechanisms', v)} error={err('mechanisms')} />
      <FieldSet legend={t('fields.payBand')} hint={t('hints.payBand')}>
        <div className="row">
          <Field label={t('fields.payMin')} error={err('grossMonthlyPayMin')}>
            {(c) => <input {...c} type="number" min={1} inputMode="numeric" value={fields.grossMonthlyPayMin} onChange={(e) => set('grossMonthlyPayMin', e.target.value)} />}
          </Field>
          <Field label={t('fields.payMax')} error={err('grossMonthlyPayMax')}>
            {(c) => <input {...c} type="number" min={1} inputMode="numeric" value={fields.grossMonthlyPayMax} onChange={(e) => set('grossMonthlyPayMax', e.target.value)} />}
          </Field>
        </div>
      </FieldSet>
      <PostingFormActions pending={pending} canPublish={canPublish} t={t} />
    </form>
  );
}
