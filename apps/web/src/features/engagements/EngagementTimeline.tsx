import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { FormProblem, fieldError } from '../../components/FormProblem';
import { api } from '../../lib/api/client';
import type { Engagement, TimelineItem } from '../../lib/api/types';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import styles from './engagements.module.css';

/** The engagement's timeline, oldest first, with the check-in notes either side writes; what lies ahead is marked so. */
export function EngagementTimeline({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation('engagements');
  // Reloaded with each new version of the engagement (a signature, a milestone ticked).
  const timeline = useQuery({ queryKey: ['engagements', engagement.id, 'timeline', engagement.version], queryFn: () => api<{ items: TimelineItem[] }>(`/engagements/${engagement.id}/timeline`) });
  const nameOf = (side: 'host' | 'provider') => (side === 'host' ? engagement.host.name : engagement.provider.name);
  const describe = (item: TimelineItem): string => {
    switch (item.kind) {
      case 'accepted':
        return t('timeline.accepted');
      case 'signed':
        return t('timeline.signed', { name: nameOf(item.side) });
      case 'evaluated':
        return t('timeline.evaluated', { name: nameOf(item.side) });
      case 'milestone':
        return t(item.done ? 'timeline.milestoneDone' : 'timeline.milestone', { title: item.title });
      case 'checkpoint':
        return t(`timeline.checkpoint.${item.phase}`);
      case 'time':
        return t('timeline.time', { person: item.person, amount: t(`time.amount.${item.unit}`, { count: item.amount, amount: formatNumber(item.amount, 2) }), status: t(`time.status.${item.status}`) });
      case 'note':
        return t('timeline.note', { name: item.author ? `${item.author} (${nameOf(item.side)})` : nameOf(item.side) });
    }
  };
  return (
    <section className={`card ${styles.section}`} aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      {engagement.status !== 'cancelled' && <NoteForm engagement={engagement} />}
      <ol className={styles.timeline}>
        {(timeline.data?.items ?? []).map((item, index) => (
          <li key={index} className={item.upcoming ? styles.upcoming : undefined}>
            <time dateTime={item.at}>{item.at.length === 10 ? formatDate(item.at) : formatDateTime(item.at)}</time>
            <span>
              {describe(item)}
              {item.upcoming && ` · ${t('timeline.upcoming')}`}
            </span>
            {item.kind === 'note' && <p className={styles.noteBody}>{item.body}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function NoteForm({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation('engagements');
  const queries = useQueryClient();
  const [body, setBody] = useState('');
  const side = engagement.yourSides.length === 1 ? engagement.yourSides[0] : 'host';
  const send = useMutation({
    mutationFn: () => api(`/engagements/${engagement.id}/notes`, { method: 'POST', body: { side, body } }),
    onSuccess: () => {
      setBody('');
      void queries.invalidateQueries({ queryKey: ['engagements', engagement.id, 'timeline'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <FormProblem error={send.error} />
      <Field label={t('timeline.noteLabel')} hint={t('timeline.noteHint')} error={fieldError(send.error, 'body')} required>
        {(c) => <textarea {...c} rows={2} maxLength={4000} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button secondary" disabled={send.isPending}>{t('timeline.send')}</button>
      </div>
    </form>
  );
}
