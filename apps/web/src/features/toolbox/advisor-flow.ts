import type { AdvisorAnswers, AdvisorQuestion, AnswerField, AnswerValue } from './api';

/** What a person said at one step: values for its field(s), or "I don't know" (nothing sent). */
export type StepAnswer = { known: false } | { known: true; values: Partial<Record<AnswerField, AnswerValue>> };
/** By question id. */
export type Given = Record<string, StepAnswer>;

/**
 * Whether a question is asked, given the answers so far. Mirrors `isAsked` of libs/toolbox,
 * where it is specified and unit-tested (skipping never changes the advice); the bundle does
 * not carry the lib, and the conditions themselves come from the API.
 */
export function isAsked(question: Pick<AdvisorQuestion, 'askIf'>, answers: AdvisorAnswers): boolean {
  return (question.askIf ?? []).every((condition) => {
    const value = answers[condition.field];
    if (value === undefined) return true;
    if (condition.oneOf && !condition.oneOf.includes(value)) return false;
    if (condition.noneOf?.includes(value)) return false;
    if (condition.min !== undefined && !(typeof value === 'number' && value >= condition.min)) return false;
    if (condition.max !== undefined && !(typeof value === 'number' && value <= condition.max)) return false;
    return true;
  });
}

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
