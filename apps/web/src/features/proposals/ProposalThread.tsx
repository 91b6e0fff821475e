import { useState, type FormEvent } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { fieldError, FormProblem } from '../../components/FormProblem';
import { QueryState } from '../../components/QueryState';
import { api } from '../../lib/api/client';
import type { Page, Proposal, ProposalMessage, Side } from '../../lib/api/types';
import { formatDateTime } from '../../lib/format';
import styles from './proposals.module.css';

const PAGE_SIZE = 30;

/** The proposal's thread, oldest at the top of each page, and the box to write in it while it is open. */
export function ProposalThread({ proposal, sides }: { proposal: Proposal; sides: Side[] }) {
  const { t } = useTranslation('proposals');
  const [page, setPage] = useState(1);
  const messages = useQuery({
    queryKey: ['proposals', proposal.id, 'messages', page],
    queryFn: () => api<Page<ProposalMessage>>(`/proposals/${proposal.id}/messages`, { query: { page, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  const open = proposal.status === 'pending' || proposal.status === 'accepted';
  const older = messages.data ? page * PAGE_SIZE < messages.data.total : false;
  return (
    <section aria-labelledby="thread-title" className={`card ${styles.section}`}>
      <h2 id="thread-title">{t('thread.title')}</h2>
      <p className="meta">{t(proposal.status === 'accepted' ? 'thread.namedHint' : 'thread.hint')}</p>
      <QueryState query={messages} isEmpty={(data) => data.items.length === 0} empty={t('thread.none')}>
        {(data) => (
          <>
            {(older || page > 1) && (
              <div className="actions">
                {older && (
                  <button type="button" className="button secondary" onClick={() => setPage(page + 1)}>
                    {t('thread.older')}
                  </button>
                )}
                {page > 1 && (
                  <button type="button" className="button secondary" onClick={() => setPage(page - 1)}>
                    {t('thread.newer')}
                  </button>
                )}
              </div>
            )}
            <ol className={styles.thread}>
              {[...data.items].reverse().map((message) => (
                <li key={message.id} className={sides.includes(message.side) ? styles.own : styles.other}>
                  <p className="meta">
                    {message.author ? t('thread.byPerson', { name: message.author, organization: message.organization.name }) : message.organization.name} ·{' '}
                    {formatDateTime(message.createdAt)}
                  </p>
                  <p className={styles.body}>{message.body}</p>
                </li>
              ))}
            </ol>
          </>
        )}
      </QueryState>
      {open ? <WriteMessage proposal={proposal} sides={sides} onSent={() => setPage(1)} /> : <p>{t('thread.closed')}</p>}
    </section>
  );
}

function WriteMessage({ proposal, sides, onSent }: { proposal: Proposal; sides: Side[]; onSent: () => void }) {
  const { t } = useTranslation('proposals');
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const [side, setSide] = useState<Side>(sides[0]);
  const send = useMutation({
    mutationFn: () => api<ProposalMessage>(`/proposals/${proposal.id}/messages`, { method: 'POST', body: { body, ...(sides.length > 1 ? { side } : {}) } }),
    onSuccess: async () => {
      setBody('');
      onSent();
      await client.invalidateQueries({ queryKey: ['proposals', proposal.id, 'messages'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  const organizationOf = (s: Side) => (s === proposal.proposerSide ? proposal.from : proposal.to);
  return (
    <form onSubmit={submit} noValidate>
      <FormProblem error={send.error} />
      {sides.length > 1 && (
        <Field label={t('thread.writeAs')} error={fieldError(send.error, 'side')}>
          {(control) => (
            <select {...control} value={side} onChange={(e) => setSide(e.target.value as Side)}>
              {sides.map((s) => (
                <option key={s} value={s}>
                  {organizationOf(s).name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('thread.message')} error={fieldError(send.error, 'body')} required>
        {(control) => <textarea {...control} rows={4} maxLength={4000} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={send.isPending}>
          {t('thread.send')}
        </button>
      </div>
    </form>
  );
}
