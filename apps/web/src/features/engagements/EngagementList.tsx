import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { api } from '../../lib/api/client';
import type { EngagementSummary, Page } from '../../lib/api/types';
import { formatDate } from '../../lib/format';

const PAGE_SIZE = 10;

/** An organization's engagements, most recently changed first: with whom, on what, where each stands. */
export function EngagementList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('engagements');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['organizations', organizationId, 'engagements', page],
    queryFn: () => api<Page<EngagementSummary>>(`/organizations/${organizationId}/engagements`, { query: { page, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  return (
    <section aria-labelledby="engagements-heading">
      <h2 id="engagements-heading">{t('list.title')}</h2>
      <QueryState query={list} isEmpty={(data) => data.items.length === 0} empty={t('list.none')}>
        {(data) => (
          <>
            <ul className="cards">
              {data.items.map((e) => {
                const partner = e.host.id === organizationId ? e.provider : e.host;
                return (
                  <li key={e.id} className="card">
                    <h3>
                      <Link to={`/engagements/${e.id}`}>{t('list.with', { name: partner.name })}</Link>
                    </h3>
                    <p className="meta">
                      {t(`status.${e.status}`)}
                      {e.startDate && e.endDate && ` · ${t('list.period', { start: formatDate(e.startDate), end: formatDate(e.endDate) })}`}
                    </p>
                    <p>{t('need', { title: e.need.title })}</p>
                  </li>
                );
              })}
            </ul>
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
          </>
        )}
      </QueryState>
    </section>
  );
}
