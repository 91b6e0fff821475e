import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { POSTING_STATUSES, type PostingStatus } from '@relais/domain';
import { Pagination } from '../../../components/Pagination';
import { QueryState } from '../../../components/QueryState';
import { RequireMember } from '../../../components/RequireMember';
import { StatusBadge } from '../../../components/StatusBadge';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { Need, Offer, Page, Proposal } from '../../../lib/api/types';
import { formatDate } from '../../../lib/format';
import type { PostingKind } from '../../../lib/postings';
import { useMe } from '../../../lib/session';
import { EngagementList } from '../../engagements/EngagementList';
import { useOrganization } from '../api';
import { OrganizationStatsSection } from '../OrganizationStats';

/** "My organization": its engagements, and its needs and offers by status, with how many suggestions each has. */
export default function DashboardPage() {
  const { t } = useTranslation('organizations');
  const { id = '' } = useParams();
  const organization = useOrganization(id);
  const me = useMe();
  usePageTitle(organization.data?.name ?? t('dashboard.title'));
  const isAdmin = me.data?.memberships.some((m) => m.organizationId === id && m.role === 'admin');
  // Proposals waiting for our answer: counted on the link, so that none goes unanswered.
  const waiting = useQuery({
    queryKey: ['organizations', id, 'proposals', 'received', 'pending'],
    queryFn: () => api<Page<Proposal>>(`/organizations/${id}/proposals`, { query: { direction: 'received', status: 'pending', pageSize: 1 } }),
    enabled: Boolean(me.data?.memberships.some((m) => m.organizationId === id)),
  });
  return (
    <RequireMember organizationId={id}>
      <h1>{organization.data?.name ?? t('dashboard.title')}</h1>
      <nav className="actions" aria-label={t('dashboard.actions')}>
        <Link className="button" to={`/organizations/${id}/needs/new`}>
          {t('dashboard.postNeed')}
        </Link>
        <Link className="button" to={`/organizations/${id}/offers/new`}>
          {t('dashboard.postOffer')}
        </Link>
        <Link to={`/organizations/${id}/imports`}>{t('dashboard.import')}</Link>
        <Link to={`/organizations/${id}/proposals`}>
          {t('dashboard.proposals')}
          {waiting.data?.total ? ` (${t('dashboard.waitingProposals', { count: waiting.data.total })})` : ''}
        </Link>
        <Link to={`/organizations/${id}/members`}>{t('dashboard.members')}</Link>
        {isAdmin && <Link to={`/organizations/${id}/edit`}>{t('dashboard.editProfile')}</Link>}
        <Link to={`/organizations/${id}`}>{t('dashboard.publicProfile')}</Link>
      </nav>
      <EngagementList organizationId={id} />
      <PostingList kind="needs" organizationId={id} />
      <PostingList kind="offers" organizationId={id} />
      <OrganizationStatsSection organizationId={id} />
    </RequireMember>
  );
}

const PAGE_SIZE = 10;

function PostingList({ kind, organizationId }: { kind: PostingKind; organizationId: string }) {
  const { t } = useTranslation('organizations');
  const [status, setStatus] = useState<PostingStatus | ''>('');
  const [pageNumber, setPageNumber] = useState(1);
  const list = useQuery({
    queryKey: ['organizations', organizationId, kind, status, pageNumber],
    queryFn: () => api<Page<Need | Offer>>(`/organizations/${organizationId}/${kind}`, { query: { status, page: pageNumber, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  const headingId = `${kind}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`dashboard.${kind}`)}</h2>
      <div className="field" style={{ maxWidth: '16rem' }}>
        <label htmlFor={`${kind}-status`}>{t('dashboard.status')}</label>
        <select
          id={`${kind}-status`}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as PostingStatus | '');
            setPageNumber(1);
          }}
        >
          <option value="">{t('dashboard.allStatuses')}</option>
          {POSTING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`vocab.status.${s}`, { ns: 'common' })}
            </option>
          ))}
        </select>
      </div>
      <QueryState query={list} isEmpty={(data) => data.items.length === 0} empty={t(`dashboard.no_${kind}`)}>
        {(data) => (
          <>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.columns.title')}</th>
                    <th scope="col">{t('dashboard.columns.status')}</th>
                    <th scope="col">{t('dashboard.columns.suggestions')}</th>
                    <th scope="col" className="wide-only">{t('dashboard.columns.updated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((posting) => (
                    <tr key={posting.id}>
                      <td>
                        <Link to={`/${kind}/${posting.id}`}>{posting.title}</Link>
                      </td>
                      <td>
                        <StatusBadge status={posting.status} />
                      </td>
                      <td>
                        <Link to={`/${kind}/${posting.id}/suggestions`}>
                          {posting.suggestionCount ?? 0}
                          <span className="visually-hidden"> {t('dashboard.suggestionsOf', { count: posting.suggestionCount ?? 0, title: posting.title })}</span>
                        </Link>
                      </td>
                      <td className="wide-only">{formatDate(posting.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPageNumber} />
          </>
        )}
      </QueryState>
    </section>
  );
}
