import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiProblem, isWorthRetrying } from '../lib/api/client';

/** What failed, in the reader's words, with a retry button when trying again can help. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof ApiProblem ? problemText(error, t) : t('errors.unknown');
  return (
    <div role="alert" className="alert alert-error">
      <p>{message}</p>
      {onRetry && isWorthRetrying(error) && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}

/** The API's message is English; known codes get a translated sentence. */
export function problemText(error: ApiProblem, t: TFunction): string {
  const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
  const known = t(`errors.codes.${error.code}`, { defaultValue: '', count: minutes });
  return known || error.message;
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" aria-live="polite">
      {label ?? t('states.loading')}
    </p>
  );
}

type Props<T> = {
  query: UseQueryResult<T>;
  /** When given and true for the data, `empty` is shown instead of the children. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
};

/** Loading, error (with retry), empty, or the data: every list and page uses it. */
export function QueryState<T>({ query, isEmpty, empty, children }: Props<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <p className="empty">{empty ?? t('states.empty')}</p>;
  return <>{children(query.data)}</>;
}
