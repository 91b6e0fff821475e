import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Pagination } from '../../../components/Pagination';
import { QueryState } from '../../../components/QueryState';
import { RequireMember } from '../../../components/RequireMember';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { Page, Proposal } from '../../../lib/api/types';
import { useUrlState } from '../../../lib/url-state';
import { ProposalCard, type Direction } from '../ProposalCard';

const PAGE_SIZE = 10;
const DIRECTIONS: readonly Direction[] = ['received', 'sent'];

/** An organization's proposals, received or sent: answer them, withdraw them, and once accepted, whom to write to. */
export default function ProposalsPage() {
  const { t } = useTranslation('proposals');
  const { id = '' } = useParams();
  usePageTitle(t('title'));
  return (
    <RequireMember organizationId={id}>
      <h1>{t('title')}</h1>
      <Proposals organizationId={id} />
    </RequireMember>
  );
}

function Proposals({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('proposals');
  const { params, page, update } = useUrlState();
  const direction: Direction = params.get('direction') === 'sent' ? 'sent' : 'received';
  const proposals = useQuery({
    queryKey: ['proposals', 'of', organizationId, direction, page],
    queryFn: () => api<Page<Proposal>>(`/organizations/${organizationId}/proposals`, { query: { direction, page, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <nav className="actions" aria-label={t('directions')}>
        {DIRECTIONS.map((d) => (
          <Link key={d} to={`?direction=${d}`} className={d === direction ? 'button' : 'button secondary'} aria-current={d === direction ? 'page' : undefined}>
            {t(d)}
          </Link>
        ))}
      </nav>
      <QueryState query={proposals} isEmpty={(data) => data.items.length === 0} empty={t(`none.${direction}`)}>
        {(data) => (
          <>
            <ul className="cards">
              {data.items.map((proposal) => (
                <ProposalCard key={proposal.id} proposal={proposal} direction={direction} />
              ))}
            </ul>
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => update({ page: String(p) })} />
          </>
        )}
      </QueryState>
    </>
  );
}
