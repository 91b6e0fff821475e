import { useState, type FormEvent } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Field } from '../../../components/Field';
import { fieldError, FormProblem } from '../../../components/FormProblem';
import { Pagination } from '../../../components/Pagination';
import { QueryState } from '../../../components/QueryState';
import { RequireMember } from '../../../components/RequireMember';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { DeclineReason, Page, Proposal } from '../../../lib/api/types';
import { formatDate } from '../../../lib/format';
import { useUrlState } from '../../../lib/url-state';

const PAGE_SIZE = 10;
const DIRECTIONS = ['received', 'sent'] as const;
const REASONS: DeclineReason[] = ['skills', 'dates', 'already_found', 'other'];
type Direction = (typeof DIRECTIONS)[number];

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
    queryKey: ['organizations', organizationId, 'proposals', direction, page],
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
                <ProposalCard key={proposal.id} proposal={proposal} direction={direction} organizationId={organizationId} />
              ))}
            </ul>
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => update({ page: String(p) })} />
          </>
        )}
      </QueryState>
    </>
  );
}

function ProposalCard({ proposal, direction, organizationId }: { proposal: Proposal; direction: Direction; organizationId: string }) {
  const { t } = useTranslation('proposals');
  const queryClient = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const answer = useMutation({
    mutationFn: ({ action, body }: { action: 'accept' | 'decline' | 'withdraw'; body?: unknown }) =>
      api<Proposal>(`/proposals/${proposal.id}/${action}`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organizations', organizationId, 'proposals'] }),
  });
  const other = direction === 'received' ? proposal.from : proposal.to;
  const pending = proposal.status === 'pending';
  const title = (posting: Proposal['need']) => posting?.title ?? t('closedPosting');
  return (
    <li className="card">
      <h2>
        {t(direction === 'received' ? 'from' : 'to')} <Link to={`/organizations/${other.id}`}>{other.name}</Link>
      </h2>
      <p className="meta">
        {t(`status.${proposal.status}`)} · {t('sentOn', { date: formatDate(proposal.createdAt) })}
        {pending && ` · ${t('respondBy', { date: formatDate(proposal.respondBy) })}`}
      </p>
      <ul className="meta">
        <li>{proposal.need?.title ? <Link to={`/needs/${proposal.need.id}`}>{t('need', { title: title(proposal.need) })}</Link> : t('need', { title: title(proposal.need) })}</li>
        <li>{proposal.offer?.title ? <Link to={`/offers/${proposal.offer.id}`}>{t('offer', { title: title(proposal.offer) })}</Link> : t('offer', { title: title(proposal.offer) })}</li>
      </ul>
      <blockquote>{proposal.message}</blockquote>
      {proposal.status === 'declined' && proposal.declineReason && (
        <p>
          {t('declined', { reason: t(`reasons.${proposal.declineReason}`) })}
          {proposal.declineText && ` — ${proposal.declineText}`}
        </p>
      )}
      {proposal.contacts && (
        <>
          <h3>{t('contacts')}</h3>
          <ul>
            {[proposal.contacts.proposer, proposal.contacts.answerer].flatMap((person) =>
              person ? [<li key={person.email}>{t('contactLine', { name: person.displayName, email: person.email })}</li>] : [],
            )}
          </ul>
        </>
      )}
      <FormProblem error={answer.error} />
      {pending && direction === 'received' && !declining && (
        <div className="actions">
          <button type="button" className="button" disabled={answer.isPending} onClick={() => answer.mutate({ action: 'accept' })}>
            {t('accept')}
          </button>
          <button type="button" className="button secondary" onClick={() => setDeclining(true)}>
            {t('decline')}
          </button>
        </div>
      )}
      {pending && direction === 'received' && declining && (
        <DeclineForm error={answer.error} disabled={answer.isPending} onDecline={(body) => answer.mutate({ action: 'decline', body })} onCancel={() => setDeclining(false)} />
      )}
      {pending && direction === 'sent' && (
        <button type="button" className="button secondary" disabled={answer.isPending} onClick={() => answer.mutate({ action: 'withdraw' })}>
          {t('withdraw')}
        </button>
      )}
    </li>
  );
}

type DeclineProps = { error: unknown; disabled: boolean; onDecline: (body: { reason: DeclineReason; text?: string }) => void; onCancel: () => void };

function DeclineForm({ error, disabled, onDecline, onCancel }: DeclineProps) {
  const { t } = useTranslation('proposals');
  const [reason, setReason] = useState<DeclineReason>('skills');
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onDecline({ reason, ...(text.trim() ? { text } : {}) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('declineLegend')}</legend>
        <Field label={t('reason')} error={fieldError(error, 'reason')} required>
          {(control) => (
            <select {...control} value={reason} onChange={(e) => setReason(e.target.value as DeclineReason)}>
              {REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`reasons.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('declineText')} error={fieldError(error, 'text')}>
          {(control) => <textarea {...control} rows={3} maxLength={1000} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button danger" disabled={disabled}>
          {t('confirmDecline')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('propose.cancel')}
        </button>
      </div>
    </form>
  );
}
