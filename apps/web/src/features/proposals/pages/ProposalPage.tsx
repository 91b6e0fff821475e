import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { RequireSignIn } from '../../../components/RequireSignIn';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { Me, Proposal, Side } from '../../../lib/api/types';
import { isMemberOf } from '../../../lib/postings';
import { ProposalCard } from '../ProposalCard';
import { ProposalThread } from '../ProposalThread';

/** One proposal, for the members of its two organizations: where it stands, its answer, and the thread between them. */
export default function ProposalPage() {
  const { t } = useTranslation('proposals');
  usePageTitle(t('one'));
  return (
    <>
      <h1>{t('one')}</h1>
      <RequireSignIn>{(me) => <ProposalView me={me} />}</RequireSignIn>
    </>
  );
}

function ProposalView({ me }: { me: Me }) {
  const { t } = useTranslation('proposals');
  const { id = '' } = useParams();
  const proposal = useQuery({ queryKey: ['proposals', id], queryFn: () => api<Proposal>(`/proposals/${id}`) });
  return (
    <QueryState query={proposal}>
      {(p) => {
        const host = p.proposerSide === 'host' ? p.from : p.to;
        const provider = p.proposerSide === 'host' ? p.to : p.from;
        const sides = (['host', 'provider'] as Side[]).filter((side) => isMemberOf(me, (side === 'host' ? host : provider).id));
        // Received when one answers for the organization it was sent to.
        const direction = isMemberOf(me, p.to.id) ? 'received' : 'sent';
        const own = direction === 'received' ? p.to : p.from;
        return (
          <>
            <p>
              <Link to={`/organizations/${own.id}/proposals?direction=${direction}`}>{t('backToList', { organization: own.name })}</Link>
            </p>
            <ul className="cards">
              <ProposalCard proposal={p} direction={direction} standalone />
            </ul>
            <ProposalThread proposal={p} sides={sides} />
          </>
        );
      }}
    </QueryState>
  );
}
