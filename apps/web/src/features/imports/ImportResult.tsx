import { useTranslation } from 'react-i18next';
import type { PostingImport } from '../../lib/api/types';
import { placedProblems, useImportProgress } from './api';
import { ProblemTable } from './ProblemTable';

/** After an import: what was imported, the rows refused, and the matching's progress until every posting is matched. */
export function ImportResult({ organizationId, imported }: { organizationId: string; imported: PostingImport }) {
  const { t } = useTranslation('imports');
  const progress = useImportProgress(organizationId, imported);
  const current = progress.data ?? imported;
  const done = current.matched >= current.importedCount;
  return (
    <section aria-labelledby="import-result">
      <h2 id="import-result">{t('result.title')}</h2>
      <p className="alert alert-ok" role="status">
        {t(`result.imported_${current.kind}`, { count: current.importedCount, rows: current.rowCount })}{' '}
        {t(`result.${current.published ? 'published' : 'drafts'}_${current.kind}`)}
      </p>
      {current.published && current.importedCount > 0 && (
        <div className="field">
          <label htmlFor="import-progress">{t('result.matching')}</label>
          <progress id="import-progress" max={current.importedCount} value={current.matched} />
          <p aria-live="polite" className="hint">
            {done ? t('result.matchedAll', { count: current.importedCount }) : t('result.matched', { matched: current.matched, count: current.importedCount })}
          </p>
        </div>
      )}
      {current.refused && current.refused.length > 0 && (
        <ProblemTable caption={t('result.refused', { count: current.refused.length })} problems={placedProblems(current.refused)} />
      )}
    </section>
  );
}
