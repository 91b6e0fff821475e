import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../lib/api/client';
import { problemText } from './QueryState';

/**
 * The form-level message after a failed submit, announced by screen readers. Field errors are
 * shown next to their fields; this says that there are some, or what else went wrong.
 */
export function FormProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return <div aria-live="assertive" />;
  const text =
    error instanceof ApiProblem
      ? error.code === 'VALIDATION_FAILED'
        ? t('errors.fields', { count: error.details.length })
        : problemText(error, t)
      : t('errors.unknown');
  return (
    <div aria-live="assertive">
      <p role="alert" className="alert alert-error">
        {text}
      </p>
    </div>
  );
}

/** The API's reason for a field, if the last submit failed on it. */
export const fieldError = (error: unknown, path: string): string | undefined =>
  error instanceof ApiProblem ? error.fieldReason(path) : undefined;
