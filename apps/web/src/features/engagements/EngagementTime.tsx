import { useState, type FormEvent } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { FormProblem, fieldError } from '../../components/FormProblem';
import { Pagination } from '../../components/Pagination';
import { api } from '../../lib/api/client';
import type { Engagement, TimeEntry, TimeLog } from '../../lib/api/types';
import { formatDate, formatEuros, formatNumber } from '../../lib/format';
import styles from './engagements.module.css';

const OPEN: Engagement['status'][] = ['under_way', 'completed'];

/**
 * The time given: the provider logs each person's days or hours, the host approves or rejects
 * each entry; for skills sponsorship, the value of the approved time and the summary the host's
 * tax receipt needs.
 */
export function EngagementTime({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation('engagements');
  const [page, setPage] = useState(1);
  const key = ['engagements', engagement.id, 'time', page];
  const shown = ['under_way', 'completed', 'evaluated'].includes(engagement.status);
  const log = useQuery({ queryKey: key, queryFn: () => api<TimeLog>(`/engagements/${engagement.id}/time`, { query: { page } }), placeholderData: keepPreviousData, enabled: shown });
  if (!shown) return null;
  const data = log.data;
  const amount = (value: number) => t(`time.amount.${data?.unit ?? engagement.effort?.unit ?? 'days'}`, { count: value, amount: formatNumber(value, 2) });
  const open = OPEN.includes(engagement.status);
  return (
    <section className={`card ${styles.section}`} aria-labelledby="time-title">
      <h2 id="time-title">{t('time.title')}</h2>
      {data && (
        <p>
          {t('time.totals', { approved: amount(data.totals.approved), pending: amount(data.totals.pending), rejected: amount(data.totals.rejected) })}
        </p>
      )}
      {data?.value && (
        <p>
          <strong>{data.value.amount === null ? t('time.valueMissing') : t('time.value', { amount: formatEuros(data.value.amount) })}</strong>{' '}
          <a href={`/api/engagements/${engagement.id}/receipt-summary?lang=fr`} download>{t('time.receipt', { language: t('agreement.languages.fr') })}</a>{' '}
          <a href={`/api/engagements/${engagement.id}/receipt-summary?lang=en`} download>{t('time.receipt', { language: t('agreement.languages.en') })}</a>
        </p>
      )}
      {open && engagement.yourSides.includes('provider') && <TimeForm engagement={engagement} />}
      {data && data.items.length > 0 && (
        <ul className={styles.entries}>
          {data.items.map((entry) => (
            <TimeRow key={entry.id} engagement={engagement} entry={entry} amount={amount(entry.amount)} canDecide={open && engagement.yourSides.includes('host')} />
          ))}
        </ul>
      )}
      {data && <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />}
    </section>
  );
}

function TimeForm({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation('engagements');
  const client = useQueryClient();
  const unit = engagement.effort?.unit ?? 'days';
  const [person, setPerson] = useState(engagement.people[0]?.name ?? '');
  const [day, setDay] = useState('');
  const [amount, setAmount] = useState(unit === 'days' ? '1' : '');
  const [note, setNote] = useState('');
  const logTime = useMutation({
    mutationFn: () => api<TimeEntry>(`/engagements/${engagement.id}/time`, { method: 'POST', body: { side: 'provider', person, day, amount: Number(amount), note } }),
    onSuccess: () => {
      setNote('');
      void client.invalidateQueries({ queryKey: ['engagements', engagement.id, 'time'] });
    },
  });
  const err = (path: string) => fieldError(logTime.error, path);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    logTime.mutate();
  };
  if (engagement.people.length === 0) return <p className="hint">{t('time.noPeople')}</p>;
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="time-form-title">
      <h3 id="time-form-title">{t('time.log')}</h3>
      <FormProblem error={logTime.error} />
      <div className="row">
        <Field label={t('time.person')} error={err('person')} required>
          {(c) => (
            <select {...c} value={person} onChange={(e) => setPerson(e.target.value)}>
              {engagement.people.map((p) => (
                <option key={p.name} value={p.name}>{p.name}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('time.day')} error={err('day')} required>
          {(c) => <input {...c} type="date" min={engagement.startDate ?? undefined} max={engagement.endDate ?? undefined} value={day} onChange={(e) => setDay(e.target.value)} />}
        </Field>
        <Field label={t(`time.amountLabel.${unit}`)} error={err('amount')} required>
          {(c) => <input {...c} type="number" min={0.25} max={unit === 'days' ? 1 : 24} step={0.25} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
      </div>
      <Field label={t('time.note')} error={err('note')}>
        {(c) => <input {...c} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      {logTime.isSuccess && <p role="status" className="alert alert-ok">{t('time.logged')}</p>}
      <div className="actions">
        <button type="submit" className="button" disabled={logTime.isPending}>{t('time.save')}</button>
      </div>
    </form>
  );
}

function TimeRow({ engagement, entry, amount, canDecide }: { engagement: Engagement; entry: TimeEntry; amount: string; canDecide: boolean }) {
  const { t } = useTranslation('engagements');
  const client = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: (decision: 'approve' | 'reject') =>
      api<TimeEntry>(`/engagements/${engagement.id}/time/${entry.id}/${decision}`, { method: 'POST', body: { side: 'host', ...(decision === 'reject' ? { reason } : {}) } }),
    onSettled: () => client.invalidateQueries({ queryKey: ['engagements', engagement.id, 'time'] }),
  });
  const label = `${formatDate(entry.day)} – ${entry.person}`;
  return (
    <li aria-label={label}>
      <span>
        <strong>{label}</strong> · {amount}
        {entry.note && ` · ${entry.note}`}
      </span>
      <span className={`${styles.entryStatus} ${styles[entry.status]}`}>{t(`time.status.${entry.status}`)}</span>
      {entry.rejectReason && <span className="meta">{t('time.rejectedBecause', { reason: entry.rejectReason })}</span>}
      {canDecide && entry.status === 'pending' && (
        <span className="actions">
          <FormProblem error={decide.error} />
          <button type="button" className="button secondary" disabled={decide.isPending} onClick={() => decide.mutate('approve')}>
            {t('time.approve')}
          </button>
          {!rejecting ? (
            <button type="button" className="button secondary" onClick={() => setRejecting(true)}>{t('time.reject')}</button>
          ) : (
            <>
              <Field label={t('time.reason')} error={fieldError(decide.error, 'reason')} required>
                {(c) => <input {...c} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />}
              </Field>
              <button type="button" className="button danger" disabled={decide.isPending} onClick={() => decide.mutate('reject')}>{t('time.confirmReject')}</button>
            </>
          )}
        </span>
      )}
    </li>
  );
}
