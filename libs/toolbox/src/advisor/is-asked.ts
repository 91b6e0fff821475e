import type { AdvisorAnswers } from './answers';
import type { AdvisorQuestion, AnswerValue } from './questionnaire';

/**
 * Whether a question is asked, given the answers so far: the reference for clients walking
 * the questionnaire (the web app imports this file alone). An unanswered condition field keeps
 * the question (it may matter).
 */
export function isAsked(question: Pick<AdvisorQuestion, 'askIf'>, answers: AdvisorAnswers): boolean {
  return (question.askIf ?? []).every((condition) => {
    const value: AnswerValue | undefined = answers[condition.field];
    if (value === undefined) return true;
    if (condition.oneOf && !condition.oneOf.includes(value)) return false;
    if (condition.noneOf?.includes(value)) return false;
    if (condition.min !== undefined && !(typeof value === 'number' && value >= condition.min)) return false;
    if (condition.max !== undefined && !(typeof value === 'number' && value <= condition.max)) return false;
    return true;
  });
}
