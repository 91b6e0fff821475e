import { isAsked } from '../../../../../libs/toolbox/src/advisor/is-asked';
import type { AdvisorAnswers, AdvisorQuestion, AnswerField, AnswerValue } from './api';

/** What a person said at one step: values for its field(s), or "I don't know" (nothing sent). */
export type StepAnswer = { known: false } | { known: true; values: Partial<Record<AnswerField, AnswerValue>> };
/** By question id. */
export type Given = Record<string, StepAnswer>;


/**
 * The questions asked, in order, and the answers to send: only those of questions still asked,
 * so that changing an earlier answer drops the ones that no longer matter. Conditions name
 * earlier questions only, so one pass in order decides.
 */
export function walk(questions: AdvisorQuestion[], given: Given): { asked: AdvisorQuestion[]; answers: AdvisorAnswers } {
  const answers: AdvisorAnswers = {};
  const asked: AdvisorQuestion[] = [];
  for (const question of questions) {
    if (!isAsked(question, answers)) continue;
    asked.push(question);
    const answer = given[question.id];
    if (answer?.known) Object.assign(answers, answer.values);
  }
  return { asked, answers };
}

/** The field a question fills, for the advisor's `missing` answers (a duration fills one of two). */
export const questionOfField = (questions: AdvisorQuestion[], field: AnswerField) =>
  questions.find((question) => question.id === field || question.units?.some((unit) => unit.field === field));
