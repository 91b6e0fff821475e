import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MECHANISM_CODES, WORK_MODES, type MechanismCode, type WorkMode } from '@relais/domain';
import { Field, FieldSet } from '../../components/Field';
import { fieldError, FormProblem } from '../../components/FormProblem';
import { MechanismPicker } from '../../components/MechanismPicker';
import { CountrySelect } from '../../components/PlacePickers';
import { keywordList, onPostingSubmit, PostingFormActions, PostingTextFields } from '../../components/PostingFormParts';
import type { Need, NeedInput } from '../../lib/api/types';
import { currentLanguage } from '../../lib/i18n';

export type NeedFields = {
  title: string;
  description: string;
  skills: string[];
  keywords: string;
  languages: string[];
  country: string;
  city: string;
  workMode: WorkMode | '';
  startDate: string;
  endDate: string;
  effortDays: string;
  mechanisms: MechanismCode[];
};

export const emptyNeed = (): NeedFields => ({
  title: '',
  description: '',
  skills: [],
  keywords: '',
  languages: [currentLanguage()],
  country: '',
  city: '',
  workMode: '',
  startDate: '',
  endDate: '',
  effortDays: '',
  mechanisms: [...MECHANISM_CODES],
});

export const needToFields = (need: Need): NeedFields => ({
  ...need,
  keywords: need.keywords.join(', '),
  city: need.city ?? '',
  effortDays: String(need.effortDays),
});

/** What the API receives: empty fields are left out, so that the API names them as missing. */
export function fieldsToBody(fields: NeedFields): Partial<NeedInput> {
  const keywords = keywordList(fields.keywords);
  return {
    title: fields.title,
    description: fields.description,
    skills: fields.skills,
    keywords,
    languages: fields.languages,
    ...(fields.country ? { country: fields.country } : {}),
    city: fields.city.trim() || null,
    ...(fields.workMode ? { workMode: fields.workMode } : {}),
    ...(fields.startDate ? { startDate: fields.startDate } : {}),
    ...(fields.endDate ? { endDate: fields.endDate } : {}),
    ...(fields.effortDays ? { effortDays: Number(fields.effortDays) } : {}),
    mechanisms: fields.mechanisms,
  };
}

type Props = {
  initial: NeedFields;
  error: unknown;
  pending: boolean;
  /** `publish`: save then publish; a draft stays visible to the organization only. */
  onSubmit: (fields: NeedFields, publish: boolean) => void;
  canPublish: boolean;
};

export function NeedForm({ initial, error, pending, onSubmit, canPublish }: Props) {
  const { t } = useTranslation('needs');
  const [fields, setFields] = useState(initial);
  const set = <K extends keyof NeedFields>(key: K, value: NeedFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const err = (path: string) => fieldError(error, path);
  return (
    <form className="stack" onSubmit={onPostingSubmit(fields, onSubmit)} noValidate>
      <FormProblem error={error} />
      <PostingTextFields fields={fields} set={set} error={error} t={t} />
      <div className="row">
        <CountrySelect label={t('fields.country')} value={fields.country} onChange={(v) => set('country', v)} error={err('country')} required />
        <Field label={t('fields.city')} error={err('city')}>
          {(c) => <input {...c} value={fields.city} onChange={(e) => set('city', e.target.value)} />}
        </Field>
      </div>
      <FieldSet legend={t('fields.workMode')} error={err('workMode')} required>
        <div className="checks">
          {WORK_MODES.map((mode) => (
            <label key={mode}>
              <input type="radio" name="workMode" checked={fields.workMode === mode} onChange={() => set('workMode', mode)} />
              {t(`vocab.workMode.${mode}`, { ns: 'common' })}
            </label>
          ))}
        </div>
      </FieldSet>
      <div className="row">
        <Field label={t('fields.startDate')} error={err('startDate')} required>
          {(c) => <input {...c} type="date" value={fields.startDate} onChange={(e) => set('startDate', e.target.value)} />}
        </Field>
        <Field label={t('fields.endDate')} error={err('endDate')} required>
          {(c) => <input {...c} type="date" value={fields.endDate} onChange={(e) => set('endDate', e.target.value)} />}
        </Field>
        <Field label={t('fields.effortDays')} hint={t('hints.effortDays')} error={err('effortDays')} required>
          {(c) => <input {...c} type="number" min={1} inputMode="numeric" value={fields.effortDays} onChange={(e) => set('effortDays', e.target.value)} />}
        </Field>
      </div>
      <MechanismPicker legend={t('fields.mechanisms')} hint={t('hints.mechanisms')} value={fields.mechanisms} onChange={(v) => set('mechanisms', v)} error={err('mechanisms')} />
      <PostingFormActions pending={pending} canPublish={canPublish} t={t} />
    </form>
  );
}
