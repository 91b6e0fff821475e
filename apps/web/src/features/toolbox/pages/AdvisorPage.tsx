import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { usePageTitle } from '../../../components/usePageTitle';
import { useAdvisorQuestions, type AdvisorQuestion } from '../api';
import { walk, type Given, type StepAnswer } from '../advisor-flow';
import { AdvisorResults } from '../components/AdvisorResults';
import { AdvisorStep } from '../components/AdvisorStep';
import styles from '../toolbox.module.css';

/**
 * The questionnaire: one question per step, in the API's order, skipping those the earlier
 * answers make pointless. The answers are the person's draft (component state); the questions
 * and the advice are server state.
 */
function Advisor({ questions }: { questions: AdvisorQuestion[] }) {
  const [given, setGiven] = useState<Given>({});
  const [current, setCurrent] = useState<string | null>(questions[0]?.id ?? null);
  // A question reopened from the results (a missing answer) goes back to them once answered.
  const [revisiting, setRevisiting] = useState(false);
  // The first question leaves the focus where the page put it; later steps take it.
  const [moved, setMoved] = useState(false);
  const { asked, answers } = walk(questions, given);
  const goTo = (id: string | null, fromResults = false) => {
    setRevisiting(fromResults);
    setMoved(true);
    setCurrent(id);
  };

  if (current === null) {
    return (
      <AdvisorResults
        answers={answers}
        questions={asked}
        given={given}
        onAsk={(id) => goTo(id, true)}
        onEdit={() => goTo(asked[0]?.id ?? null)}
        onRestart={() => {
          setGiven({});
          goTo(questions[0]?.id ?? null);
        }}
      />
    );
  }

  const index = Math.max(0, asked.findIndex((question) => question.id === current));
  const question = asked[index];
  const answer = (stepAnswer: StepAnswer) => {
    const next = { ...given, [question.id]: stepAnswer };
    setGiven(next);
    // The answer may add or remove later questions: the next one is read from the new list.
    const nowAsked = walk(questions, next).asked;
    goTo(revisiting ? null : (nowAsked[nowAsked.findIndex((item) => item.id === question.id) + 1]?.id ?? null));
  };
  return (
    <AdvisorStep
      key={question.id}
      question={question}
      position={index + 1}
      total={asked.length}
      given={given[question.id]}
      takeFocus={moved}
      onAnswer={answer}
      onBack={index > 0 ? () => goTo(asked[index - 1].id) : undefined}
    />
  );
}

export default function AdvisorPage() {
  const { t } = useTranslation('toolbox');
  const questions = useAdvisorQuestions();
  usePageTitle(t('advisor.title'));
  return (
    <>
      <nav aria-label={t('breadcrumb')} className={`no-print ${styles.breadcrumb}`}>
        <Link to="/toolbox">{t('list.title')}</Link>
      </nav>
      <h1>{t('advisor.title')}</h1>
      <p>{t('advisor.intro')}</p>
      <QueryState query={questions} isEmpty={(data) => data.items.length === 0}>
        {(data) => <Advisor questions={data.items} />}
      </QueryState>
    </>
  );
}
