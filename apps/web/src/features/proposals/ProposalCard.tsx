import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../components/Field';
import { fieldError, FormProblem } from '../../components/FormProblem';
import { api } from '../../lib/api/client';
import type { DeclineReason, Proposal } from '../../lib/api/types';
import { formatDate } from '../../lib/format';

export type Direction = 'received' | 'sent';
const REASONS: DeclineReason[] = ['skills', 'dates', 'already_found', 'other'];

/**
 * A proposal as one of its two organizations sees it (`direction`: received or sent): the pair,
 * the message, the answer, the contacts once accepted, and the actions its side may take.
 * `standalone`: on the proposal's own page, without the link to it.
 */
export function ProposalCard({ proposal, direction, standalone = false }: { proposal: Proposal; direction: Direction; standalone?: boolean }) {
  const { t } = useTranslation('proposals');
  const queryClient = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const answer = useMutation({
    mutationFn: ({ action, body }: { action: 'accept' | 'decline' | 'withdraw'; body?: unknown }) =>
      api<Proposal>(`/proposals/${proposal.id}/${action}`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['proposals'] }),
  });
  const other = direction === 'received' ? proposal.from : proposal.to;
  const pending = proposal.status === 'pending';
  const title = (posting: Proposal['need']) => posting?.title ?? t('closedPosting');
  return (
    <li className="card">
      <h2>
        {t(direction === 'received' ? 'from' : 'to')} <Link to={`/organizations/${other.id}`}>{other.name}</Link>
      </h2>
      {!standalone && (
        <p>
          <Link to={`/proposals/${proposal.id}`}>{t('thread.open')}</Link>
        </p>
      )}
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
      {proposal.engagementId && (
        <p>
          <Link className="button" to={`/engagements/${proposal.engagementId}`}>
            {t('engagement')}
          </Link>
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
