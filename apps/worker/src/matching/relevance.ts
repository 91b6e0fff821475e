import type { MatchResult } from '@relais/matching';

/**
 * Below this score a pair is not worth anyone's attention. 0.35 left out relevant pairs whose
 * texts and skills only partly meet (tuning half nDCG@10 0.857, against 0.874 at 0.30 with
 * MIN_TEXT_SIMILARITY 0.05; apps/eval/TUNING.md). Being practical (dates, effort, language,
 * proximity: up to 0.35) is not enough either: see worthSuggesting.
 */
export const MIN_SCORE = 0.3;

/** Texts this similar say the same thing in part (a specific word or two in common). */
export const MIN_TEXT_SIMILARITY = 0.05;

/** Texts this close in meaning (meaningFactor's value) say the same thing, in whatever words. */
export const MIN_MEANING = 0.5;

/**
 * Dates, effort and place make a pair practical, not relevant: it also needs a skill in common
 * (exact or related), texts that say the same thing in part, or texts close in meaning. A need without skills gets a
 * neutral skill value from the scorer, which does not count here.
 */
export function worthSuggesting(result: MatchResult | null, needHasSkills: boolean): result is MatchResult {
  if (!result || result.score < MIN_SCORE) return false;
  const value = (factor: string) => result.reasons.find((r) => r.factor === factor)?.value ?? 0;
  return (needHasSkills && value('skills') > 0) || value('text') >= MIN_TEXT_SIMILARITY || value('meaning') >= MIN_MEANING;
}
