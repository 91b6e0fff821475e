import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../components/Field';
import { fieldError, FormProblem } from '../../components/FormProblem';
import { api } from '../../lib/api/client';
import type { Proposal, Side, Suggestion } from '../../lib/api/types';

/** Days the other side has to answer (the API's PROPOSAL_RESPONSE_DAYS default). */
const RESPONSE_DAYS = 10;

/**
 * On a suggestion: where its proposal stands, or a form to propose working together. Once a
 * proposal was declined, withdrawn or expired, the pair can be proposed again.
 */
type Props = {
  suggestion: Suggestion;
  /** Our organization, and its side of the pair. */
  organizationId: string;
  side: Side;
  /** False once the other posting is closed. */
  canPropose: boolean;
};

export function ProposeBox({ suggestion, organizationId, side, canPropose }: Props) {
  const { t } = useTranslation('proposals');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState(() => t('propose.default'));
  const send = useMutation({
    mutationFn: () => api<Proposal>(`/suggestions/${suggestion.id}/proposals`, { method: 'POST', body: { message } }),
    onSuccess: () => {
      setOpen(false);
      return queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes('suggestions') });
    },
  });
  const proposal = suggestion.proposal;
  if (proposal && (proposal.status === 'pending' || proposal.status === 'accepted')) {
    const direction = proposal.proposerSide === side ? 'sent' : 'received';
    return (
      <p className={proposal.status === 'accepted' ? 'alert alert-ok' : 'alert'}>
        {t(`state.${proposal.status}`)} <Link to={`/organizations/${organizationId}/proposals?direction=${direction}`}>{t('state.see')}</Link>
      </p>
    );
  }
  if (!canPropose) return null;
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('propose.open')}
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormProblem error={send.error} />
      <Field label={t('propose.message')} hint={t('propose.hint', { days: RESPONSE_DAYS })} error={fieldError(send.error, 'message')} required>
        {(control) => <textarea {...control} rows={4} maxLength={2000} value={message} onChange={(e) => setMessage(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={send.isPending}>
          {t('propose.send')}
        </button>
        <button type="button" className="button secondary" onClick={() => setOpen(false)}>
          {t('propose.cancel')}
        </button>
      </div>
    </form>
  );
}
