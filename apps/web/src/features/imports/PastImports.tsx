import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/format';
import { useImports } from './api';

/** The organization's imports, newest first, with how far their matching has gone. */
export function PastImports({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('imports');
  const [page, setPage] = useState(1);
  const list = useImports(organizationId, page);
  return (
    <section aria-labelledby="past-imports">
      <h2 id="past-imports">{t('past.title')}</h2>
      <QueryState query={list} isEmpty={(data) => data.items.length === 0} empty={t('past.none')}>
        {(data) => (
          <>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('past.date')}</th>
                    <th scope="col">{t('past.kind')}</th>
                    <th scope="col">{t('past.imported')}</th>
                    <th scope="col" className="wide-only">{t('past.refused')}</th>
                    <th scope="col">{t('past.matched')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((item) => (
                    <tr key={item.id}>
                      <td>{formatDateTime(item.createdAt)}</td>
                      <td>{t(`past.kinds.${item.kind}`)}</td>
                      <td>{t('past.ofRows', { count: item.importedCount, rows: item.rowCount })}</td>
                      <td className="wide-only">{item.refusedCount}</td>
                      <td>{item.published ? t('past.ofRows', { count: item.matched, rows: item.importedCount }) : t('past.drafts')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
          </>
        )}
      </QueryState>
    </section>
  );
}
