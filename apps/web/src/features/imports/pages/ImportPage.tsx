import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Field, FieldSet } from '../../../components/Field';
import { FormProblem } from '../../../components/FormProblem';
import { RequireMember } from '../../../components/RequireMember';
import { usePageTitle } from '../../../components/usePageTitle';
import { ApiProblem } from '../../../lib/api/client';
import { MAX_IMPORT_BYTES, placedProblems, useImport, type ImportKind, type ImportMode } from '../api';
import { ImportResult } from '../ImportResult';
import { PastImports } from '../PastImports';
import { ProblemTable } from '../ProblemTable';

/** The header of a CSV file of each kind, as an example: the fields of the single-posting form. */
const EXAMPLE_HEADERS: Record<ImportKind, string> = {
  needs: 'title;description;skills;keywords;languages;country;city;workMode;startDate;endDate;effortDays;mechanisms',
  offers: 'title;description;skills;keywords;languages;availableFrom;availableTo;effortDays;workModes;countries;mechanisms',
};

/** One choice among a few, as radio buttons. */
function Choices<T extends string>(props: { legend: string; name: string; values: readonly T[]; value: T; onChange: (value: T) => void; label: (value: T) => string }) {
  return (
    <FieldSet legend={props.legend}>
      <div className="checks">
        {props.values.map((value) => (
          <label key={value}>
            <input type="radio" name={props.name} value={value} checked={props.value === value} onChange={() => props.onChange(value)} />
            {props.label(value)}
          </label>
        ))}
      </div>
    </FieldSet>
  );
}

/** "Import": many needs or offers at once from a CSV or JSON file, its problems by line, then the matching's progress. */
export default function ImportPage() {
  const { t } = useTranslation('imports');
  const { id = '' } = useParams();
  usePageTitle(t('title'));
  const [kind, setKind] = useState<ImportKind>('offers');
  const [mode, setMode] = useState<ImportMode>('all');
  const [publish, setPublish] = useState(true);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string>();
  const submitted = useImport(id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !file ? t('form.fileMissing') : file.size > MAX_IMPORT_BYTES ? t('form.fileTooBig') : undefined;
    setFileProblem(problem);
    if (file && !problem) submitted.mutate({ kind, mode, publish, file });
  };
  const refusal = submitted.error instanceof ApiProblem && submitted.error.code === 'VALIDATION_FAILED' ? submitted.error : null;

  return (
    <RequireMember organizationId={id}>
      <h1>{t('title')}</h1>
      <p>
        <Link to={`/organizations/${id}/dashboard`}>{t('back')}</Link>
      </p>
      <p>{t('intro')}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <Choices legend={t('form.kind')} name="kind" values={['offers', 'needs'] as const} value={kind} onChange={setKind} label={(value) => t(`kinds.${value}`)} />
        <Field label={t('form.file')} hint={t('form.fileHint')} error={fileProblem} required>
          {(control) => (
            <input {...control} type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          )}
        </Field>
        <details>
          <summary>{t('format.title')}</summary>
          <p>{t('format.csv')}</p>
          <p className="example">
            <code>{EXAMPLE_HEADERS[kind]}</code>
          </p>
          <p>{t('format.json')}</p>
        </details>
        <Choices legend={t('form.mode')} name="mode" values={['all', 'valid'] as const} value={mode} onChange={setMode} label={(value) => t(`modes.${value}`)} />
        <div className="checks">
          <label>
            <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} />
            {t('form.publish')}
          </label>
        </div>
        <div>
          <button type="submit" className="button" disabled={submitted.isPending}>
            {submitted.isPending ? t('form.sending') : t('form.submit')}
          </button>
        </div>
      </form>
      {refusal ? (
        <section aria-labelledby="import-refused">
          <h2 id="import-refused">{t('refused.title')}</h2>
          <p role="alert" className="alert alert-error">
            {t('refused.message', { count: refusal.details.length })}
          </p>
          <ProblemTable caption={t('refused.caption')} problems={placedProblems(refusal)} />
        </section>
      ) : (
        <FormProblem error={submitted.error} />
      )}
      {submitted.data && <ImportResult key={submitted.data.id} organizationId={id} imported={submitted.data} />}
      <PastImports organizationId={id} />
    </RequireMember>
  );
}
