/**
 * The toolbox's API: public, no account needed. Types are the toolbox lib's own (type-only
 * import: nothing of the lib reaches the bundle). Content comes in the reader's language
 * (`?lang=`), so every key holds the language and a switch refetches.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import { currentLanguage } from '../../lib/i18n';
import type {
  AdvisorAnswers,
  AdvisorQuestion,
  InternshipGratificationResult,
  MechanismAdvice,
  MechanismSheet,
  SkillsSponsorshipInput,
  SkillsSponsorshipResult,
  VolunteerExpensesInput,
  VolunteerExpensesResult,
} from '../../../../../libs/toolbox/src';

export type {
  AdvisorAnswers,
  AdvisorQuestion,
  InternshipGratificationResult,
  MechanismAdvice,
  MechanismSheet,
  SkillsSponsorshipInput,
  SkillsSponsorshipResult,
  VolunteerExpensesInput,
  VolunteerExpensesResult,
};
export type { AnswerField, AnswerValue, FormulaStep, RuleResult } from '../../../../../libs/toolbox/src';

type Items<T> = { items: T[] };
/** The facts sheet changes with a release, not while someone reads. */
const STATIC = { staleTime: Infinity } as const;
/** On a language switch a page keeps what it shows (and its form state) until the new language comes. */
const SAME_PAGE = { placeholderData: keepPreviousData } as const;

export function useMechanisms() {
  const lang = currentLanguage();
  return useQuery({
    queryKey: ['toolbox', 'mechanisms', lang],
    queryFn: ({ signal }) => api<Items<MechanismSheet>>('/toolbox/mechanisms', { query: { lang }, signal }),
    ...STATIC,
    ...SAME_PAGE,
  });
}

export function useMechanism(code: string) {
  const lang = currentLanguage();
  return useQuery<MechanismSheet>({
    queryKey: ['toolbox', 'mechanism', code, lang],
    queryFn: ({ signal }) => api<MechanismSheet>(`/toolbox/mechanisms/${encodeURIComponent(code)}`, { query: { lang }, signal }),
    ...STATIC,
    // Only the same mechanism in the other language: another one's sheet would mislead.
    placeholderData: (previous: MechanismSheet | undefined) => (previous?.code === code ? previous : undefined),
  });
}

export function useAdvisorQuestions() {
  const lang = currentLanguage();
  return useQuery({
    queryKey: ['toolbox', 'advisor-questions', lang],
    queryFn: ({ signal }) => api<Items<AdvisorQuestion>>('/toolbox/advisor/questions', { query: { lang }, signal }),
    ...STATIC,
    ...SAME_PAGE,
  });
}

/** A pure computation over the answers: cached by them, so changing language or going back costs nothing. */
export function useAdvice(answers: AdvisorAnswers, enabled: boolean) {
  const lang = currentLanguage();
  return useQuery({
    queryKey: ['toolbox', 'advice', lang, answers],
    queryFn: ({ signal }) => api<Items<MechanismAdvice>>('/toolbox/advisor', { method: 'POST', body: answers, query: { lang }, signal }),
    enabled,
    ...STATIC,
  });
}

/** What a calculator form sends: any field may still be empty; the API answers which (400, `details[].path`). */
export type Draft<T> = T extends readonly (infer U)[] ? Draft<U>[] : T extends object ? { [K in keyof T]?: Draft<T[K]> } : T;

export const calculate = {
  skillsSponsorship: (input: Draft<SkillsSponsorshipInput>) =>
    api<SkillsSponsorshipResult>('/toolbox/calculators/skills-sponsorship', { method: 'POST', body: input }),
  internship: (input: Draft<{ hours: number; year: number }>) =>
    api<InternshipGratificationResult>('/toolbox/calculators/internship-gratification', { method: 'POST', body: input }),
  volunteerExpenses: (input: Draft<VolunteerExpensesInput>) =>
    api<VolunteerExpensesResult>('/toolbox/calculators/volunteer-expenses', { method: 'POST', body: input }),
};
