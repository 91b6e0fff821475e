/** What the need and the offer forms share: the describing fields, the two submit buttons, the submit handler. */
import type { FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { Field } from './Field';
import { fieldError } from './FormProblem';
import { LanguagePicker } from './PlacePickers';
import { SkillPicker } from './SkillPicker';

export type PostingText = { title: string; description: string; skills: string[]; keywords: string; languages: string[] };

/** Keywords are typed as one comma-separated line. */
export const keywordList = (text: string) => text.split(',').map((k) => k.trim()).filter(Boolean);

type TextProps<F extends PostingText> = {
  fields: F;
  set: <K extends keyof PostingText>(key: K, value: F[K]) => void;
  error: unknown;
  /** The feature's texts: `fields.*` and `hints.*` of a need or of an offer. */
  t: TFunction;
};

export function PostingTextFields<F extends PostingText>({ fields, set, error, t }: TextProps<F>) {
  const err = (path: string) => fieldError(error, path);
  return (
    <>
      <Field label={t('fields.title')} hint={t('hints.title')} error={err('title')} required>
        {(c) => <input {...c} value={fields.title} onChange={(e) => set('title', e.target.value)} maxLength={200} />}
      </Field>
      <Field label={t('fields.description')} hint={t('hints.description')} error={err('description')} required>
        {(c) => <textarea {...c} value={fields.description} onChange={(e) => set('description', e.target.value)} maxLength={5000} rows={8} />}
      </Field>
      <SkillPicker value={fields.skills} onChange={(ids) => set('skills', ids)} text={`${fields.title}\n${fields.description}`} error={err('skills')} />
      <Field label={t('fields.keywords')} hint={t('hints.keywords')} error={err('keywords')}>
        {(c) => <input {...c} value={fields.keywords} onChange={(e) => set('keywords', e.target.value)} />}
      </Field>
      <LanguagePicker legend={t('fields.languages')} value={fields.languages} onChange={(v) => set('languages', v)} error={err('languages')} />
    </>
  );
}

/** "Save as draft", and "Save and publish" while the posting is a draft. */
export function PostingFormActions({ pending, canPublish, t }: { pending: boolean; canPublish: boolean; t: TFunction }) {
  return (
    <div className="actions">
      <button type="submit" className="button secondary" disabled={pending}>
        {t('form.saveDraft')}
      </button>
      {canPublish && (
        <button type="submit" className="button" disabled={pending} data-publish="true">
          {t('form.savePublish')}
        </button>
      )}
    </div>
  );
}

/** The submit handler: which of the two buttons was pressed says whether to publish. */
export const onPostingSubmit =
  <F,>(fields: F, onSubmit: (fields: F, publish: boolean) => void) =>
  (event: FormEvent) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    onSubmit(fields, submitter?.dataset.publish === 'true');
  };
