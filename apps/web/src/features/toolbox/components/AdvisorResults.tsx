import { Fragment, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { countryName, formatDate, formatNumber } from '../../../lib/format';
import { useAdvice, useMechanisms, type AdvisorAnswers, type AdvisorQuestion, type MechanismAdvice, type RuleResult } from '../api';
import { questionOfField, type Given } from '../advisor-flow';
import { PrintButton } from './PrintButton';
import styles from '../toolbox.module.css';

type Source = { title: string; url?: string };
const GROUPS = ['yes', 'unknown', 'no'] as const;

/** Source titles and first links, from the mechanisms' legal references (the advice names sources by id). */
function useSources(): Map<string, Source> {
  const mechanisms = useMechanisms();
  return useMemo(() => {
    const sources = new Map<string, Source>();
    for (const sheet of mechanisms.data?.items ?? []) {
      for (const reference of sheet.legalReferences) sources.set(reference.sourceId, { title: reference.sourceTitle, url: reference.urls[0] });
    }
    return sources;
  }, [mechanisms.data]);
}

function Rule({ rule, sources }: { rule: RuleResult; sources: Map<string, Source> }) {
  const { t } = useTranslation('toolbox');
  return (
    <li>
      <span className={`${styles.outcome} ${styles[rule.outcome]}`}>{t(`advisor.outcome.${rule.outcome}`)}</span>
      <span>
        {rule.text}
        {rule.note && <em> {rule.note}</em>}
        {rule.sources.length > 0 && (
          <span className={styles.sources}>
            {t('advisor.sources')}{' '}
            {rule.sources.map((id, index) => {
              const source = sources.get(id);
              return (
                <span key={id} lang="fr">
                  {index > 0 && ' ; '}
                  {source?.url ? <a href={source.url}>{source.title}</a> : (source?.title ?? id)}
                </span>
              );
            })}
          </span>
        )}
      </span>
    </li>
  );
}

function Mechanism({ advice, questions, sources, onAsk }: { advice: MechanismAdvice; questions: AdvisorQuestion[]; sources: Map<string, Source>; onAsk: (id: string) => void }) {
  const { t } = useTranslation('toolbox');
  const id = useId();
  // The first next step of an open mechanism repeats the missing questions, listed on their own here.
  const steps = advice.eligible === 'unknown' && advice.missing.length ? advice.nextSteps.slice(1) : advice.nextSteps;
  return (
    <li className={`card ${styles.mechanism}`}>
      <article aria-labelledby={id}>
        <h4 id={id}>{advice.title}</h4>
        <p className="meta">
          <Link to={`/toolbox/mechanisms/${advice.code}`}>{t('advisor.readSheet', { title: advice.title })}</Link>
        </p>
        <h5>{t(`advisor.rulesTitle.${advice.eligible}`)}</h5>
        <ul className={styles.rules}>
          {advice.rules.map((rule) => (
            <Rule key={`${rule.route}-${rule.id}`} rule={rule} sources={sources} />
          ))}
        </ul>
        {advice.missing.length > 0 && (
          <>
            <h5>{t('advisor.missing')}</h5>
            <ul>
              {advice.missing.map((missing) => {
                const question = questionOfField(questions, missing.field);
                return (
                  <li key={missing.field}>
                    {question ? (
                      <button type="button" className="link-button" onClick={() => onAsk(question.id)}>
                        {missing.question}
                      </button>
                    ) : (
                      missing.question
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {steps.length > 0 && (
          <>
            <h5>{t('advisor.nextSteps')}</h5>
            <ol>
              {steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </>
        )}
        {advice.cautions.length > 0 && (
          <>
            <h5>{t('advisor.cautions')}</h5>
            <ul>
              {advice.cautions.map((caution) => (
                <li key={caution}>{caution}</li>
              ))}
            </ul>
          </>
        )}
      </article>
    </li>
  );
}

function Group({ eligible, items, ...rest }: { eligible: (typeof GROUPS)[number]; items: MechanismAdvice[]; questions: AdvisorQuestion[]; sources: Map<string, Source>; onAsk: (id: string) => void }) {
  const { t } = useTranslation('toolbox');
  const id = useId();
  if (!items.length) return null;
  return (
    <section aria-labelledby={id} className={styles.group}>
      <h3 id={id}>{t(`advisor.groups.${eligible}`, { count: items.length })}</h3>
      <p className="meta">{t(`advisor.groupHints.${eligible}`)}</p>
      <ul className="cards">
        {items.map((advice) => (
          <Mechanism key={advice.code} advice={advice} {...rest} />
        ))}
      </ul>
    </section>
  );
}

/** An answer as the person gave it, in words. */
function answerText(question: AdvisorQuestion, given: Given, t: (key: string) => string): string {
  const answer = given[question.id];
  if (!answer?.known) return t('advisor.dontKnow');
  const [field, value] = Object.entries(answer.values)[0] ?? [];
  if (value === undefined) return t('advisor.dontKnow');
  switch (question.kind) {
    case 'choice':
    case 'boolean':
      return question.options?.find((option) => option.value === value)?.label ?? String(value);
    case 'number':
      return `${formatNumber(Number(value), 2)} ${question.unit ?? ''}`.trim();
    case 'duration':
      return `${formatNumber(Number(value), 2)} ${question.units?.find((unit) => unit.field === field)?.label ?? ''}`.trim();
    case 'date':
      return formatDate(String(value));
    case 'country':
      return countryName(String(value));
  }
}

type Props = {
  answers: AdvisorAnswers;
  questions: AdvisorQuestion[];
  given: Given;
  onAsk: (questionId: string) => void;
  onEdit: () => void;
  onRestart: () => void;
};

/** What the advisor answers, grouped by outcome, each with the rules that decided it; then the answers given. */
export function AdvisorResults({ answers, questions, given, onAsk, onEdit, onRestart }: Props) {
  const { t } = useTranslation('toolbox');
  const advice = useAdvice(answers, true);
  const sources = useSources();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <section aria-labelledby="advisor-results">
        <h2 id="advisor-results" ref={heading} tabIndex={-1}>
          {t('advisor.results')}
        </h2>
        <div className="actions">
          <button type="button" className="button secondary" onClick={onEdit}>
            {t('advisor.edit')}
          </button>
          <button type="button" className="button secondary" onClick={onRestart}>
            {t('advisor.restart')}
          </button>
          <PrintButton />
        </div>
        <QueryState query={advice}>
          {(data) => (
            <>
              <p aria-live="polite">
                {t('advisor.summary', {
                  yes: data.items.filter((item) => item.eligible === 'yes').length,
                  unknown: data.items.filter((item) => item.eligible === 'unknown').length,
                })}
              </p>
              {GROUPS.map((eligible) => (
                <Group key={eligible} eligible={eligible} items={data.items.filter((item) => item.eligible === eligible)} questions={questions} sources={sources} onAsk={onAsk} />
              ))}
            </>
          )}
        </QueryState>
      </section>
      <section aria-labelledby="advisor-answers">
        <h2 id="advisor-answers">{t('advisor.yourAnswers')}</h2>
        <dl className={styles.answers}>
          {questions.map((question) => (
            <Fragment key={question.id}>
              <dt>{question.question}</dt>
              <dd>{answerText(question, given, t)}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
    </>
  );
}
