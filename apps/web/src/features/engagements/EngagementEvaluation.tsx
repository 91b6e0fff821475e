import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FieldSet } from '../../components/Field';
import { fieldError } from '../../components/FormProblem';
import type { Engagement, Evaluation, Side } from '../../lib/api/types';
import styles from './engagements.module.css';
import type { EngagementChange } from './useEngagementChange';

const RATINGS = [1, 2, 3, 4, 5];

/**
 * At the end, each side evaluates the other: a rating, what was delivered, whether it would do
 * it again, and a comment it may show on the other's public profile. Each reads the other's
 * evaluation once it has given its own.
 */
export function EngagementEvaluation({ engagement, change }: { engagement: Engagement; change: EngagementChange }) {
  const { t } = useTranslation('engagements');
  if (engagement.status !== 'completed' && engagement.status !== 'evaluated') return null;
  const evaluatedBy = engagement.evaluatedBy ?? [];
  const toEvaluate = engagement.yourSides.find((side) => !evaluatedBy.includes(side));
  const nameOf = (side: Side) => (side === 'host' ? engagement.host.name : engagement.provider.name);
  const waiting = engagement.yourSides.length === 1 && evaluatedBy.some((side) => !engagement.yourSides.includes(side)) && engagement.status !== 'evaluated';
  return (
    <section className={`card ${styles.section}`} aria-labelledby="evaluation-title">
      <h2 id="evaluation-title">{t('evaluation.title')}</h2>
      {(engagement.evaluations ?? []).map((evaluation) => (
        <EvaluationView key={evaluation.side} evaluation={evaluation} by={nameOf(evaluation.side)} about={nameOf(evaluation.side === 'host' ? 'provider' : 'host')} />
      ))}
      {waiting && <p className="hint">{t('evaluation.waiting', { name: nameOf(engagement.yourSides[0] === 'host' ? 'provider' : 'host') })}</p>}
      {toEvaluate && <EvaluationForm engagement={engagement} change={change} side={toEvaluate} about={nameOf(toEvaluate === 'host' ? 'provider' : 'host')} />}
    </section>
  );
}

function EvaluationView({ evaluation, by, about }: { evaluation: Evaluation; by: string; about: string }) {
  const { t } = useTranslation('engagements');
  return (
    <article className={styles.evaluation} aria-label={t('evaluation.by', { name: by })}>
      <h3>{t('evaluation.by', { name: by })}</h3>
      <p>
        <strong>{t('evaluation.rated', { rating: evaluation.rating, name: about })}</strong> · {t(evaluation.again ? 'evaluation.againYes' : 'evaluation.againNo')}
      </p>
      <p style={{ whiteSpace: 'pre-line' }}>{t('evaluation.deliveredShown', { text: evaluation.delivered })}</p>
      {evaluation.comment && (
        <p style={{ whiteSpace: 'pre-line' }}>
          {evaluation.comment} <span className="meta">({t(evaluation.showComment ? 'evaluation.public' : 'evaluation.private')})</span>
        </p>
      )}
    </article>
  );
}

function EvaluationForm({ engagement, change, side, about }: { engagement: Engagement; change: EngagementChange; side: Side; about: string }) {
  const { t } = useTranslation('engagements');
  const [rating, setRating] = useState<number | null>(null);
  const [delivered, setDelivered] = useState('');
  const [again, setAgain] = useState<boolean | null>(null);
  const [comment, setComment] = useState('');
  const [showComment, setShowComment] = useState(false);
  const err = (path: string) => fieldError(change.error, path);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ path: '/evaluation', method: 'POST', body: { side, rating, delivered, again, comment, showComment } });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>{t('evaluation.intro', { name: about })}</p>
      <FieldSet legend={t('evaluation.rating', { name: about })} hint={t('evaluation.ratingHint')} error={err('rating')} required>
        <div className={styles.ratings}>
          {RATINGS.map((value) => (
            <label key={value}>
              <input type="radio" name="rating" checked={rating === value} onChange={() => setRating(value)} /> {value}
            </label>
          ))}
        </div>
      </FieldSet>
      <Field label={t('evaluation.delivered')} error={err('delivered')} required>
        {(c) => <textarea {...c} rows={3} maxLength={2000} value={delivered} onChange={(e) => setDelivered(e.target.value)} />}
      </Field>
      <FieldSet legend={t('evaluation.again')} error={err('again')} required>
        <div className="checks">
          <label>
            <input type="radio" name="again" checked={again === true} onChange={() => setAgain(true)} /> {t('evaluation.yes')}
          </label>
          <label>
            <input type="radio" name="again" checked={again === false} onChange={() => setAgain(false)} /> {t('evaluation.no')}
          </label>
        </div>
      </FieldSet>
      <Field label={t('evaluation.comment')} hint={t('evaluation.commentHint')} error={err('comment')}>
        {(c) => <textarea {...c} rows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </Field>
      <label className={styles.tick}>
        <input type="checkbox" checked={showComment} onChange={(e) => setShowComment(e.target.checked)} /> {t('evaluation.showComment', { name: about })}
      </label>
      <div className="actions">
        <button type="submit" className="button" disabled={change.isPending}>
          {t('evaluation.send')}
        </button>
      </div>
    </form>
  );
}
