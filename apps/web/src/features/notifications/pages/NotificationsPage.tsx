import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { Pagination } from '../../../components/Pagination';
import { QueryState } from '../../../components/QueryState';
import { RequireSignIn } from '../../../components/RequireSignIn';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { AppNotification, Page } from '../../../lib/api/types';
import { formatDateTime } from '../../../lib/format';

const PAGE_SIZE = 20;

/** Links are written with the public address for e-mails; inside the app, only the path matters. */
const pathOf = (link: string) => {
  const url = new URL(link, window.location.origin);
  return `${url.pathname}${url.search}`;
};

export default function NotificationsPage() {
  const { t } = useTranslation('notifications');
  usePageTitle(t('title'));
  return (
    <>
      <h1>{t('title')}</h1>
      <RequireSignIn>{() => <NotificationList />}</RequireSignIn>
    </>
  );
}

function NotificationList() {
  const { t } = useTranslation('notifications');
  const client = useQueryClient();
  const [pageNumber, setPageNumber] = useState(1);
  const list = useQuery({
    queryKey: ['notifications', 'list', pageNumber],
    queryFn: () => api<Page<AppNotification>>('/notifications', { query: { page: pageNumber, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['notifications'] });
  const markRead = useMutation({ mutationFn: (id: string) => api(`/notifications/${id}/read`, { method: 'POST' }), onSettled: refresh });
  const markAll = useMutation({ mutationFn: () => api('/notifications/read-all', { method: 'POST' }), onSettled: refresh });
  const hasUnread = !!list.data?.items.some((n) => !n.readAt);
  return (
    <>
      <div className="actions">
        <button type="button" className="button secondary" disabled={!hasUnread || markAll.isPending} onClick={() => markAll.mutate()}>
          {t('markAll')}
        </button>
        <Link to="/settings/notifications">{t('settings')}</Link>
      </div>
      <FormProblem error={markRead.error ?? markAll.error} />
      <QueryState query={list} isEmpty={(data) => data.items.length === 0} empty={t('none')}>
        {(data) => (
          <>
            <ul className="cards">
              {data.items.map((n) => (
                <li key={n.id} className="card" style={n.readAt ? undefined : { borderLeft: '4px solid var(--accent)' }}>
                  <h2 style={{ fontSize: '1.05rem' }}>
                    {!n.readAt && <span className="visually-hidden">{t('unread')} </span>}
                    {n.link ? (
                      <Link to={pathOf(n.link)} onClick={() => !n.readAt && markRead.mutate(n.id)}>
                        {n.title}
                      </Link>
                    ) : (
                      n.title
                    )}
                  </h2>
                  <p>{n.body}</p>
                  <p className="meta">
                    {formatDateTime(n.createdAt)}
                    {!n.readAt && (
                      <>
                        {' · '}
                        <button type="button" className="link-button" onClick={() => markRead.mutate(n.id)}>
                          {t('markRead', { title: n.title })}
                        </button>
                      </>
                    )}
                  </p>
                </li>
              ))}
            </ul>
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPageNumber} />
          </>
        )}
      </QueryState>
    </>
  );
}
